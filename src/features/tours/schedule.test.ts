import { describe, expect, it } from 'vitest';
import { DEFAULT_STEP_SECONDS, formatClock, plannedSeconds, scheduleStatus } from './schedule';

const plan = [60, 120, 30];

describe('scheduleStatus', () => {
  it('is on time at the start', () => {
    expect(scheduleStatus(plan, 1, 0, 0)).toEqual({
      stepPlanned: 60,
      stepRemaining: 60,
      tourPlanned: 210,
      behind: 0,
    });
  });

  it('counts a step begun early as ahead, and keeps that while the step runs within its plan', () => {
    // Step 2 was planned to begin at 60 s; it began at 40 s.
    expect(scheduleStatus(plan, 2, 40, 40).behind).toBe(-20);
    expect(scheduleStatus(plan, 2, 150, 40).behind).toBe(-20);
    expect(scheduleStatus(plan, 2, 150, 40).stepRemaining).toBe(10);
  });

  it('falls behind once the current step overruns its plan', () => {
    // Step 2 began on time (60 s) and was planned for 120 s: at 200 s it is 20 s over.
    const status = scheduleStatus(plan, 2, 200, 60);
    expect(status.behind).toBe(20);
    expect(status.stepRemaining).toBe(-20);
  });

  it('counts a late start as behind even before the step itself overruns', () => {
    expect(scheduleStatus(plan, 3, 200, 195).behind).toBe(15);
  });

  it('clamps a step number outside the tour', () => {
    expect(scheduleStatus(plan, 9, 0, 0).stepPlanned).toBe(30);
  });
});

describe('plannedSeconds', () => {
  it('uses the default for steps without a planned duration, and says so', () => {
    const steps = [{ plannedSeconds: 90 }, {}] as never;
    expect(plannedSeconds({ steps })).toEqual([
      { seconds: 90, isDefault: false },
      { seconds: DEFAULT_STEP_SECONDS, isDefault: true },
    ]);
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds, and hours when needed', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-75)).toBe('1:15');
    expect(formatClock(3725)).toBe('1:02:05');
  });
});
