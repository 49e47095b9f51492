import { describe, expect, it } from 'vitest';
import { measureGeometry } from './measure';

describe('measureGeometry', () => {
  it('measures a 0.1° square at the equator as about 123.6 km²', () => {
    const result = measureGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.1, 0],
          [0.1, 0.1],
          [0, 0.1],
          [0, 0],
        ],
      ],
    });
    expect(result.kind).toBe('area');
    // 11.132 km × 11.057 km on the WGS-84 sphere used by Turf (R = 6371.0088 km): ≈ 123.6 km².
    expect(result.kind === 'area' && result.km2).toBeCloseTo(123.6, 0);
  });

  it('measures one degree of longitude along the equator as about 111.2 km', () => {
    const result = measureGeometry({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
      ],
    });
    expect(result.kind === 'length' && result.km).toBeCloseTo(111.19, 1);
  });

  it('gives points no size', () => {
    expect(measureGeometry({ type: 'Point', coordinates: [120, 28] })).toEqual({ kind: 'point' });
  });
});
