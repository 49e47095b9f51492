import { describe, expect, it } from 'vitest';
import { contextPlaces } from './context-places';
import type { Place } from './schema';

const place = (id: string, name: string, lng: number, lat: number, seatOf?: string): Place => ({
  id,
  name,
  nameEn: `${id} (en)`,
  countyCode: '331102',
  lng,
  lat,
  positionSource: 'test',
  quality: 'approximate',
  ...(seatOf ? { seatOf } : {}),
});

describe('context places', () => {
  it('keeps seats and named towns once each, inside the map box, with short seat labels', () => {
    const points = contextPlaces([
      place('bihu', '碧湖镇', 119.79, 28.333),
      place('bihu-again', '碧湖镇', 119.79, 28.333),
      place('seat', '缙云县城（五云）', 120.06693, 28.65388, '331122'),
      place('wuyun', '五云街道', 120.06693, 28.65388),
      place('university', '丽水学院', 119.905, 28.47),
      place('shanghai', '上海张江镇', 121.5905, 31.2033),
    ]);
    expect(points.map((point) => [point.properties.name, point.properties.placeKind])).toEqual([
      ['缙云县城', 'seat'],
      ['碧湖镇', 'town'],
    ]);
    expect(points[0]!.properties).toMatchObject({
      id: 'context-seat',
      nameEn: 'seat',
      role: 'place',
    });
    expect(points[1]!.geometry.coordinates).toEqual([119.79, 28.333]);
  });
});
