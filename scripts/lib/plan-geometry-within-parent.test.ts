import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/data/schema.ts';
import { drawPlanGeometry } from './plan-geometry.ts';

const county: Feature<Polygon> = {
  type: 'Feature',
  properties: { code: '331102' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [119.8, 28.3],
        [120, 28.3],
        [120, 28.5],
        [119.8, 28.5],
        [119.8, 28.3],
      ],
    ],
  },
};

const place = (id: string, lng: number, lat: number): Place => ({
  id,
  name: id,
  nameEn: id,
  countyCode: '331102',
  lng,
  lat,
  positionSource: 'test',
  quality: 'approximate',
});

const feature = (id: string, recipe: unknown, parentId?: string) => ({
  type: 'Feature',
  properties: {
    id,
    countyCode: '331102',
    system: 'liandu',
    geometryQuality: 'schematic',
    recipe,
    ...(parentId ? { parentId } : {}),
  },
  geometry: null,
});

describe('drawPlanGeometry', () => {
  it('clips a circle with withinParent to its parent', () => {
    const layers = new Map<string, FeatureCollection>([
      [
        'layers/test.geojson',
        {
          type: 'FeatureCollection',
          features: [
            feature('zone', { type: 'circle', place: 'a', radiusKm: 1 }),
            feature('free', { type: 'circle', place: 'b', radiusKm: 1 }, 'zone'),
            feature(
              'inside',
              { type: 'circle', place: 'b', radiusKm: 1, withinParent: true },
              'zone',
            ),
          ],
        } as unknown as FeatureCollection,
      ],
    ]);
    const drawn = drawPlanGeometry({
      layers,
      places: new Map([
        ['a', place('a', 119.9, 28.4)],
        ['b', place('b', 119.91, 28.4)],
      ]),
      counties: new Map([['331102', county]]),
    });
    const [zone, free, inside] = drawn
      .get('layers/test.geojson')!
      .map((entry) => entry.geometry as Polygon | MultiPolygon);
    // The two circles are about 1 km apart: the clipped one is their lens.
    expect(area(inside!)).toBeLessThan(area(free!) * 0.5);
    expect(area(inside!)).toBeLessThan(area(zone!));
    expect(area(inside!)).toBeGreaterThan(0);
  });
});
