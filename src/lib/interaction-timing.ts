/**
 * User Timing marks for the interactions `npm run bench` watches (click →
 * detail painted, keystroke → results painted, language → labels redrawn,
 * file chosen → imported layer listed).
 * Always on: a mark and a measure cost microseconds, and any profiler or
 * RUM script can read them from the performance timeline.
 */

export type Interaction = 'detail' | 'search' | 'language' | 'import';

const PREFIX = 'lishui:';
const startMark = (interaction: Interaction) => `${PREFIX}${interaction}:start`;

/** Measures of one interaction appear under this name (duration in ms). */
export const interactionMeasureName = (interaction: Interaction): string =>
  `${PREFIX}${interaction}`;

const hasUserTiming = (): boolean =>
  typeof performance !== 'undefined' && typeof performance.mark === 'function';

/** Starts an interaction; a later start of the same interaction replaces it. */
export function markInteraction(interaction: Interaction): void {
  if (!hasUserTiming()) return;
  performance.clearMarks(startMark(interaction));
  performance.mark(startMark(interaction));
}

/**
 * Ends the interaction started last, if any, as a measure; returns its
 * duration in ms, or null when nothing was started (a selection from a deep
 * link or a tour is not a click).
 */
export function measureInteraction(interaction: Interaction): number | null {
  if (!hasUserTiming()) return null;
  const name = startMark(interaction);
  if (performance.getEntriesByName(name, 'mark').length === 0) return null;
  const measure = performance.measure(interactionMeasureName(interaction), name);
  performance.clearMarks(name);
  // Keep the timeline bounded in a long session: the bench reads measures as they come.
  const measures = performance.getEntriesByName(interactionMeasureName(interaction), 'measure');
  if (measures.length > 500) performance.clearMeasures(interactionMeasureName(interaction));
  return measure?.duration ?? null;
}

/**
 * Measures an intermediate step (`lishui:<interaction>:<step>`) from the
 * interaction's start, leaving the start in place for the final measure.
 */
export function measureInteractionStep(interaction: Interaction, step: string): void {
  if (!hasUserTiming()) return;
  const name = startMark(interaction);
  if (performance.getEntriesByName(name, 'mark').length === 0) return;
  performance.measure(`${interactionMeasureName(interaction)}:${step}`, name);
}

/**
 * Runs `action` once the frame after the current update has been painted:
 * requestAnimationFrame fires before the paint, the task queued from it runs
 * after. Falls back to a plain task where there is no animation frame (jsdom).
 */
export function afterNextPaint(action: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(action, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(action, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
