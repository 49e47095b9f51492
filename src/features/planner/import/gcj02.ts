/**
 * GCJ-02 (the offset "Mars" coordinates of 高德/AMap and most Chinese web
 * maps) versus WGS-84. Converting uses gcoord on a clone (gcoord mutates its
 * input). Detection compares an imported file with the county boundaries it
 * most likely traces: GCJ-02 data sits a consistent few hundred metres off
 * them, and converting it to WGS-84 brings it back onto them.
 */
import gcoord from 'gcoord';
import type { FeatureCollection, Position } from 'geojson';

/** A WGS-84 copy of a GCJ-02 collection; the input is left untouched. */
export function gcj02ToWgs84<T extends FeatureCollection>(featureCollection: T): T {
  const copy = structuredClone(featureCollection);
  // gcoord's own GeoJSON types differ from @types/geojson; the value is the same shape.
  gcoord.transform(
    copy as unknown as Parameters<typeof gcoord.transform>[0],
    gcoord.GCJ02,
    gcoord.WGS84,
  );
  return copy;
}

/** A WGS-84 copy of a GCJ-02 (AMap) or BD-09 (Baidu) collection; the input is left untouched. */
export function chineseDatumToWgs84<T extends FeatureCollection>(
  featureCollection: T,
  datum: 'gcj02' | 'bd09',
): T {
  const copy = structuredClone(featureCollection);
  gcoord.transform(
    copy as unknown as Parameters<typeof gcoord.transform>[0],
    datum === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09,
    gcoord.WGS84,
  );
  return copy;
}

/** Converts one [lng, lat] position from GCJ-02 to WGS-84. */
export function gcj02PositionToWgs84(position: Position): [number, number] {
  const [lng, lat] = gcoord.transform([position[0]!, position[1]!], gcoord.GCJ02, gcoord.WGS84);
  return [lng, lat];
}

const METRES_PER_DEGREE_LAT = 110_574;
/** Grid cell size in degrees for the segment index (about 1.1 km). */
const CELL = 0.01;

/**
 * Nearest distance (metres) from positions to a set of lines, with a grid
 * index so hundreds of samples against tens of thousands of boundary
 * segments stay fast. Planar (equirectangular) maths: fine at < 5 km.
 */
export class SegmentIndex {
  private readonly cells = new Map<string, Array<[Position, Position]>>();

  constructor(lines: Position[][]) {
    for (const line of lines) {
      for (let index = 1; index < line.length; index += 1) {
        const start = line[index - 1]!;
        const end = line[index]!;
        const west = Math.floor(Math.min(start[0]!, end[0]!) / CELL);
        const east = Math.floor(Math.max(start[0]!, end[0]!) / CELL);
        const south = Math.floor(Math.min(start[1]!, end[1]!) / CELL);
        const north = Math.floor(Math.max(start[1]!, end[1]!) / CELL);
        for (let x = west; x <= east; x += 1)
          for (let y = south; y <= north; y += 1) {
            const key = `${x}:${y}`;
            const list = this.cells.get(key);
            if (list) list.push([start, end]);
            else this.cells.set(key, [[start, end]]);
          }
      }
    }
  }

  /** Metres to the nearest segment within about 2 km, or Infinity. */
  nearestMetres(position: Position): number {
    const [lng, lat] = position as [number, number];
    const metresPerDegreeLng = 111_320 * Math.cos((lat * Math.PI) / 180);
    const cellX = Math.floor(lng / CELL);
    const cellY = Math.floor(lat / CELL);
    let best = Infinity;
    for (let x = cellX - 2; x <= cellX + 2; x += 1)
      for (let y = cellY - 2; y <= cellY + 2; y += 1) {
        for (const [start, end] of this.cells.get(`${x}:${y}`) ?? []) {
          const ax = (start[0]! - lng) * metresPerDegreeLng;
          const ay = (start[1]! - lat) * METRES_PER_DEGREE_LAT;
          const bx = (end[0]! - lng) * metresPerDegreeLng;
          const by = (end[1]! - lat) * METRES_PER_DEGREE_LAT;
          const dx = bx - ax;
          const dy = by - ay;
          const lengthSquared = dx * dx + dy * dy;
          const t =
            lengthSquared === 0
              ? 0
              : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
          best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
      }
    return best;
  }
}

/** Up to `limit` positions spread evenly over the collection. */
export function samplePositions(featureCollection: FeatureCollection, limit = 300): Position[] {
  const all: Position[] = [];
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') all.push(value as Position);
    else for (const child of value) walk(child);
  };
  for (const feature of featureCollection.features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    if (geometry.type === 'GeometryCollection')
      for (const child of geometry.geometries)
        walk('coordinates' in child ? child.coordinates : []);
    else walk(geometry.coordinates);
  }
  if (all.length <= limit) return all;
  const step = all.length / limit;
  return Array.from({ length: limit }, (_, index) => all[Math.floor(index * step)]!);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Infinity;
};

export interface Gcj02Evidence {
  suggest: boolean;
  /** Median distance (m) of the sampled positions to the nearest boundary, as imported. */
  medianAsImportedMetres: number;
  /** The same after converting GCJ-02 → WGS-84. */
  medianConvertedMetres: number;
  /** Positions compared (those within about 2 km of a boundary). */
  sampleCount: number;
}

/**
 * Suggests GCJ-02 when the file's positions sit consistently 150–1500 m off
 * the reference boundaries and converting them brings them at least twice as
 * close. Points far from any boundary (e.g. a list of firms) give no verdict.
 */
export function detectGcj02(
  featureCollection: FeatureCollection,
  index: SegmentIndex,
): Gcj02Evidence {
  const pairs = samplePositions(featureCollection)
    .map((position) => ({
      asImported: index.nearestMetres(position),
      converted: index.nearestMetres(gcj02PositionToWgs84(position)),
    }))
    .filter((pair) => Number.isFinite(pair.asImported) && Number.isFinite(pair.converted));
  const medianAsImportedMetres = median(pairs.map((pair) => pair.asImported));
  const medianConvertedMetres = median(pairs.map((pair) => pair.converted));
  const closerShare =
    pairs.filter((pair) => pair.converted < pair.asImported).length / Math.max(1, pairs.length);
  const suggest =
    pairs.length >= 5 &&
    medianAsImportedMetres >= 150 &&
    medianAsImportedMetres <= 1500 &&
    medianConvertedMetres * 2 <= medianAsImportedMetres &&
    closerShare >= 0.7;
  return { suggest, medianAsImportedMetres, medianConvertedMetres, sampleCount: pairs.length };
}

/** Boundary lines ([lng, lat] rings) of polygon features, for a SegmentIndex. */
export function boundaryLines(featureCollection: FeatureCollection): Position[][] {
  const lines: Position[][] = [];
  for (const feature of featureCollection.features) {
    const geometry = feature.geometry;
    if (geometry?.type === 'Polygon') lines.push(...geometry.coordinates);
    if (geometry?.type === 'MultiPolygon') lines.push(...geometry.coordinates.flat());
  }
  return lines;
}
