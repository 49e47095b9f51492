/**
 * Finds where a polygon's rings cross themselves or each other, in about
 * n log n time: every segment goes into a static R-tree (flatbush) and is
 * compared only with the segments whose boxes overlap its own. Coordinates
 * are [lng, lat] degrees, compared in the plane (as GeoJSON draws them).
 *
 * Counted as crossings: two non-adjacent segments that cross at an interior
 * point, or that overlap along a stretch. Rings touching at a single vertex
 * (allowed for holes by OGC Simple Features) are not reported.
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

export type CrossingResult =
  { ok: true; crossing: Position | null } | { ok: false; reason: 'too-complex' };

const orientation = (a: Position, b: Position, c: Position): number => {
  const value = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
};

const onSegment = (a: Position, b: Position, point: Position): boolean =>
  Math.min(a[0]!, b[0]!) <= point[0]! &&
  point[0]! <= Math.max(a[0]!, b[0]!) &&
  Math.min(a[1]!, b[1]!) <= point[1]! &&
  point[1]! <= Math.max(a[1]!, b[1]!);

const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** Where segments a–b and c–d cross or overlap (not merely touch at an end), else null. */
export function segmentCrossing(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): Position | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
    const denominator = (a[0]! - b[0]!) * (c[1]! - d[1]!) - (a[1]! - b[1]!) * (c[0]! - d[0]!);
    const t = ((a[0]! - c[0]!) * (c[1]! - d[1]!) - (a[1]! - c[1]!) * (c[0]! - d[0]!)) / denominator;
    return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
  }
  if (o1 === 0 && o2 === 0) {
    // Collinear: an overlap longer than a shared end point is a crossing.
    const inside = [c, d].filter(
      (point) => onSegment(a, b, point) && !same(point, a) && !same(point, b),
    );
    const containing = [a, b].filter(
      (point) => onSegment(c, d, point) && !same(point, c) && !same(point, d),
    );
    const overlap = [...inside, ...containing];
    if (overlap.length > 0) return overlap[0]!;
    if ((same(a, c) && same(b, d)) || (same(a, d) && same(b, c))) return a;
    return null;
  }
  // A vertex lying on the interior of the other segment (a T-junction) is a crossing.
  if (o1 === 0 && onSegment(a, b, c) && !same(c, a) && !same(c, b)) return c;
  if (o2 === 0 && onSegment(a, b, d) && !same(d, a) && !same(d, b)) return d;
  if (o3 === 0 && onSegment(c, d, a) && !same(a, c) && !same(a, d)) return a;
  if (o4 === 0 && onSegment(c, d, b) && !same(b, c) && !same(b, d)) return b;
  return null;
}

/**
 * The first crossing among the rings of one polygon (closed rings of [lng, lat]),
 * or too-complex when more than `budget.comparisons` segment pairs would be compared.
 */
export function findRingCrossing(
  rings: Position[][],
  budget: { comparisons: number },
): CrossingResult {
  const starts: Position[] = [];
  const ends: Position[] = [];
  const ringOf: number[] = [];
  const indexInRing: number[] = [];
  const ringSegmentCount: number[] = [];
  rings.forEach((ring, ringIndex) => {
    let count = 0;
    for (let index = 1; index < ring.length; index += 1) {
      if (same(ring[index - 1]!, ring[index]!)) continue; // repeated vertex: no segment
      starts.push(ring[index - 1]!);
      ends.push(ring[index]!);
      ringOf.push(ringIndex);
      indexInRing.push(count);
      count += 1;
    }
    ringSegmentCount.push(count);
  });
  if (starts.length < 2) return { ok: true, crossing: null };
  const tree = new Flatbush(starts.length);
  for (let index = 0; index < starts.length; index += 1) {
    const start = starts[index]!;
    const end = ends[index]!;
    tree.add(
      Math.min(start[0]!, end[0]!),
      Math.min(start[1]!, end[1]!),
      Math.max(start[0]!, end[0]!),
      Math.max(start[1]!, end[1]!),
    );
  }
  tree.finish();
  const adjacent = (first: number, second: number): boolean => {
    if (ringOf[first] !== ringOf[second]) return false;
    const count = ringSegmentCount[ringOf[first]!]!;
    const distance = Math.abs(indexInRing[first]! - indexInRing[second]!);
    return distance === 1 || distance === count - 1;
  };
  let crossing: Position | null = null;
  let exhausted = false;
  for (let index = 0; index < starts.length && !crossing && !exhausted; index += 1) {
    const start = starts[index]!;
    const end = ends[index]!;
    tree.search(
      Math.min(start[0]!, end[0]!),
      Math.min(start[1]!, end[1]!),
      Math.max(start[0]!, end[0]!),
      Math.max(start[1]!, end[1]!),
      (other) => {
        if (crossing || exhausted || other <= index || adjacent(index, other)) return false;
        budget.comparisons -= 1;
        if (budget.comparisons < 0) {
          exhausted = true;
          return false;
        }
        crossing = segmentCrossing(start, end, starts[other]!, ends[other]!);
        return false;
      },
    );
  }
  if (exhausted) return { ok: false, reason: 'too-complex' };
  return { ok: true, crossing };
}
