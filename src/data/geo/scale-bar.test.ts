import { describe, expect, it } from 'vitest';
import { metresPerPixel, roundDown125, scaleBar } from './scale-bar';

describe('scale bar', () => {
  it('gives the ground size of a pixel of a 512 px tile map', () => {
    // Zoom 0 at the equator: the earth's circumference (mean radius) across one 512 px tile.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78183.9, 0);
    // Each zoom level halves it; at 60° north it is half the equator's.
    expect(metresPerPixel(0, 10)).toBeCloseTo(78183.9 / 1024, 3);
    expect(metresPerPixel(60, 10)).toBeCloseTo(78183.9 / 2048, 3);
    // Lishui (28.45° N) at zoom 9: about 134.3 m a pixel.
    expect(metresPerPixel(28.45, 9)).toBeCloseTo(134.3, 1);
  });

  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect(
      [1, 1.9, 2, 4.99, 5, 9.99, 10, 19, 27, 480, 999, 1000, 2000, 73_000].map(roundDown125),
    ).toEqual([1, 1, 2, 2, 5, 5, 10, 10, 20, 200, 500, 1000, 2000, 50_000]);
    expect(roundDown125(0.3)).toBe(1);
  });

  it('shows the longest round length that fits the width', () => {
    // Lishui at zoom 9, at most 120 px: 120 × 134.3 m = 16.1 km → a 10 km bar of about 74 px.
    const bar = scaleBar(28.45, 9, 120);
    expect(bar.metres).toBe(10_000);
    expect(bar.widthPx).toBeCloseTo(10_000 / metresPerPixel(28.45, 9), 6);
    expect(bar.widthPx).toBeGreaterThan(60);
    expect(bar.widthPx).toBeLessThanOrEqual(120);
    // Closer in (zoom 14): 120 × 4.2 m = 504 m → 500 m, just under the width.
    const street = scaleBar(28.45, 14, 120);
    expect(street.metres).toBe(500);
    expect(street.widthPx).toBeLessThanOrEqual(120);
    expect(street.widthPx).toBeGreaterThan(115);
  });

  it('never draws a bar wider than asked, at any latitude and zoom', () => {
    for (const latitude of [0, 23.5, 28.45, 45, 70])
      for (let zoom = 3; zoom <= 18; zoom += 0.75) {
        const bar = scaleBar(latitude, zoom, 150);
        expect(bar.widthPx).toBeLessThanOrEqual(150 + 1e-9);
        // A round length: at least 40 % of the width (the step from 5 down to 2 is the largest).
        expect(bar.widthPx).toBeGreaterThanOrEqual(150 * 0.4 - 1e-9);
      }
  });
});
