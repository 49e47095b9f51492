import { describe, expect, it } from 'vitest';
import { fitProjection, geometryPath, mercator, padBounds, unionBounds } from './projection';

describe('Web-Mercator projection for static site maps', () => {
  it('maps the equator and prime meridian to the origin and keeps y growing north', () => {
    const [x, y] = mercator([0, 0]);
    expect(x).toBe(0);
    expect(y).toBeCloseTo(0, 12);
    expect(mercator([0, 30])[1]).toBeGreaterThan(0);
    // 45° N in mercator y is ln(tan(67.5°)) ≈ 0.8814.
    expect(mercator([0, 45])[1]).toBeCloseTo(0.8814, 4);
  });

  it('fits bounds into the frame with north at the top and the aspect ratio kept', () => {
    const project = fitProjection([119, 28, 120, 29], 600, 400, 10);
    const [westX, southY] = project([119, 28]);
    const [eastX, northY] = project([120, 29]);
    expect(northY).toBeLessThan(southY);
    expect(eastX).toBeGreaterThan(westX);
    // The taller-than-wide (in mercator) box fills the height minus padding.
    expect(southY - northY).toBeCloseTo(380, 5);
    expect(westX).toBeGreaterThanOrEqual(10);
    expect(eastX).toBeLessThanOrEqual(590);
    // Centred horizontally.
    expect((westX + eastX) / 2).toBeCloseTo(300, 5);
  });

  it('draws polygons as closed paths and lines as open ones', () => {
    const project = fitProjection([0, 0, 1, 1], 100, 100);
    const polygon = geometryPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      project,
    );
    expect(polygon.startsWith('M')).toBe(true);
    expect(polygon.endsWith('Z')).toBe(true);
    const line = geometryPath(
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      project,
    );
    expect(line).toBe('M0 100L100 0');
    expect(geometryPath({ type: 'Point', coordinates: [0, 0] }, project)).toBe('');
  });

  it('pads and unites bounds', () => {
    expect(padBounds([0, 0, 10, 10], 0.1)).toEqual([-1, -1, 11, 11]);
    expect(unionBounds([[0, 0, 1, 1], null, [2, -1, 3, 0]])).toEqual([0, -1, 3, 1]);
    expect(unionBounds([])).toBeNull();
  });
});
