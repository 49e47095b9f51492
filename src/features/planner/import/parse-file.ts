/**
 * Reads an imported file's bytes into a validated FeatureCollection. Runs in
 * the import worker (and in node tests): no DOM, no map, no store. The XML
 * parser is passed in because workers have no DOMParser.
 */
import type { FeatureCollection } from 'geojson';
import { parseCsv } from './csv';
import { jsonErrorOffset } from './json-error-offset';
import {
  MAX_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
  type ImportProblem,
  type ImportWarning,
} from '@/data/planner/import-problem';
import { tableToFeatureCollection, type TableConversion } from './table-to-geojson';
import { chineseDatumToWgs84 } from './gcj02';
import { validateGeoJsonDocument } from '@/data/planner/validate-import';

export type ImportFormat = 'geojson' | 'kml' | 'gpx' | 'csv' | 'xlsx' | 'shapefile';

export type ParseOutcome =
  | {
      ok: true;
      format: ImportFormat;
      featureCollection: FeatureCollection;
      vertexCount: number;
      warnings: ImportWarning[];
    }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

export interface XmlParser {
  parseFromString(text: string, mimeType: 'text/xml'): Document;
}

/**
 * What reads the formats a worker cannot parse by itself: XML (workers have no
 * DOMParser) and spreadsheets (the first sheet's rows as text, null when
 * unreadable; in the app, the workbook worker, so exceljs ships once).
 */
export interface FileReaders {
  xml: XmlParser;
  spreadsheetRows: (bytes: Uint8Array) => Promise<string[][] | null>;
}

const fail = (problems: ImportProblem[]): ParseOutcome => ({
  ok: false,
  problems: problems.slice(0, MAX_LISTED_PROBLEMS),
  problemCount: problems.length,
});

/** The format from the file name, else from the first bytes. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'geojson' || extension === 'json') return 'geojson';
  if (extension === 'kml' || extension === 'gpx' || extension === 'csv' || extension === 'xlsx')
    return extension;
  if (extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'zip') return 'shapefile';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder().decode(bytes.slice(0, 512)).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (/<kml[\s>]/i.test(head)) return 'kml';
  if (/<gpx[\s>]/i.test(head)) return 'gpx';
  return null;
}

/**
 * The bytes as text: UTF-8, else (when `legacyChinese`, for tables saved by
 * Chinese Excel) GB18030, the superset of GBK and GB2312. Null when the bytes
 * are not text (NUL bytes, or valid in neither encoding).
 */
export function decodeText(
  bytes: Uint8Array,
  legacyChinese = false,
): { text: string; encoding: 'UTF-8' | 'GB18030' } | null {
  if (bytes.slice(0, 65_536).includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    if (!legacyChinese) return null;
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
  } catch {
    return null;
  }
}

const DATUM_NAMES = { gcj02: 'GCJ-02 (高德/AMap)', bd09: 'BD-09 (百度/Baidu)' } as const;

/** A table's points in WGS-84, with the notes of what was done to them. */
function tableResult(table: TableConversion & { ok: true }): {
  parsed: FeatureCollection;
  warnings: ImportWarning[];
} {
  if (table.datum === 'wgs84') return { parsed: table.featureCollection, warnings: table.warnings };
  return {
    parsed: chineseDatumToWgs84(table.featureCollection, table.datum),
    warnings: [...table.warnings, { code: 'datum-converted', detail: DATUM_NAMES[table.datum] }],
  };
}

async function parseXml(
  text: string,
  format: 'kml' | 'gpx',
  xmlParser: XmlParser,
): Promise<unknown | ImportProblem> {
  let document: Document;
  try {
    document = xmlParser.parseFromString(text, 'text/xml');
  } catch (error) {
    return { code: 'xml-malformed', detail: error instanceof Error ? error.message : '' };
  }
  if (!document?.documentElement || document.getElementsByTagName('parsererror').length > 0) {
    return { code: 'xml-malformed' };
  }
  const { kml, gpx } = await import('@tmcw/togeojson');
  return format === 'kml' ? kml(document) : gpx(document);
}

/**
 * A JSON syntax error with its 1-based line and column. Engines word the
 * message differently; V8 and SpiderMonkey give a position or line/column.
 */
export function jsonSyntaxProblem(text: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/\s*\(line \d+ column \d+\)/, '').slice(0, 160);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn)
    return { code: 'not-json', line: Number(lineColumn[1]), column: Number(lineColumn[2]), detail };
  const position = /position (\d+)/.exec(message);
  const found = position ? Number(position[1]) : jsonErrorOffset(text);
  const offset = found >= 0 ? found : null;
  if (offset === null) return { code: 'not-json', detail };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { code: 'not-json', line, column, detail };
}

const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' && value !== null && 'code' in value && !('type' in value);

/** Parses and validates one file; never throws. */
export async function parseImportFile(
  name: string,
  bytes: Uint8Array,
  readers: FileReaders,
): Promise<ParseOutcome> {
  try {
    if (bytes.byteLength === 0) return fail([{ code: 'empty-file' }]);
    if (bytes.byteLength > MAX_FILE_BYTES)
      return fail([{ code: 'too-large', detail: String(MAX_FILE_BYTES / 1024 / 1024) }]);
    const format = detectFormat(name, bytes);
    if (!format) return fail([{ code: 'unknown-format' }]);
    let parsed: unknown;
    const warnings: ImportWarning[] = [];
    if (format === 'shapefile') {
      const { readZippedShapefile } = await import('./shapefile');
      const shapefile = readZippedShapefile(bytes);
      if (!shapefile.ok) return fail(shapefile.problems);
      parsed = shapefile.featureCollection;
      warnings.push(...shapefile.warnings);
    } else if (format === 'xlsx') {
      const rows = await readers.spreadsheetRows(bytes);
      if (!rows) return fail([{ code: 'spreadsheet-unreadable' }]);
      const table = tableToFeatureCollection(rows);
      if (!table.ok) return fail(table.problems);
      const result = tableResult(table);
      parsed = result.parsed;
      warnings.push(...result.warnings);
    } else {
      const decoded = decodeText(bytes, format === 'csv');
      if (decoded === null) return fail([{ code: 'binary' }]);
      const { text } = decoded;
      if (decoded.encoding !== 'UTF-8')
        warnings.push({ code: 'text-encoding', detail: decoded.encoding });
      if (text.trim() === '') return fail([{ code: 'empty-file' }]);
      if (format === 'geojson') {
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          return fail([jsonSyntaxProblem(text, error)]);
        }
      } else if (format === 'csv') {
        const table = tableToFeatureCollection(parseCsv(text));
        if (!table.ok) return fail(table.problems);
        const result = tableResult(table);
        parsed = result.parsed;
        warnings.push(...result.warnings);
      } else {
        const result = await parseXml(text, format, readers.xml);
        if (isProblem(result)) return fail([result]);
        parsed = result;
      }
    }
    const validation = validateGeoJsonDocument(parsed);
    if (!validation.ok) return fail(validation.problems);
    return {
      ok: true,
      format,
      featureCollection: validation.featureCollection,
      vertexCount: validation.vertexCount,
      // Shapefile rings are clockwise by its specification: turning them is expected, not news.
      warnings: [
        ...warnings,
        ...validation.warnings.filter(
          (warning) => !(format === 'shapefile' && warning.code === 'winding-corrected'),
        ),
      ],
    };
  } catch (error) {
    return fail([
      { code: 'structure', detail: error instanceof Error ? error.message.slice(0, 160) : '' },
    ]);
  }
}
