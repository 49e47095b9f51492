import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { along } from '@turf/along';
import { length } from '@turf/length';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, Geometry, Position } from 'geojson';

/**
 * Where to put a feature's label, as [lng, lat]: the centre of mass of a
 * polygon when it lies inside (else a point on the surface), the middle of a
 * line, or the point itself.
 */
export function labelPoint(feature: Feature<Geometry>): Position {
  const geometry = feature.geometry;
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') {
    const total = length(feature as Feature<typeof geometry>, { units: 'kilometers' });
    return along(geometry, total / 2, { units: 'kilometers' }).geometry.coordinates;
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const centre = centerOfMass(feature);
    if (booleanPointInPolygon(centre, geometry)) return centre.geometry.coordinates;
  }
  return pointOnFeature(feature).geometry.coordinates;
}
