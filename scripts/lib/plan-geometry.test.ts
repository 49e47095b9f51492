import { distance } from '@turf/distance';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/data/schema.ts';
import { drawPlanGeometry, seatOffsetKm } from './plan-geometry.ts';

const seat: Place = {
  id: 'place-seat-331181',
  name: '龙泉市区',
  nameEn: 'Longquan city centre',
  countyCode: '331181',
  lng: 119.14,
  lat: 28.07,
  positionSource: 'test',
  quality: 'gazetteer',
};

/** A city-plan platform placed only by county. */
const atSeat = (id: string, countyCode = '331181') => ({
  type: 'Feature',
  geometry: null,
  properties: {
    id,
    name: id,
    nameEn: id,
    system: 'city',
    kind: 'platform',
    platformKind: 'complex',
    countyCode,
    role: 'r',
    roleEn: 'r',
    industryIds: [],
    geometryQuality: 'county-seat',
    geometryMethod: 'm',
    recipe: { type: 'seat' },
    certainty: 'stated',
    sources: [{ seed: '000_dd22fc84a3e54e50.txt', line: 1 }],
  },
});

function draw(features: unknown[], places: Place[]) {
  const layers = new Map<string, FeatureCollection>([
    ['city-platforms.geojson', { type: 'FeatureCollection', features } as FeatureCollection],
  ]);
  const drawn = drawPlanGeometry({
    layers,
    places: new Map(places.map((place) => [place.id, place])),
    counties: new Map(),
  });
  return new Map(
    (drawn.get('city-platforms.geojson') ?? []).map((feature) => [
      feature.properties.id,
      (feature.geometry as Point).coordinates as [number, number],
    ]),
  );
}

describe('the county-seat position', () => {
  it('puts a lone platform on its county seat', () => {
    const positions = draw([atSeat('city-a')], [seat]);
    expect(positions.get('city-a')).toEqual([119.14, 28.07]);
  });

  it('spreads platforms sharing a seat so each stays apart and near the seat', () => {
    const ids = Array.from({ length: 12 }, (_, index) => `city-${String(index).padStart(2, '0')}`);
    const positions = [
      ...draw(
        ids.map((id) => atSeat(id)),
        [seat],
      ).values(),
    ];
    for (const [index, position] of positions.entries()) {
      expect(distance(position, [seat.lng, seat.lat])).toBeLessThan(4);
      for (const other of positions.slice(index + 1))
        expect(distance(position, other)).toBeGreaterThan(0.5);
    }
  });

  it('uses the place marked as the seat of the county', () => {
    const marked: Place = { ...seat, id: 'place-corridor-longquan', seatOf: '331181', lng: 119.2 };
    const positions = draw([atSeat('city-a')], [marked]);
    expect(positions.get('city-a')).toEqual([119.2, 28.07]);
  });

  it('fails with the county named when no seat is known', () => {
    expect(() => draw([atSeat('city-a', '331126')], [seat])).toThrow(/place-seat-331126/);
  });

  it('keeps the first of several sharers on the spiral, not the seat itself', () => {
    expect(seatOffsetKm(0, 1)).toEqual([0, 0]);
    expect(Math.hypot(...seatOffsetKm(0, 2))).toBeGreaterThan(0.5);
  });
});
