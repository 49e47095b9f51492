/**
 * Reads a zipped ESRI Shapefile (.shp with its .dbf, and .prj/.cpg when
 * present) into a WGS-84 FeatureCollection for the import gate. Unzipping
 * is fflate's, record parsing shpjs's (raw coordinates, no reprojection),
 * reprojection proj4's, from the .prj as prj.ts recognises it. A .prj it
 * cannot interpret, or a missing one with coordinates that are not degrees,
 * is refused with what it found. Runs in the import worker.
 */
import { unzipSync } from 'fflate';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import {
  MAX_FEATURES,
  MAX_VERTICES,
  type ImportProblem,
  type ImportWarning,
} from '@/data/planner/import-problem';
import { interpretPrj } from './prj';

/** Unpacked archives larger than this are refused (bytes). */
export const MAX_UNZIPPED_BYTES = 250 * 1024 * 1024;
/**
 * A .shp larger than this cannot hold MAX_FEATURES features and MAX_VERTICES
 * vertices (a record costs at most about 100 bytes plus 40 per vertex, with Z
 * and M), so it is refused before it is parsed.
 */
const MAX_SHP_BYTES = 100 + 100 * MAX_FEATURES + 40 * MAX_VERTICES;
const SHAPEFILE_PARTS = ['.shp', '.shx', '.dbf', '.prj', '.cpg'];

export type ShapefileResult =
  | { ok: true; featureCollection: FeatureCollection<Geometry | null>; warnings: ImportWarning[] }
  | { ok: false; problems: ImportProblem[] };

const decodeUtf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** The WHATWG label for a .cpg code page ("GBK", "936", "CP936", "UTF-8" …), or null. */
export function encodingFromCpg(cpg: string): string | null {
  const word = cpg
    .trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '');
  if (/^(utf-?8|65001)$/.test(word)) return 'utf-8';
  if (/^(gbk|cp936|936|gb2312|x-gbk|windows-936|ms936)$/.test(word)) return 'gbk';
  if (/^(gb18030|54936)$/.test(word)) return 'gb18030';
  if (/^(big5|950|cp950)$/.test(word)) return 'big5';
  try {
    return new TextDecoder(word).encoding;
  } catch {
    return null;
  }
}

/** dBASE language driver ids (header byte 29) for Chinese code pages. */
const LANGUAGE_DRIVERS: Record<number, string> = { 0x4d: 'gbk', 0x7a: 'gbk', 0x4f: 'big5' };

/** The text encoding of a .dbf: its .cpg, else its language driver, else UTF-8 if valid, else GB18030. */
export function dbfEncoding(dbf: Uint8Array, cpg: string | undefined): string {
  const fromCpg = cpg ? encodingFromCpg(cpg) : null;
  if (fromCpg) return fromCpg;
  const driver = LANGUAGE_DRIVERS[dbf[29] ?? 0];
  if (driver) return driver;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(32));
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * Why a .dbf header cannot be trusted, or null. The reader loops over the
 * record count the header states, so a damaged count must be caught first.
 */
export function dbfHeaderDamage(dbf: Uint8Array): string | null {
  if (dbf.byteLength < 33) return `${dbf.byteLength} bytes, shorter than a dBASE header`;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || recordLength < 1 || headerLength > dbf.byteLength)
    return `header length ${headerLength}, record length ${recordLength}`;
  if (records > MAX_FEATURES) return `${records} records (limit ${MAX_FEATURES})`;
  // The end-of-file marker is optional.
  if (headerLength + records * recordLength > dbf.byteLength)
    return `${records} records of ${recordLength} bytes do not fit in ${dbf.byteLength} bytes`;
  return null;
}

function mapPositions(geometry: Geometry, map: (position: Position) => Position): Geometry {
  const walk = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? map(value as Position)
      : Array.isArray(value)
        ? value.map(walk)
        : value;
  if (geometry.type === 'GeometryCollection')
    return {
      ...geometry,
      geometries: geometry.geometries.map((child) => mapPositions(child, map)),
    };
  return { ...geometry, coordinates: walk(geometry.coordinates) } as Geometry;
}

function firstPosition(geometries: Array<Geometry | null>): Position | undefined {
  for (const geometry of geometries) {
    if (!geometry || geometry.type === 'GeometryCollection') continue;
    let value: unknown = geometry.coordinates;
    while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
    if (Array.isArray(value) && typeof value[0] === 'number') return value as Position;
  }
  return undefined;
}

const isDegrees = (geometries: Array<Geometry | null>): boolean => {
  let degrees = true;
  for (const geometry of geometries) {
    if (!geometry) continue;
    mapPositions(geometry, (position) => {
      if (Math.abs(position[0]!) > 180 || Math.abs(position[1]!) > 90) degrees = false;
      return position;
    });
    if (!degrees) return false;
  }
  return true;
};

const formatPosition = (position: Position | undefined): string =>
  position ? `[${position.map((value) => Math.round(value * 1000) / 1000).join(', ')}]` : '';

