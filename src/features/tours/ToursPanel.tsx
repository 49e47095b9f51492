/**
 * The tours panel: play a shipped tour, or make one from what is on the map
 * ("add current view as a step"), reorder steps, write captions, and export
 * or import it as tour JSON checked by the same rules as `npm run validate`.
 * Tours made here are saved in IndexedDB on every change.
 */
import { useFocusReturn } from '@/components/use-focus-return';
import { useState, type ChangeEvent } from 'react';
import { useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { useMapCommands } from '@/map/map-commands';
import type { Tour } from '@/data/tour-schema';
import { checkTour, formatTourProblem, type TourContext } from '@/data/validate/tour-rules';
import { captureStep, moveStep } from './step-resolution';
import { newTourId, type DraftTour } from '@/data/tours/tour-storage';
import { DEFAULT_STEP_SECONDS } from './schedule';
import { toggleFullscreen } from './TourPlayer';

function download(tour: DraftTour): void {
  const blob = new Blob([`${JSON.stringify(tour, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${tour.id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ToursPanel({
  context,
  allLayerIds,
  onPrint,
}: {
  context: TourContext;
  allLayerIds: readonly string[];
  onPrint: (tour: Tour) => void;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const commands = useMapCommands();
  const language = useAppStore((state) => state.language);
  const setOpenView = useAppStore((state) => state.setOpenView);
  const library = useAppStore((state) => state.tourLibrary);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const editing = library.custom.find((tour) => tour.id === editingId) ?? null;

  const play = (tour: Tour) => {
    toggleFullscreen();
    setOpenView(null);
    store.getState().setActiveTour({ id: tour.id, step: 1 });
  };
  const update = (tour: DraftTour) => void store.getState().tourLibrary.saveCustom(tour);
  /** Edits one step's caption; an emptied caption keeps a space so the tour stays valid. */
  const setCaption = (index: number, language: 'zh' | 'en', text: string) => {
    if (!editing) return;
    update({
      ...editing,
      steps: editing.steps.map((step, position) =>
        position === index
          ? { ...step, caption: { ...step.caption, [language]: text || ' ' } }
          : step,
      ),
    });
  };
  /** Sets one step's planned time from minutes typed by the author; empty clears it. */
  const setPlannedMinutes = (index: number, text: string) => {
    if (!editing) return;
    const minutes = Number(text);
    const seconds =
      text.trim() === '' || !Number.isFinite(minutes)
        ? undefined
        : Math.min(3600, Math.max(5, Math.round(minutes * 60)));
    update({
      ...editing,
      steps: editing.steps.map((step, position) =>
        position === index ? { ...step, plannedSeconds: seconds } : step,
      ),
    });
  };
  const createTour = () => {
    const tour: DraftTour = {
      id: newTourId(),
      title: { zh: t('tours.newTitle'), en: t('tours.newTitle') },
      steps: [],
    };
    update(tour);
    setEditingId(tour.id);
  };
  const addCurrentView = (tour: DraftTour) => {
    const state = store.getState();
    const camera = commands.getCamera() ?? state.camera;
    if (!camera) return;
    const label = t('tours.stepDefault', { step: tour.steps.length + 1 });
    const step = captureStep(
      {
        camera,
        hiddenLayers: state.hiddenLayers,
        filter: state.filter,
        selectedId: state.selectedId,
        openChain: state.openChain,
      },
      allLayerIds,
      { zh: label, en: label },
    );
    update({ ...tour, steps: [...tour.steps, step] });
  };
  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let value: unknown;
    try {
      value = JSON.parse(await file.text()) as unknown;
    } catch {
      setImportProblems([t('tours.importNotJson')]);
      return;
    }
    const result = checkTour(value, context);
    if (!result.ok) {
      setImportProblems(result.problems.map(formatTourProblem));
      return;
    }
    // Never overwrite a shipped tour; a clash gets a fresh id.
    const clashes = library.shipped.some((tour) => tour.id === result.tour.id);
    const imported = clashes ? { ...result.tour, id: newTourId() } : result.tour;
    setImportProblems([]);
    update(imported);
    setEditingId(imported.id);
  };

  const panelRef = useFocusReturn<HTMLElement>({
    isOpen: true,
    onClose: () => setOpenView(null),
  });

  return (
    <aside
      ref={panelRef}
      className="tours-panel"
      data-testid="tours-panel"
      aria-label={t('tours.panelLabel')}
    >
      <header className="tours-panel__header">
        <h2>{t('tours.title')}</h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setOpenView(null)}
          aria-label={t('tours.close')}
        >
          ✕
        </button>
      </header>
      {library.status !== 'ready' && <p role="status">{t('app.loading')}</p>}
      <h3>{t('tours.shipped')}</h3>
      <ul className="tours-list">
        {library.shipped.map((tour) => (
          <li key={tour.id} className="tours-list__item">
            <span className="tours-list__name">{tour.title[language]}</span>
            <span className="tours-list__meta">
              {t('tours.stepCount', { count: tour.steps.length })}
            </span>
            <span className="tours-list__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => play(tour)}
                data-testid={`tour-play-${tour.id}`}
              >
                {t('tours.play')}
              </button>
              <button type="button" className="button button--small" onClick={() => onPrint(tour)}>
                {t('tours.print')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('tours.mine')}</h3>
      {library.skipped > 0 && (
        <p className="badge badge--warning">{t('tours.skipped', { count: library.skipped })}</p>
      )}
      <ul className="tours-list" data-testid="my-tours">
        {library.custom.map((tour) => (
          <li key={tour.id} className="tours-list__item" data-testid="my-tour">
            <span className="tours-list__name">{tour.title[language]}</span>
            <span className="tours-list__meta">
              {t('tours.stepCount', { count: tour.steps.length })}
            </span>
            <span className="tours-list__actions">
              <button
                type="button"
                className="button button--small"
                disabled={tour.steps.length === 0}
                onClick={() => play(tour as Tour)}
                data-testid={`tour-play-${tour.id}`}
              >
                {t('tours.play')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditingId(tour.id)}
                data-testid="tour-edit"
              >
                {t('tours.edit')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={tour.steps.length === 0}
                onClick={() => download(tour)}
                data-testid="tour-export"
              >
                {t('tours.export')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  if (window.confirm(t('tours.deleteConfirm')))
                    void store.getState().tourLibrary.removeCustom(tour.id);
                }}
              >
                {t('tours.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p
        className="muted"
        role="status"
        data-testid="tour-save-status"
        data-state={library.pendingWrites > 0 ? 'saving' : 'saved'}
      >
        {library.custom.length > 0
          ? t(library.pendingWrites > 0 ? 'tours.saving' : 'tours.saved')
          : ''}
      </p>
      <div className="tours-panel__row">
        <button type="button" className="button" onClick={createTour} data-testid="tour-new">
          {t('tours.new')}
        </button>
        <label className="button">
          {t('tours.import')}
          <input
            type="file"
            accept="application/json,.json"
            className="tours-panel__file"
            onChange={(event) => void onImport(event)}
            data-testid="tour-import"
          />
        </label>
      </div>
      {importProblems.length > 0 && (
        <ul className="tours-panel__problems" role="alert" data-testid="tour-import-problems">
          {importProblems.slice(0, 10).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {editing && (
        <section className="tour-editor" data-testid="tour-editor">
          <label>
            {t('tours.titleZh')}
            <input
              value={editing.title.zh}
              onChange={(event) =>
                update({ ...editing, title: { ...editing.title, zh: event.target.value || ' ' } })
              }
              data-testid="tour-title-zh"
            />
          </label>
          <label>
            {t('tours.titleEn')}
            <input
              value={editing.title.en}
              onChange={(event) =>
                update({ ...editing, title: { ...editing.title, en: event.target.value || ' ' } })
              }
            />
          </label>
          <ol className="tour-editor__steps">
            {editing.steps.map((step, index) => (
              <li key={index} className="tour-editor__step" data-testid="tour-editor-step">
                <label>
                  {t('tours.captionZh')}
                  <textarea
                    value={step.caption.zh}
                    data-testid="tour-caption-zh"
                    onChange={(event) => setCaption(index, 'zh', event.target.value)}
                  />
                </label>
                <label>
                  {t('tours.captionEn')}
                  <textarea
                    value={step.caption.en}
                    onChange={(event) => setCaption(index, 'en', event.target.value)}
                  />
                </label>
                <label>
                  {t('tours.plannedMinutes')}
                  <input
                    type="number"
                    min={0.5}
                    max={60}
                    step={0.5}
                    inputMode="decimal"
                    placeholder={String(DEFAULT_STEP_SECONDS / 60)}
                    value={step.plannedSeconds === undefined ? '' : step.plannedSeconds / 60}
                    data-testid="tour-planned-minutes"
                    onChange={(event) => setPlannedMinutes(index, event.target.value)}
                  />
                </label>
                <span className="tours-list__actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === 0}
                    onClick={() => update(moveStep(editing as Tour, index, index - 1))}
                    aria-label={t('tours.moveUp')}
                    data-testid="tour-step-up"
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === editing.steps.length - 1}
                    onClick={() => update(moveStep(editing as Tour, index, index + 1))}
                    aria-label={t('tours.moveDown')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      update({
                        ...editing,
                        steps: editing.steps.filter((_, position) => position !== index),
                      })
                    }
                  >
                    {t('tours.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() => addCurrentView(editing)}
            data-testid="tour-add-step"
            disabled={editing.steps.length >= 40}
          >
            {t('tours.addStep')}
          </button>
        </section>
      )}
    </aside>
  );
}
