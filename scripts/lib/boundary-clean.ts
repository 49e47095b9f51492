/**
 * Pure geometry clean-up used by the boundary build: datum shift, duplicate
 * vertices, winding and precision. No file or network access here.
 */
import gcoord from 'gcoord';
import { rewind } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type AreaFeature = Feature<Polygon | MultiPolygon>;

/** Rounds a coordinate value to `decimals` places (5 places ≈ 1.1 m). */
export function roundCoordinate(value: number, decimals = 5): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Removes consecutive duplicate vertices from a closed ring and keeps it closed. */
export function dropConsecutiveDuplicates(ring: Position[]): Position[] {
  const cleaned: Position[] = [];
  for (const position of ring) {
    const previous = cleaned[cleaned.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) {
      cleaned.push(position);
    }
  }
  const first = cleaned[0];
  const last = cleaned[cleaned.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) cleaned.push([...first]);
  return cleaned;
}

function mapRings(
  geometry: Polygon | MultiPolygon,
  transform: (ring: Position[]) => Position[],
): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(transform) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon) => polygon.map(transform)),
  };
}

/** Drops rings that degenerate (fewer than 4 positions) after rounding. */
function dropDegenerateRings(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.filter((ring) => ring.length >= 4) };
  }
  const polygons = geometry.coordinates
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * GCJ-02 (AMap) → WGS-84 on a deep clone (gcoord mutates its input), then
 * rounding to 5 decimals, duplicate-vertex removal and RFC 7946 winding
 * (exterior rings counter-clockwise, holes clockwise). Coordinates are [lng, lat].
 */
export function cleanGcj02Feature<T extends AreaFeature>(feature: T): T {
  const clone = structuredClone(feature);
  // gcoord's GeoJSON type is narrower than @types/geojson; the shapes are the same.
  const shifted = gcoord.transform(clone as never, gcoord.GCJ02, gcoord.WGS84) as unknown as T;
  const rounded = mapRings(shifted.geometry, (ring) =>
    dropConsecutiveDuplicates(
      ring.map((position) => [roundCoordinate(position[0]!), roundCoordinate(position[1]!)]),
    ),
  );
  const wound = rewind(dropDegenerateRings(rounded), { reverse: false }) as Polygon | MultiPolygon;
  return { ...shifted, geometry: wound };
}