/** One layer (a .shp and its companions) to WGS-84 features. */
function readLayer(
  files: Map<string, Uint8Array>,
  base: string,
): { features: Array<Feature<Geometry | null>>; warnings: ImportWarning[] } | ImportProblem {
  const shp = files.get(`${base}.shp`)!;
  if (shp.byteLength > MAX_SHP_BYTES)
    return { code: 'too-many-vertices', found: `> ${MAX_VERTICES}`, detail: String(MAX_VERTICES) };
  const dbf = files.get(`${base}.dbf`);
  const prj = files.get(`${base}.prj`);
  const cpg = files.get(`${base}.cpg`);
  let geometries: Array<Geometry | null>;
  let attributes: Array<Record<string, unknown>> = [];
  const warnings: ImportWarning[] = [];
  try {
    geometries = parseShp(shp);
  } catch (error) {
    return {
      code: 'shapefile-unreadable',
      field: `${base}.shp`,
      detail: error instanceof Error ? error.message.slice(0, 120) : '',
    };
  }
  if (dbf) {
    const damage = dbfHeaderDamage(dbf);
    if (damage) return { code: 'shapefile-unreadable', field: `${base}.dbf`, detail: damage };
    const encoding = dbfEncoding(dbf, cpg && decodeUtf8(cpg));
    try {
      attributes = parseDbf(dbf, encoding);
    } catch (error) {
      return {
        code: 'shapefile-unreadable',
        field: `${base}.dbf`,
        detail: error instanceof Error ? error.message.slice(0, 120) : '',
      };
    }
    if (encoding !== 'utf-8')
      warnings.push({ code: 'text-encoding', detail: encoding.toUpperCase() });
  }
  let transform: ((position: Position) => Position) | null = null;
  if (prj) {
    const projection = interpretPrj(decodeUtf8(prj));
    if (projection.kind === 'unknown')
      return { code: 'shapefile-projection-unknown', field: `${base}.prj`, found: projection.name };
    if (projection.kind === 'projected') {
      const converter = proj4(projection.proj4, 'EPSG:4326');
      transform = (position) => converter.forward([position[0]!, position[1]!]);
      warnings.push({ code: 'projection-converted', detail: projection.name });
    } else if (projection.datum === 'CGCS2000') warnings.push({ code: 'cgcs2000-as-wgs84' });
  } else if (isDegrees(geometries)) {
    warnings.push({ code: 'no-projection-assumed-wgs84' });
  } else {
    return {
      code: 'shapefile-projection-missing',
      field: `${base}.prj`,
      found: formatPosition(firstPosition(geometries)),
    };
  }
  // A null shape stays an unlocated feature, which the import gate skips with a note.
  const features = geometries.map((geometry, index): Feature<Geometry | null> => ({
    type: 'Feature',
    properties: attributes[index] ?? {},
    geometry: geometry && transform ? mapPositions(geometry, transform) : geometry,
  }));
  return { features, warnings };
}

/** Reads every Shapefile layer in a .zip into one collection of WGS-84 features; never throws. */
export function readZippedShapefile(bytes: Uint8Array): ShapefileResult {
  let unzipped: Record<string, Uint8Array>;
  const names: string[] = [];
  let total = 0;
  let tooLarge = false;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        const lower = file.name.toLowerCase();
        const wanted =
          !lower.includes('__macosx') && SHAPEFILE_PARTS.some((part) => lower.endsWith(part));
        if (wanted) total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) tooLarge = true;
        return wanted && !tooLarge;
      },
    });
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          code: 'zip-unreadable',
          detail: error instanceof Error ? error.message.slice(0, 120) : '',
        },
      ],
    };
  }
  if (tooLarge)
    return {
      ok: false,
      problems: [{ code: 'zip-too-large', detail: String(MAX_UNZIPPED_BYTES / 1024 / 1024) }],
    };
  // Companion files match their .shp by name, whatever the case of the extension.
  const files = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(unzipped)) {
    const dot = name.lastIndexOf('.');
    files.set(name.slice(0, dot) + name.slice(dot).toLowerCase(), content);
  }
  const bases = [...files.keys()]
    .filter((name) => name.endsWith('.shp'))
    .map((name) => name.slice(0, -4));
  if (bases.length === 0)
    return {
      ok: false,
      problems: [
        {
          code: 'zip-no-shapefile',
          found: names.slice(0, 10).join(', ').slice(0, 200) || '—',
        },
      ],
    };
  const features: Array<Feature<Geometry | null>> = [];
  const warnings: ImportWarning[] = [];
  for (const base of bases) {
    const layer = readLayer(files, base);
    if ('code' in layer) return { ok: false, problems: [layer] };
    features.push(...layer.features);
    for (const warning of layer.warnings)
      if (!warnings.some((other) => other.code === warning.code && other.detail === warning.detail))
        warnings.push(warning);
  }
  return { ok: true, featureCollection: { type: 'FeatureCollection', features }, warnings };
}
