/**
 * Pure geometry clean-up used by the boundary build: datum shift, duplicate
 * vertices, winding and precision. No file or network access here.
 */
import gcoord from 'gcoord';
import { area, bbox, bboxPolygon, featureCollection, intersect, rewind } from '@turf/turf';
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
    return {
      type: 'Polygon',
      coordinates: geometry.coordinates.filter((ring) => ring.length >= 4),
    };
  }
  const polygons = geometry.coordinates
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Twice the signed planar area of a ring in degrees² (positive = counter-clockwise). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[index + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

/**
 * Splits a closed ring that passes through the same vertex twice ("pinched")
 * into simple closed loops.
 */
export function splitPinchedRing(ring: Position[]): Position[][] {
  const open = ring.slice(0, -1);
  const loops: Position[][] = [];
  const stack: Position[] = [];
  const seenAt = new Map<string, number>();
  for (const position of open) {
    const key = `${position[0]},${position[1]}`;
    const previous = seenAt.get(key);
    if (previous !== undefined) {
      const loop = stack.splice(previous);
      for (const removed of loop) seenAt.delete(`${removed[0]},${removed[1]}`);
      if (loop.length >= 3) loops.push([...loop, loop[0]!]);
    }
    seenAt.set(key, stack.length);
    stack.push(position);
  }
  if (stack.length >= 3) loops.push([...stack, stack[0]!]);
  return loops;
}

/**
 * Rebuilds polygons from rings that may be pinched: loops wound like their
 * shell become separate parts, loops wound the other way become holes, and
 * parts or holes under `minimumM2` are dropped as noise.
 */
function unpinchPolygons(polygons: Position[][][], minimumM2: number): Position[][][] {
  const result: Position[][][] = [];
  for (const polygon of polygons) {
    const [shell, ...holes] = polygon;
    if (!shell) continue;
    const shellSign = Math.sign(signedArea(shell));
    const shells: Position[][] = [];
    const newHoles: Position[][] = [];
    for (const loop of splitPinchedRing(shell)) {
      (Math.sign(signedArea(loop)) === shellSign ? shells : newHoles).push(loop);
    }
    for (const hole of holes) newHoles.push(...splitPinchedRing(hole));
    const big = (ring: Position[]) => area({ type: 'Polygon', coordinates: [ring] }) >= minimumM2;
    const keptShells = shells
      .filter(big)
      .sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
    if (keptShells.length === 0) continue;
    // Holes belong to the largest shell (the source has no holes inside small parts).
    result.push([keptShells[0]!, ...newHoles.filter(big)]);
    for (const part of keptShells.slice(1)) result.push([part]);
  }
  return result;
}

/** Parts smaller than this (m²) are quantisation loops of the source, not land: dropped. */
export const MIN_PART_M2 = 200_000;

/**
 * Resolves self-intersections (spikes and loops left by the source's
 * 1/1024° quantisation) by clipping the shape with its own bounding box,
 * which rebuilds valid rings, then drops parts under MIN_PART_M2.
 */
export function repairSelfIntersections(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const feature = { type: 'Feature' as const, properties: {}, geometry };
  const repaired = intersect(featureCollection([feature, bboxPolygon(bbox(feature))]));
  if (!repaired) return geometry;
  const polygons =
    repaired.geometry.type === 'Polygon'
      ? [repaired.geometry.coordinates]
      : repaired.geometry.coordinates;
  const kept = unpinchPolygons(polygons, MIN_PART_M2);
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0]! }
    : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * GCJ-02 (AMap) → WGS-84 on a deep clone (gcoord mutates its input), then
 * rounding to 5 decimals, duplicate-vertex removal, repair of
 * self-intersections and RFC 7946 winding
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
  const repaired = mapRings(repairSelfIntersections(dropDegenerateRings(rounded)), (ring) =>
    dropConsecutiveDuplicates(
      ring.map((position) => [roundCoordinate(position[0]!), roundCoordinate(position[1]!)]),
    ),
  );
  const wound = rewind(dropDegenerateRings(repaired), { reverse: false }) as Polygon | MultiPolygon;
  return { ...shifted, geometry: wound };
}
