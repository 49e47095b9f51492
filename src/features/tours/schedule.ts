/**
 * The presenter's clock: each step has a planned duration (the tour's own,
 * or a default when the author gave none), and the presenter sees how far
 * ahead of or behind that plan the briefing runs.
 */
import type { Tour } from '@/data/tour-schema';

/** Planned length of a step whose author gave none, in seconds. */
export const DEFAULT_STEP_SECONDS = 60;

/** Planned seconds of each step of `tour`, in order, and whether each is the default. */
export function plannedSeconds(
  tour: Pick<Tour, 'steps'>,
): { seconds: number; isDefault: boolean }[] {
  return tour.steps.map((step) =>
    step.plannedSeconds === undefined
      ? { seconds: DEFAULT_STEP_SECONDS, isDefault: true }
      : { seconds: step.plannedSeconds, isDefault: false },
  );
}

export interface ScheduleStatus {
  /** Planned length of the current step, in seconds. */
  stepPlanned: number;
  /** Seconds left of the current step's plan (negative: overrun). */
  stepRemaining: number;
  /** Planned length of the whole tour, in seconds. */
  tourPlanned: number;
  /**
   * Seconds behind the plan (positive) or ahead of it (negative): how late
   * the step began against its planned start, growing once the step
   * overruns its own plan.
   */
  behind: number;
}

/**
 * Where a briefing stands against its plan. `step` is 1-based; `elapsed` is
 * seconds since the tour's clock started; `stepStartedAt` is the elapsed
 * second at which the current step began.
 */
export function scheduleStatus(
  planned: readonly number[],
  step: number,
  elapsed: number,
  stepStartedAt: number,
): ScheduleStatus {
  const index = Math.min(Math.max(step, 1), planned.length) - 1;
  const plannedBefore = planned.slice(0, index).reduce((sum, seconds) => sum + seconds, 0);
  const stepPlanned = planned[index] ?? 0;
  const lateAtStart = stepStartedAt - plannedBefore;
  const overrun = elapsed - (plannedBefore + stepPlanned);
  return {
    stepPlanned,
    stepRemaining: stepPlanned - (elapsed - stepStartedAt),
    tourPlanned: planned.reduce((sum, seconds) => sum + seconds, 0),
    behind: Math.max(lateAtStart, overrun),
  };
}

/** Seconds as m:ss (or h:mm:ss), without sign. */
export function formatClock(seconds: number): string {
  const whole = Math.round(Math.abs(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
