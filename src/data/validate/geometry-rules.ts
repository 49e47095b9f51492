/**
 * Geometry checks that geojson-validation does not make: coordinate ranges,
 * closed rings, RFC 7946 winding and self-intersections. Coordinates are
 * [lng, lat] in degrees (WGS-84). Pure: no files, no map.
 */
import { booleanClockwise } from '@turf/boolean-clockwise';
import { kinks } from '@turf/kinks';
import type { Geometry, Polygon, Position } from 'geojson';

export interface GeometryProblem {
  rule: 'coordinate-range' | 'ring-closed' | 'winding' | 'self-intersection';
  field: string;
  message: string;
  /** For self-intersections: where the edges meet, [lng, lat]. */
  points?: Position[];
}

const formatPosition = (position: Position): string => `[${position.join(', ')}]`;

/** Calls `visit` for every position with its path under `field`, e.g. geometry.coordinates[0][3]. */
function eachPosition(
  geometry: Geometry,
  field: string,
  visit: (position: Position, path: string) => void,
): void {
  const walk = (value: unknown, path: string, depth: number): void => {
    if (!Array.isArray(value)) return;
    if (depth === 0) {
      visit(value as Position, path);
      return;
    }
    value.forEach((child, index) => walk(child, `${path}[${index}]`, depth - 1));
  };
  switch (geometry.type) {
    case 'Point':
      return walk(geometry.coordinates, `${field}.coordinates`, 0);
    case 'MultiPoint':
    case 'LineString':
      return walk(geometry.coordinates, `${field}.coordinates`, 1);
    case 'MultiLineString':
    case 'Polygon':
      return walk(geometry.coordinates, `${field}.coordinates`, 2);
    case 'MultiPolygon':
      return walk(geometry.coordinates, `${field}.coordinates`, 3);
    case 'GeometryCollection':
      geometry.geometries.forEach((child, index) =>
        eachPosition(child, `${field}.geometries[${index}]`, visit),
      );
  }
}

/** Polygons of a geometry with the path of their coordinates. */
function polygonsOf(
  geometry: Geometry,
  field: string,
): Array<{ rings: Position[][]; path: string }> {
  switch (geometry.type) {
    case 'Polygon':
      return [{ rings: geometry.coordinates, path: `${field}.coordinates` }];
    case 'MultiPolygon':
      return geometry.coordinates.map((rings, index) => ({
        rings,
        path: `${field}.coordinates[${index}]`,
      }));
    case 'GeometryCollection':
      return geometry.geometries.flatMap((child, index) =>
        polygonsOf(child, `${field}.geometries[${index}]`),
      );
    default:
      return [];
  }
}

/** Longitude must be within -180..180 and latitude within -90..90 (degrees). */
export function checkCoordinateRanges(geometry: Geometry, field = 'geometry'): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  eachPosition(geometry, field, (position, path) => {
    const [lng, lat] = position;
    if (typeof lng !== 'number' || lng < -180 || lng > 180) {
      problems.push({
        rule: 'coordinate-range',
        field: path,
        message: `longitude ${String(lng)} is out of range; expected -180..180 ([lng, lat] order)`,
      });
    }
    if (typeof lat !== 'number' || lat < -90 || lat > 90) {
      problems.push({
        rule: 'coordinate-range',
        field: path,
        message: `latitude ${String(lat)} is out of range; expected -90..90 ([lng, lat] order)`,
      });
    }
  });
  return problems;
}

const samePosition = (a: Position | undefined, b: Position | undefined): boolean =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** Every linear ring has at least 4 positions and ends where it starts. */
export function checkRings(geometry: Geometry, field = 'geometry'): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  for (const { rings, path } of polygonsOf(geometry, field)) {
    rings.forEach((ring, index) => {
      const ringPath = `${path}[${index}]`;
      if (ring.length < 4) {
        problems.push({
          rule: 'ring-closed',
          field: ringPath,
          message: `ring has ${ring.length} positions; expected at least 4`,
        });
      }
      if (ring.length > 0 && !samePosition(ring[0], ring[ring.length - 1])) {
        problems.push({
          rule: 'ring-closed',
          field: ringPath,
          message: `ring is not closed: first position ${formatPosition(ring[0]!)} differs from last ${formatPosition(ring[ring.length - 1]!)}; expected them equal`,
        });
      }
    });
  }
  return problems;
}

const isUsableRing = (ring: Position[]): boolean =>
  ring.length >= 4 && samePosition(ring[0], ring[ring.length - 1]);

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
export function checkWinding(geometry: Geometry, field = 'geometry'): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  for (const { rings, path } of polygonsOf(geometry, field)) {
    rings.forEach((ring, index) => {
      if (!isUsableRing(ring)) return;
      const clockwise = booleanClockwise(ring);
      const exterior = index === 0;
      if (exterior === clockwise) {
        problems.push({
          rule: 'winding',
          field: `${path}[${index}]`,
          message: exterior
            ? 'exterior ring is clockwise; expected counter-clockwise (RFC 7946)'
            : 'hole is counter-clockwise; expected clockwise (RFC 7946)',
        });
      }
    });
  }
  return problems;
}

/**
 * Polygons must be simple: no ring crosses or touches itself or another ring
 * of the same polygon (turf kinks). Lines may cross themselves and separate
 * parts of a MultiPolygon may touch, as in OGC Simple Features.
 */
export function checkSelfIntersections(geometry: Geometry, field = 'geometry'): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  for (const { rings, path } of polygonsOf(geometry, field)) {
    if (!rings.every(isUsableRing)) continue;
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    const points = kinks(polygon).features.map((point) => point.geometry.coordinates);
    if (points.length === 0) continue;
    problems.push({
      rule: 'self-intersection',
      field: path,
      message: `${points.length} self-intersection${points.length === 1 ? '' : 's'}, first at ${formatPosition(points[0]!)}; expected a simple polygon`,
      points,
    });
  }
  return problems;
}

/** All geometry checks, in order. */
export function checkGeometry(geometry: Geometry, field = 'geometry'): GeometryProblem[] {
  return [
    ...checkCoordinateRanges(geometry, field),
    ...checkRings(geometry, field),
    ...checkWinding(geometry, field),
    ...checkSelfIntersections(geometry, field),
  ];
}
