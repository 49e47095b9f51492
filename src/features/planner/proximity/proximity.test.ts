import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { miniData } from '../../../../tests/fixtures/mini-data';
import { axisDistanceTable, distanceToShapeKm, nearbyFeatures } from './proximity';

const point = (lng: number, lat: number) => ({
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'Point' as const, coordinates: [lng, lat] },
});

describe('proximity', () => {
  it('measures 0 inside a polygon and the edge distance outside', () => {
    const square = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [120, 28],
            [120.1, 28],
            [120.1, 28.1],
            [120, 28.1],
            [120, 28],
          ],
        ],
      },
    };
    expect(distanceToShapeKm(point(120.05, 28.05), square)).toBe(0);
    const expected = distance([120.1, 28.05], [120.2, 28.05], { units: 'kilometers' });
    expect(distanceToShapeKm(point(120.2, 28.05), square)).toBeCloseTo(expected, 1);
  });

  it('finds platforms, their enterprises and counties within the radius', () => {
    const data = miniData();
    const near = nearbyFeatures({ type: 'Point', coordinates: [119.715, 28.215] }, 2, data);
    expect(near.find((item) => item.kind === 'platform')).toMatchObject({
      id: 'liandu-park-gaoxi',
      distanceKm: expect.any(Number),
    });
    expect(
      near.some((item) => item.kind === 'enterprise' && item.featureId === 'liandu-park-gaoxi'),
    ).toBe(true);
    expect(near.filter((item) => item.kind === 'county').map((item) => item.id)).toEqual([
      'county-331102',
    ]);
    expect(near.every((item) => item.distanceKm <= 2)).toBe(true);
  });

  it('finds nothing far away and more with a larger radius', () => {
    const data = miniData();
    const far = { type: 'Point' as const, coordinates: [119.45, 27.9] };
    expect(nearbyFeatures(far, 1, data)).toEqual([]);
    expect(nearbyFeatures(far, 20, data).some((item) => item.id === 'county-331102')).toBe(true);
  });

  it('lists every placed platform with a distance per axis (null when the axis is missing)', () => {
    const rows = axisDistanceTable(miniData());
    expect(rows.map((row) => row.platformId)).toEqual(['liandu-park-gaoxi']);
    expect(rows[0]!.distances['liandu-axis']).toBeNull();
  });
});
