/**
 * Topology-preserving simplification of polygons that share borders (the
 * counties): the shapes become one TopoJSON topology, whose shared borders are
 * single arcs, so simplifying an arc changes both neighbours alike and no gap
 * or overlap opens between them. Pure; no file access.
 */
import { area, rewind } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { dropConsecutiveDuplicates } from './boundary-clean.ts';

type AreaFeature = Feature<Polygon | MultiPolygon>;

/**
 * Visvalingam weight below which a vertex is dropped, in degrees² of planar
 * triangle area (1e-6 deg² ≈ 0.011 km² at Lishui's latitude). The source's
 * vertices sit on a 1/1024° grid (≈ 100 m), so a single stair step makes a
 * triangle of about ½ × (1/1024)² ≈ 4.8e-7 deg²; 4e-6 (≈ 0.04 km², a bend of
 * about 200 m × 200 m) removes the steps and keeps the bends of the border.
 */
export const COUNTY_SIMPLIFY_WEIGHT = 4e-6;

/** Area change allowed per shape (percent); the build fails above it. */
export const MAX_AREA_CHANGE_PERCENT = 0.5;

function ringsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Simplifies shapes that tile a region so their shared borders stay identical.
 * Coordinates are [lng, lat] degrees and are not quantised (vertices that stay
 * are the input's own). Returns the features in the input order, properties kept.
 */
export function simplifySharedBorders<T extends AreaFeature>(
  features: T[],
  minWeight: number,
): T[] {
  const collection = { type: 'FeatureCollection' as const, features: nodeSharedBorders(features) };
  // The topojson typings want property-less objects; properties are taken from the inputs below.
  const topo = simplify(
    presimplify(topology({ shapes: collection }) as unknown as Topology<Objects<object>>),
    minWeight,
  );
  const object = topo.objects.shapes as GeometryCollection;
  return object.geometries.map((geometry, index) => {
    const rebuilt = topologyFeature(topo, geometry) as AreaFeature;
    // topojson-simplify keeps each vertex's weight as a third value: drop it.
    const polygons = ringsOf(rebuilt.geometry as Polygon | MultiPolygon)
      .map((polygon) =>
        polygon
          .map((ring) => dropConsecutiveDuplicates(ring.map((point) => [point[0]!, point[1]!])))
          .filter((ring) => ring.length >= 4),
      )
      .filter((polygon) => polygon.length > 0);
    const shaped: Polygon | MultiPolygon =
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0]! }
        : { type: 'MultiPolygon', coordinates: polygons };
    return {
      ...features[index]!,
      geometry: rewind(shaped, { reverse: false }) as Polygon | MultiPolygon,
    };
  });
}

/**
 * Where a vertex of one shape lies on a segment of a neighbour that lacks it
 * (the source leaves a few tri-junctions so), inserts it into the neighbour's
 * ring, so both carry the same border vertices and the topology sees one arc.
 */
export function nodeSharedBorders<T extends AreaFeature>(features: T[], tolerance = 1e-7): T[] {
  return features.map((target, targetIndex) => {
    const others = features.filter((_, index) => index !== targetIndex);
    const polygons = ringsOf(target.geometry).map((polygon) =>
      polygon.map((ring) => {
        const ringSegments = ring
          .slice(1)
          .map((point, index): [Position, Position] => [ring[index]!, point]);
        const index = segmentIndex(ringSegments, tolerance);
        const own = new Set(ring.map((point) => `${point[0]},${point[1]}`));
        const inserts = new Map<[Position, Position], Position[]>();
        for (const other of others) {
          for (const point of ringsOf(other.geometry).flat(2)) {
            if (own.has(`${point[0]},${point[1]}`)) continue;
            const segment = (index.get(cellKey(point[0]!, point[1]!)) ?? []).find(
              (candidate) => distanceToSegment(point, candidate) <= tolerance,
            );
            if (!segment) continue;
            own.add(`${point[0]},${point[1]}`);
            inserts.set(segment, [...(inserts.get(segment) ?? []), point]);
          }
        }
        if (inserts.size === 0) return ring;
        const noded: Position[] = [ring[0]!];
        for (const segment of ringSegments) {
          const [start] = segment;
          const along = (point: Position) =>
            Math.hypot(point[0]! - start[0]!, point[1]! - start[1]!);
          noded.push(...(inserts.get(segment) ?? []).sort((a, b) => along(a) - along(b)));
          noded.push(segment[1]);
        }
        return noded;
      }),
    );
    const geometry: Polygon | MultiPolygon =
      target.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: polygons[0]! }
        : { type: 'MultiPolygon', coordinates: polygons };
    return { ...target, geometry };
  });
}

