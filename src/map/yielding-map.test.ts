import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameYield, PaintHold } from './yielding-map';

describe('FrameYield', () => {
  let frameCallbacks: FrameRequestCallback[] = [];
  /** The browser's next frame: its callbacks run, then the page paints. */
  const nextFrame = () => {
    const callbacks = frameCallbacks;
    frameCallbacks = [];
    for (const callback of callbacks) callback(0);
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frameCallbacks.push(callback);
      return frameCallbacks.length;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frameCallbacks = [];
  });

  it('skips map frames until the next page frame is painted, then redraws once', () => {
    const repaint = vi.fn();
    const frameYield = new FrameYield(repaint);
    expect(frameYield.skipsFrame()).toBe(false);
    frameYield.start();
    expect(frameYield.skipsFrame()).toBe(true);
    expect(frameYield.skipsFrame()).toBe(true);
    nextFrame();
    // Still inside the frame: the map must not join it.
    expect(frameYield.skipsFrame()).toBe(true);
    expect(repaint).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(repaint).toHaveBeenCalledTimes(1);
    expect(frameYield.skipsFrame()).toBe(false);
  });

  it('does not redraw when no map frame was skipped, and one yield covers repeated starts', () => {
    const repaint = vi.fn();
    const frameYield = new FrameYield(repaint);
    frameYield.start();
    frameYield.start();
    expect(frameCallbacks).toHaveLength(1);
    nextFrame();
    vi.runOnlyPendingTimers();
    expect(repaint).not.toHaveBeenCalled();
    expect(frameYield.skipsFrame()).toBe(false);
  });
});

describe('PaintHold', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 0;
  });

  it('skips paints until the source is ready, then lets every paint through', () => {
    const hold = new PaintHold(clock);
    let ready = false;
    const isReady = (source: string) => source === 'labels' && ready;
    expect(hold.holds(isReady, false)).toBe(false);
    hold.start('labels', 1000);
    expect(hold.holds(isReady, false)).toBe(true);
    expect(hold.holds(isReady, false)).toBe(true);
    ready = true;
    expect(hold.holds(isReady, false)).toBe(false);
    ready = false;
    expect(hold.holds(isReady, false)).toBe(false);
  });

  it('never freezes a moving map, and gives up after its time', () => {
    const hold = new PaintHold(clock);
    const never = () => false;
    hold.start('labels', 500);
    expect(hold.holds(never, true)).toBe(false);
    hold.start('labels', 500);
    now = 400;
    expect(hold.holds(never, false)).toBe(true);
    now = 501;
    expect(hold.holds(never, false)).toBe(false);
    expect(hold.holds(never, false)).toBe(false);
  });
});
