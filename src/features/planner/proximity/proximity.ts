/**
 * "What lies within N km" of a shape, and how far every platform is from the
 * corridor and axes. Positions [lng, lat] degrees; distances in km (Turf).
 */
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { distance } from '@turf/distance';
import { pointOnFeature } from '@turf/point-on-feature';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { polygonToLine } from '@turf/polygon-to-line';
import type { Feature, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { AppData } from '@/data/model';

export type NearbyKind = 'platform' | 'enterprise' | 'county';
export interface NearbyItem {
  kind: NearbyKind;
  /** Plan feature id, enterprise id or county feature id (county-<code>). */
  id: string;
  /** For enterprises: the plan feature that places them. */
  featureId?: string;
  distanceKm: number;
}

/** The lines (axis, corridor, belt) platforms are measured against. */
export const AXIS_IDS = [
  'corridor-zhexinan-corridor',
  'liandu-axis',
  'xianju-yonganxi-belt',
] as const;
const PLATFORM_KINDS = new Set(['platform', 'centre']);

const asFeature = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry });

/** Shortest distance in km from a point to a shape (0 inside a polygon). */
export function distanceToShapeKm(point: Feature<Point>, shape: Feature): number {
  const geometry = shape.geometry;
  if (!geometry) return Infinity;
  switch (geometry.type) {
    case 'Point':
      return distance(point, geometry, { units: 'kilometers' });
    case 'LineString':
      return pointToLineDistance(point, geometry, { units: 'kilometers' });
    case 'MultiLineString':
      return Math.min(
        ...geometry.coordinates.map((line) =>
          pointToLineDistance(
            point,
            { type: 'LineString', coordinates: line },
            { units: 'kilometers' },
          ),
        ),
      );
    case 'Polygon':
    case 'MultiPolygon': {
      if (booleanPointInPolygon(point, geometry as Polygon | MultiPolygon)) return 0;
      const outline = polygonToLine(geometry as Polygon | MultiPolygon);
      const lines = 'features' in outline ? outline.features : [outline];
      return Math.min(
        ...lines.map((line) => distanceToShapeKm(point, line as Feature<LineString>)),
      );
    }
    default:
      return distance(point, pointOnFeature(shape), { units: 'kilometers' });
  }
}

/** Platforms, placed enterprises and counties within `radiusKm` of the shape, nearest first. */
export function nearbyFeatures(
  shapeGeometry: Geometry,
  radiusKm: number,
  data: AppData,
): NearbyItem[] {
  const shape = asFeature(shapeGeometry);
  const zone = buffer(shape, radiusKm, { units: 'kilometers' });
  if (!zone) return [];
  const items: NearbyItem[] = [];
  const platformDistance = new Map<string, number>();
  for (const feature of data.features) {
    if (!feature.geometry || !PLATFORM_KINDS.has(feature.properties.kind)) continue;
    if (!booleanIntersects(zone, feature as Feature)) continue;
    const distanceKm = distanceToShapeKm(pointOnFeature(feature as Feature), shape);
    platformDistance.set(feature.properties.id, distanceKm);
    items.push({ kind: 'platform', id: feature.properties.id, distanceKm });
  }
  for (const enterprise of data.enterprises) {
    const host = enterprise.featureId ? data.featureById.get(enterprise.featureId) : undefined;
    if (!host?.geometry || !booleanIntersects(zone, host as Feature)) continue;
    items.push({
      kind: 'enterprise',
      id: enterprise.id,
      featureId: host.properties.id,
      distanceKm:
        platformDistance.get(host.properties.id) ??
        distanceToShapeKm(pointOnFeature(host as Feature), shape),
    });
  }
  for (const county of data.counties.features) {
    if (!booleanIntersects(zone, county)) continue;
    const inside = booleanIntersects(shape, county);
    items.push({
      kind: 'county',
      id: county.properties.id,
      distanceKm: inside ? 0 : distanceToShapeKm(pointOnFeature(shape), county),
    });
  }
  return items
    .filter((item) => item.distanceKm <= radiusKm + 1e-9)
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

export interface AxisDistanceRow {
  platformId: string;
  /** km from the platform's representative point to each axis (null: axis not in the data). */
  distances: Record<(typeof AXIS_IDS)[number], number | null>;
}

export function axisDistanceTable(data: AppData): AxisDistanceRow[] {
  const axes = AXIS_IDS.map((id) => [id, data.featureById.get(id)] as const);
  return data.features
    .filter((feature) => feature.geometry && PLATFORM_KINDS.has(feature.properties.kind))
    .map((feature) => {
      const point = pointOnFeature(feature as Feature);
      const distances = Object.fromEntries(
        axes.map(([id, axis]) => [
          id,
          axis?.geometry ? distanceToShapeKm(point, axis as Feature) : null,
        ]),
      ) as AxisDistanceRow['distances'];
      return { platformId: feature.properties.id, distances };
    });
}
