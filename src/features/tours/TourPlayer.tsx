/**
 * Plays a tour on a projector: applies the current step (layers, filter,
 * highlight, camera), shows only the caption band and step counter, and
 * answers clicker keys. The presenter may explore mid-step; the next key
 * returns to the script. A presenter window follows over BroadcastChannel.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { useFocusReturn } from '@/components/use-focus-return';
import { usePublishedHeight } from '@/components/use-published-height';
import { topDialog } from '@/components/dialog-stack';
import { useMapCommands } from '@/map/map-commands';
import type { Tour } from '@/data/tour-schema';
import { applyStep, presentingPadding } from './apply-step';
import { clickerCommand, resolveStep, stepAfter, type ClickerCommand } from './step-resolution';
import { presenterUrl } from './presenter-url';
import { openTourChannel, type TourChannel } from './tour-channel';
import { TourFigures } from './TourFigures';
import { projectorThemeStyle } from './projector-theme';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable)
  );
}

export function toggleFullscreen(): void {
  if (typeof document === 'undefined') return;
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function TourPlayer({
  tour,
  allLayerIds,
  onPrint,
}: {
  tour: Tour;
  allLayerIds: readonly string[];
  onPrint: (tour: Tour) => void;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const data = useAppData();
  const commands = useMapCommands();
  const stepNumber = useAppStore((state) => state.activeTour?.step ?? 1);
  const isMapIdle = useAppStore((state) => state.isMapIdle);
  const language = useAppStore((state) => state.language);
  const offScript = useAppStore((state) => state.tourPlayer.offScript);
  const black = useAppStore((state) => state.tourPlayer.black);
  const [applyCount, setApplyCount] = useState(0);
  const applying = useRef(false);
  const channel = useRef<TourChannel | null>(null);
  const resolved = useMemo(
    () => resolveStep(tour, stepNumber, data, allLayerIds),
    [tour, stepNumber, data, allLayerIds],
  );

  // Projector theme: hides header and panels (see app.css) while presenting.
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('tour-presenting');
    return () => root.classList.remove('tour-presenting', 'tour-off-script');
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle('tour-off-script', offScript);
  }, [offScript]);

  // The caption band is not drawn over the map: the map ends where the band begins
  // (app.css), so no framed feature and no label can sit under it.
  const band = usePublishedHeight<HTMLElement>('--tour-band-height', 'root');
  // And what docks beside the map in a tour (a chain) starts below the player's buttons.
  const tools = usePublishedHeight<HTMLDivElement>('--tour-tools-height', 'root');

  useEffect(() => {
    if (!isMapIdle) return;
    // Two frames: the map has resized to the projector layout before it frames the step.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        applying.current = true;
        applyStep(
          store,
          commands,
          tour.id,
          resolved,
          presentingPadding(window.innerWidth, window.innerHeight),
        );
        applying.current = false;
        store.getState().tourPlayer.setOffScript(false);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [store, commands, tour.id, resolved, isMapIdle, applyCount]);

  // Leaving the script: any pointer on the map, or a change of selection, filter or layers not made by the step.
  useEffect(() => {
    const markOffScript = () => store.getState().tourPlayer.setOffScript(true);
    const map = document.querySelector('[data-testid="map"]');
    map?.addEventListener('pointerdown', markOffScript);
    map?.addEventListener('wheel', markOffScript, { passive: true });
    const unsubscribe = store.subscribe(
      (state) => [state.selectedId, state.filter, state.hiddenLayers] as const,
      () => {
        if (!applying.current) markOffScript();
      },
      { equalityFn: (a, b) => a.every((value, index) => value === b[index]) },
    );
    return () => {
      map?.removeEventListener('pointerdown', markOffScript);
      map?.removeEventListener('wheel', markOffScript);
      unsubscribe();
    };
  }, [store]);

  const exit = useCallback(() => {
    store.getState().tourPlayer.resetPlayer();
    store.getState().setActiveTour(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }, [store]);

  // The player's own capture-phase keys leave a tour on Escape before the dialog stack
  // sees it; the stack entry gives focus to the caption and back when the tour ends.
  const playerRef = useFocusReturn<HTMLDivElement>({ isOpen: true, onClose: exit });
  const run = useCallback(
    (command: ClickerCommand) => {
      const { black: isBlack, offScript: isOffScript } = store.getState().tourPlayer;
      if (command === 'black') {
        store.getState().tourPlayer.setBlack(!isBlack);
        return;
      }
      if (isBlack) {
        // Any key brings the picture back first, as slide software does.
        store.getState().tourPlayer.setBlack(false);
        return;
      }
      if (command === 'exit') {
        exit();
        return;
      }
      const current = store.getState().activeTour?.step ?? 1;
      const next = stepAfter(tour, current, command, isOffScript);
      if (next === current) setApplyCount((count) => count + 1);
      else store.getState().setActiveTour({ id: tour.id, step: next });
    },
    [store, tour, exit],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      // A modal dialog over the tour (the shortcuts list, the targets table) has the keys:
      // its Escape closes it, not the tour.
      if (topDialog()?.modal) return;
      const command = clickerCommand(event.key);
      if (!command) return;
      // Capture phase: the map's own arrow-key panning and the global Escape never see it.
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run]);

  useEffect(() => {
    const opened = openTourChannel((message) => {
      if (message.type === 'hello') {
        const step = store.getState().activeTour?.step ?? 1;
        opened.post({ type: 'state', tourId: tour.id, step });
      } else if (message.type === 'command') run(message.command);
    });
    channel.current = opened;
    return () => {
      opened.post({ type: 'ended' });
      opened.close();
      channel.current = null;
    };
  }, [store, tour.id, run]);
  useEffect(() => {
    channel.current?.post({ type: 'state', tourId: tour.id, step: resolved.number });
  }, [tour.id, resolved.number]);

  const caption = resolved.step.caption[language];
  return (
    <div
      ref={playerRef}
      className="tour-player"
      role="region"
      data-testid="tour-player"
      aria-label={t('tours.playerLabel')}
      style={projectorThemeStyle()}
    >
      <div ref={tools} className="tour-player__tools">
        <button
          type="button"
          className="tour-tool"
          onClick={() => run('previous')}
          aria-label={t('tours.previous')}
          data-testid="tour-previous"
        >
          ‹
        </button>
        <button
          type="button"
          className="tour-tool"
          onClick={() => run('next')}
          aria-label={t('tours.next')}
          data-testid="tour-next"
        >
          ›
        </button>
        <button
          type="button"
          className="tour-tool"
          onClick={toggleFullscreen}
          aria-label={t('tours.fullscreen')}
        >
          {t('tours.fullscreen')}
        </button>
        <button
          type="button"
          className="tour-tool"
          data-testid="tour-open-presenter"
          aria-label={t('tours.presenterOpen')}
          onClick={() =>
            window.open(
              presenterUrl(tour.id, language),
              'lishui-presenter',
              'popup,width=900,height=700',
            )
          }
        >
          {t('tours.presenterShort')}
        </button>
        <button
          type="button"
          className="tour-tool"
          onClick={() => onPrint(tour)}
          aria-label={t('tours.print')}
          data-testid="tour-print"
        >
          {t('tours.print')}
        </button>
        <button
          type="button"
          className="tour-tool"
          onClick={exit}
          aria-label={t('tours.exit')}
          data-testid="tour-exit"
        >
          ✕
        </button>
      </div>
      {offScript && (
        <p className="tour-player__off-script" role="status" data-testid="tour-off-script">
          {t('tours.offScript')}
        </p>
      )}
      {/* Focus starts on the caption (not on a button that Space, the clicker's "next", would press). */}
      <section
        className="tour-band"
        aria-live="polite"
        ref={band}
        data-testid="tour-band"
        tabIndex={-1}
        data-autofocus
      >
        <p className="tour-band__title">{tour.title[language]}</p>
        <p className="tour-band__caption" data-testid="tour-caption">
          {caption}
        </p>
        <TourFigures ids={resolved.step.figures} />
        <p className="tour-band__counter" data-testid="tour-step-counter">
          {t('tours.counter', { step: resolved.number, total: resolved.total })}
        </p>
      </section>
      {black && (
        <div
          className="tour-black"
          role="img"
          data-testid="tour-black"
          aria-label={t('tours.black')}
        />
      )}
    </div>
  );
}
