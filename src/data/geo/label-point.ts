import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { along } from '@turf/along';
import { length } from '@turf/length';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, Geometry, Position } from 'geojson';
import type { RawGeodata } from '../model';

/**
 * Where to put a feature's label, as [lng, lat]: the centre of area of a
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
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const centre = areaCentroid(polygons);
    if (centre && booleanPointInPolygon(centre, geometry)) return centre;
  }
  return pointOnFeature(feature).geometry.coordinates;
}

/**
 * The label point of every county, neighbour and placed plan feature, by id.
 * Computed when the app is built (scripts/default-geodata-plugin.ts), so the
 * browser does not load this Turf code before the first map view.
 */
export function labelPointsOf(raw: RawGeodata): Record<string, Position> {
  const points: Record<string, Position> = {};
  for (const feature of [...raw.counties.features, ...raw.neighbours.features]) {
    points[feature.properties.id] = labelPoint(feature);
  }
  for (const feature of raw.features) {
    if (feature.geometry)
      points[feature.properties.id] = labelPoint({ ...feature, geometry: feature.geometry });
  }
  return points;
}

/**
 * Area-weighted centroid of polygons in plane lng/lat (county-sized shapes are
 * small enough for that), holes subtracted whatever their winding. Coordinates
 * are taken relative to the first vertex so the products keep their precision.
 * Null for degenerate (zero-area) input.
 */
export function areaCentroid(polygons: Position[][][]): Position | null {
  const [x0, y0] = polygons[0]?.[0]?.[0] ?? [];
  if (x0 === undefined || y0 === undefined) return null;
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      let ringArea = 0;
      let ringX = 0;
      let ringY = 0;
      let previous: Position | undefined;
      for (const vertex of ring) {
        if (previous) {
          const ax = (previous[0] ?? x0) - x0;
          const ay = (previous[1] ?? y0) - y0;
          const bx = (vertex[0] ?? x0) - x0;
          const by = (vertex[1] ?? y0) - y0;
          const cross = ax * by - bx * ay;
          ringArea += cross;
          ringX += (ax + bx) * cross;
          ringY += (ay + by) * cross;
        }
        previous = vertex;
      }
      // Outer rings add, holes subtract, whichever way each ring was drawn.
      const sign = (index === 0 ? 1 : -1) * Math.sign(ringArea);
      area += sign * ringArea;
      cx += sign * ringX;
      cy += sign * ringY;
    });
  }
  if (Math.abs(area) < 1e-18) return null;
  return [x0 + cx / (3 * area), y0 + cy / (3 * area)];
}
