/**
 * Pure conversion of `gmt coast -M` river output (GSHHG's WDBII rivers) into
 * GeoJSON lines: parsing, 5-decimal rounding, joining the pieces GMT cuts at
 * its 1° bin edges, clipping to a box and naming the main river where its
 * geometry identifies it. No file, process or network access here.
 */
import { bboxClip, pointToLineDistance } from '@turf/turf';
import type { BBox, Feature, LineString, MultiLineString, Position } from 'geojson';
import { dropConsecutiveDuplicates, roundCoordinate } from './boundary-clean.ts';

/** One multi-segment record of `gmt coast -M`: its WDBII level and its [lng, lat] vertices. */
export interface GmtSegment {
  level: number;
  points: Position[];
}

/**
 * Parses `gmt coast -I… -M` text: segments start with a header line such as
 * `> River Bin # 22079, Level 3`, followed by `lng<TAB>lat` lines (degrees).
 * Throws on a line it does not understand, naming its number.
 */
export function parseGmtSegments(text: string): GmtSegment[] {
  const segments: GmtSegment[] = [];
  let current: GmtSegment | null = null;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('>')) {
      const level = /Level\s+(\d+)/.exec(line);
      if (!level) throw new Error(`gmt output line ${index + 1}: header without a level: ${line}`);
      current = { level: Number(level[1]), points: [] };
      segments.push(current);
      return;
    }
    const values = line.split(/\s+/).map(Number);
    if (!current || values.length < 2 || !values.every(Number.isFinite)) {
      throw new Error(`gmt output line ${index + 1}: expected "lng lat", found: ${line}`);
    }
    (current as GmtSegment).points.push([values[0]!, values[1]!]);
  });
  return segments;
}

const key = (position: Position) => `${position[0]},${position[1]}`;

/** Rounds to 5 decimals and drops repeated vertices; segments left with one vertex are dropped. */
function roundSegments(segments: GmtSegment[]): GmtSegment[] {
  return segments
    .map((segment) => {
      const rounded = segment.points.map((point) => [
        roundCoordinate(point[0]!),
        roundCoordinate(point[1]!),
      ]);
      const points = rounded.filter(
        (point, index) =>
          index === 0 || point[0] !== rounded[index - 1]![0] || point[1] !== rounded[index - 1]![1],
      );
      return { level: segment.level, points };
    })
    .filter((segment) => segment.points.length >= 2);
}

/**
 * Joins segments of the same level that meet end to end where no third
 * segment meets them (GMT cuts every river at its 1° bin edges). Confluences,
 * where three or more ends meet, stay separate. Order of the input decides the
 * order of the output, so the result is deterministic.
 */
export function joinSegments(segments: GmtSegment[]): GmtSegment[] {
  const lines = segments.map((segment) => ({ ...segment, points: [...segment.points] }));
  let merged = true;
  while (merged) {
    merged = false;
    const ends = new Map<string, number[]>();
    lines.forEach((line, index) => {
      for (const end of [line.points[0]!, line.points[line.points.length - 1]!]) {
        const list = ends.get(key(end)) ?? [];
        list.push(index);
        ends.set(key(end), list);
      }
    });
    for (const [node, members] of ends) {
      if (members.length !== 2 || members[0] === members[1]) continue;
      const [first, second] = [lines[members[0]!]!, lines[members[1]!]!];
      if (first.level !== second.level) continue;
      // Orient both so that `first` ends at the node and `second` starts there.
      if (key(first.points[0]!) === node) first.points.reverse();
      if (key(second.points[0]!) !== node) second.points.reverse();
      first.points.push(...second.points.slice(1));
      lines.splice(members[1]!, 1);
      merged = true;
      break;
    }
  }
  return lines;
}

export interface RiverProperties {
  id: string;
  /** WDBII river level: 1 permanent major, 2 additional major, 3 additional, 4 minor rivers, … */
  level: number;
  name?: string;
  nameEn?: string;
  /** The source carries no names: a name given from the geometry is marked inferred. */
  nameInferred?: true;
}
export type RiverFeature = Feature<LineString | MultiLineString, RiverProperties>;

/** Clips a line to a box ([west, south, east, north], degrees); null when nothing is left. */
function clipToBox(points: Position[], box: BBox): LineString | MultiLineString | null {
  const clipped = bboxClip({ type: 'LineString', coordinates: points }, box).geometry as
    LineString | MultiLineString;
  const lines: Position[][] =
    clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  const parts = lines
    .map((part) => part.map((point) => [roundCoordinate(point[0]!), roundCoordinate(point[1]!)]))
    .map((part) => dropConsecutiveDuplicatesOpen(part))
    .filter((part) => part.length >= 2);
  if (parts.length === 0) return null;
  return parts.length === 1
    ? { type: 'LineString', coordinates: parts[0]! }
    : { type: 'MultiLineString', coordinates: parts };
}

/** dropConsecutiveDuplicates for an open line (that one closes rings). */
function dropConsecutiveDuplicatesOpen(points: Position[]): Position[] {
  const closed = dropConsecutiveDuplicates(points);
  const first = points[0];
  const last = points[points.length - 1];
  const wasClosed = first && last && first[0] === last[0] && first[1] === last[1];
  return wasClosed ? closed : closed.slice(0, -1);
}

/**
 * River lines inside `box` from gmt text: rounded, joined across bin edges,
 * clipped, ordered by level then by their first vertex, with ids `river-<n>`.
 */
export function riversFromGmt(text: string, box: BBox): RiverFeature[] {
  const joined = joinSegments(roundSegments(parseGmtSegments(text)));
  const clipped = joined.flatMap((segment) => {
    const geometry = clipToBox(segment.points, box);
    return geometry ? [{ level: segment.level, geometry }] : [];
  });
  const firstVertex = (geometry: LineString | MultiLineString): Position =>
    geometry.type === 'LineString' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
  clipped.sort((a, b) => {
    const [pa, pb] = [firstVertex(a.geometry), firstVertex(b.geometry)];
    return a.level - b.level || pa[0]! - pb[0]! || pa[1]! - pb[1]!;
  });
  return clipped.map(({ level, geometry }, index) => ({
    type: 'Feature',
    properties: { id: `river-${index + 1}`, level },
    geometry,
  }));
}

export interface RiverName {
  name: string;
  nameEn: string;
  /** The line must pass within `withinKm` of every one of these [lng, lat] positions. */
  passes: Position[];
  withinKm: number;
}

/**
 * Names the rivers that pass near every given position (e.g. the seats of the
 * towns the river runs through): the name is inferred from the geometry, so
 * it is marked `nameInferred`. Returns the ids named.
 */
export function nameRiversByGeometry(rivers: RiverFeature[], river: RiverName): string[] {
  const named: string[] = [];
  for (const feature of rivers) {
    const lines =
      feature.geometry.type === 'LineString'
        ? [feature.geometry.coordinates]
        : feature.geometry.coordinates;
    const passes = river.passes.every((position) =>
      lines.some(
        (line) =>
          pointToLineDistance(
            position,
            { type: 'LineString', coordinates: line },
            {
              units: 'kilometers',
            },
          ) <= river.withinKm,
      ),
    );
    if (!passes) continue;
    feature.properties = {
      ...feature.properties,
      name: river.name,
      nameEn: river.nameEn,
      nameInferred: true,
    };
    named.push(feature.properties.id);
  }
  return named;
}
