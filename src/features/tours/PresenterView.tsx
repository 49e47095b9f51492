/**
 * The presenter's window (?presenter=<tourId>): current and next step,
 * speaker notes and a timer. It holds no tour state of its own: the main
 * window announces the step, and buttons or keys here send commands back.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { thematicLayers } from '@/data/layer-catalog';
import { clickerCommand } from './step-resolution';
import { openTourChannel, type TourChannel } from './tour-channel';
import { findTour } from '@/state/tour-library-slice';
import { tourContextFromAppData } from './step-resolution';
import { formatClock, plannedSeconds, scheduleStatus } from './schedule';

/** Within this many seconds of the plan the briefing counts as on schedule. */
const ON_TIME_SECONDS = 5;

export default function PresenterView({ tourId }: { tourId: string }) {
  const store = useAppStoreApi();
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const library = useAppStore((state) => state.tourLibrary);
  /** The step the main window shows, and when it began (ms since the epoch). */
  const [position, setPosition] = useState<{
    tourId: string;
    step: number;
    startedAt: number;
  } | null>(null);
  const [ended, setEnded] = useState(false);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<TourChannel | null>(null);
  const context = useMemo(
    () =>
      tourContextFromAppData(
        data,
        thematicLayers(data.features).map((layer) => layer.id),
      ),
    [data],
  );

  useEffect(() => {
    void store.getState().tourLibrary.ensureLoaded(context);
  }, [context, store]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    const opened = openTourChannel((message) => {
      if (message.type === 'state') {
        setPosition((previous) =>
          previous?.step === message.step && previous.tourId === message.tourId
            ? previous
            : { tourId: message.tourId, step: message.step, startedAt: Date.now() },
        );
        setEnded(false);
      } else if (message.type === 'ended') setEnded(true);
    });
    channel.current = opened;
    opened.post({ type: 'hello' });
    return () => opened.close();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = clickerCommand(event.key);
      if (!command || command === 'exit') return;
      event.preventDefault();
      channel.current?.post({ type: 'command', command });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const tour = findTour(library, position?.tourId ?? tourId);
  const stepNumber = position?.step ?? 1;
  const step = tour?.steps[stepNumber - 1];
  const next = tour?.steps[stepNumber];
  const plan = tour ? plannedSeconds(tour) : [];
  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  const status = scheduleStatus(
    plan.map((entry) => entry.seconds),
    stepNumber,
    elapsed,
    Math.max(0, Math.floor(((position?.startedAt ?? startedAt) - startedAt) / 1000)),
  );
  const behindText =
    Math.abs(status.behind) < ON_TIME_SECONDS
      ? t('tours.scheduleOnTime')
      : status.behind > 0
        ? t('tours.scheduleBehind', { time: formatClock(status.behind) })
        : t('tours.scheduleAhead', { time: formatClock(status.behind) });
  const behindState =
    Math.abs(status.behind) < ON_TIME_SECONDS ? 'on-time' : status.behind > 0 ? 'behind' : 'ahead';
  const resetClock = () => {
    const restartedAt = Date.now();
    setStartedAt(restartedAt);
    setPosition((previous) => previous && { ...previous, startedAt: restartedAt });
  };
  const send = (command: 'next' | 'previous' | 'black') =>
    channel.current?.post({ type: 'command', command });

  return (
    <div className="presenter" data-testid="presenter-view">
      <header className="presenter__header">
        <h1>{tour ? tour.title[language] : t('tours.presenterWaiting')}</h1>
        <p className="presenter__timer" data-testid="presenter-timer">
          {formatClock(elapsed)}
          <button type="button" className="button button--small" onClick={resetClock}>
            {t('tours.timerReset')}
          </button>
        </p>
      </header>
      {ended && <p role="status">{t('tours.presenterEnded')}</p>}
      {tour && step && (
        <>
          <p className="presenter__counter" data-testid="presenter-counter">
            {t('tours.counter', { step: stepNumber, total: tour.steps.length })}
          </p>
          <p className="presenter__schedule" data-testid="presenter-schedule">
            <span>
              {t('tours.schedulePlanned', { time: formatClock(status.stepPlanned) })}
              {plan[stepNumber - 1]?.isDefault ? ` ${t('tours.scheduleDefault')}` : ''}
            </span>
            <span data-testid="presenter-step-remaining">
              {status.stepRemaining >= 0
                ? t('tours.scheduleRemaining', { time: formatClock(status.stepRemaining) })
                : t('tours.scheduleOverrun', { time: formatClock(status.stepRemaining) })}
            </span>
            <strong
              className={`presenter__pace presenter__pace--${behindState}`}
              data-testid="presenter-pace"
              data-pace={behindState}
            >
              {behindText}
            </strong>
            <span>{t('tours.scheduleTotal', { time: formatClock(status.tourPlanned) })}</span>
          </p>
          <section className="presenter__current">
            <h2>{t('tours.presenterCurrent')}</h2>
            <p className="presenter__caption" data-testid="presenter-caption">
              {step.caption[language]}
            </p>
            <h3>{t('tours.notes')}</h3>
            <p className="presenter__notes" data-testid="presenter-notes">
              {step.notes[language]}
            </p>
          </section>
          <section className="presenter__next">
            <h2>{t('tours.presenterNext')}</h2>
            <p data-testid="presenter-next">
              {next ? next.caption[language] : t('tours.presenterLast')}
            </p>
          </section>
        </>
      )}
      <div className="presenter__controls">
        <button
          type="button"
          className="button"
          onClick={() => send('previous')}
          data-testid="presenter-previous"
        >
          ‹ {t('tours.previous')}
        </button>
        <button type="button" className="button" onClick={() => send('black')}>
          {t('tours.black')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => send('next')}
          data-testid="presenter-next-button"
        >
          {t('tours.next')} ›
        </button>
      </div>
    </div>
  );
}
