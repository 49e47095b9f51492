import { afterEach, describe, expect, it } from 'vitest';
import {
  afterNextPaint,
  interactionMeasureName,
  markInteraction,
  measureInteraction,
  measureInteractionStep,
} from './interaction-timing';

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('interaction timing', () => {
  it('measures from the last start to the end, once', () => {
    markInteraction('detail');
    const duration = measureInteraction('detail');
    expect(duration).not.toBeNull();
    expect(duration!).toBeGreaterThanOrEqual(0);
    expect(performance.getEntriesByName(interactionMeasureName('detail'))).toHaveLength(1);
    // The start is consumed: a second end without a new start measures nothing.
    expect(measureInteraction('detail')).toBeNull();
  });

  it('measures nothing when the interaction was never started', () => {
    expect(measureInteraction('search')).toBeNull();
    expect(performance.getEntriesByName(interactionMeasureName('search'))).toHaveLength(0);
  });

  it('runs after the next paint (a task in node) and can be cancelled', async () => {
    let ran = 0;
    afterNextPaint(() => (ran += 1));
    const cancel = afterNextPaint(() => (ran += 10));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toBe(1);
  });
});

describe('interaction steps', () => {
  it('measure from the start without ending the interaction', () => {
    markInteraction('detail');
    measureInteractionStep('detail', 'commit');
    expect(performance.getEntriesByName('lishui:detail:commit')).toHaveLength(1);
    expect(measureInteraction('detail')).not.toBeNull();
  });
});