/** Area change of each shape, in percent of its original area (same order as the inputs). */
export function areaChangePercent(before: AreaFeature[], after: AreaFeature[]): number[] {
  return before.map((feature, index) => {
    const original = area(feature);
    return (Math.abs(area(after[index]!) - original) / original) * 100;
  });
}

/**
 * Border vertices one shape has and its neighbour lacks: every vertex of `a`
 * that lies on `b`'s boundary (within `toleranceDegrees` of one of b's
 * segments) must be one of b's vertices, and the other way round. Returns the
 * offending [lng, lat] positions; empty when the shared border is identical.
 */
export function unsharedBorderVertices(
  a: AreaFeature,
  b: AreaFeature,
  toleranceDegrees = 1e-7,
): Position[] {
  return [
    ...onBoundaryNotVertex(a, b, toleranceDegrees),
    ...onBoundaryNotVertex(b, a, toleranceDegrees),
  ];
}

function segmentsOf(feature: AreaFeature): Array<[Position, Position]> {
  return ringsOf(feature.geometry).flatMap((polygon) =>
    polygon.flatMap((ring) =>
      ring.slice(1).map((point, index): [Position, Position] => [ring[index]!, point]),
    ),
  );
}

function distanceToSegment(point: Position, [start, end]: [Position, Position]): number {
  const [px, py] = point as [number, number];
  const [ax, ay] = start as [number, number];
  const [bx, by] = end as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Grid cell size (degrees) of the segment index below. */
const CELL_DEGREES = 0.01;
const cellKey = (x: number, y: number) =>
  `${Math.floor(x / CELL_DEGREES)},${Math.floor(y / CELL_DEGREES)}`;

/** Segments bucketed by the grid cells their bounding box (plus tolerance) covers. */
function segmentIndex(
  segments: Array<[Position, Position]>,
  tolerance: number,
): Map<string, Array<[Position, Position]>> {
  const index = new Map<string, Array<[Position, Position]>>();
  for (const segment of segments) {
    const [[ax, ay], [bx, by]] = segment as [[number, number], [number, number]];
    const [minX, maxX] = [Math.min(ax, bx) - tolerance, Math.max(ax, bx) + tolerance];
    const [minY, maxY] = [Math.min(ay, by) - tolerance, Math.max(ay, by) + tolerance];
    for (let x = Math.floor(minX / CELL_DEGREES); x <= Math.floor(maxX / CELL_DEGREES); x += 1) {
      for (let y = Math.floor(minY / CELL_DEGREES); y <= Math.floor(maxY / CELL_DEGREES); y += 1) {
        const cell = `${x},${y}`;
        const list = index.get(cell) ?? [];
        list.push(segment);
        index.set(cell, list);
      }
    }
  }
  return index;
}

function onBoundaryNotVertex(a: AreaFeature, b: AreaFeature, tolerance: number): Position[] {
  const vertices = new Set(
    ringsOf(b.geometry).flatMap((polygon) =>
      polygon.flatMap((ring) => ring.map((point) => `${point[0]},${point[1]}`)),
    ),
  );
  const index = segmentIndex(segmentsOf(b), tolerance);
  const offending: Position[] = [];
  for (const polygon of ringsOf(a.geometry)) {
    for (const point of polygon.flatMap((ring) => ring)) {
      if (vertices.has(`${point[0]},${point[1]}`)) continue;
      const nearby = index.get(cellKey(point[0]!, point[1]!)) ?? [];
      if (nearby.some((segment) => distanceToSegment(point, segment) <= tolerance)) {
        offending.push(point);
      }
    }
  }
  return offending;
}
