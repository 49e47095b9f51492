import { area } from '@turf/area';
import { length } from '@turf/length';
import type { Geometry } from 'geojson';

export type Measure =
  { kind: 'area'; km2: number } | { kind: 'length'; km: number } | { kind: 'point' };

/** Geodesic size of a WGS-84 geometry: area in km² for polygons, length in km for lines. */
export function measureGeometry(geometry: Geometry): Measure {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return { kind: 'area', km2: area(geometry) / 1_000_000 };
    case 'LineString':
    case 'MultiLineString':
      return {
        kind: 'length',
        km: length({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' }),
      };
    default:
      return { kind: 'point' };
  }
}
