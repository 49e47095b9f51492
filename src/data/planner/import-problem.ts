/**
 * What can be wrong with an imported file. Problems are codes plus where they
 * are (feature index, field, row); the words come from i18n at display time.
 */

export const IMPORT_PROBLEM_CODES = [
  'empty-file',
  'too-large',
  'binary',
  'unknown-format',
  'not-json',
  'not-geojson',
  'structure',
  'not-object',
  'missing-geometry',
  'bad-properties',
  'coordinate-range',
  'ring-closed',
  'self-intersection',
  'too-many-vertices',
  'too-many-features',
  'no-features',
  'xml-malformed',
  'table-no-columns',
  'table-bad-row',
  'spreadsheet-unreadable',
  'timeout',
  'worker-failed',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  code: ImportProblemCode;
  /** 0-based index of the feature in the file's feature list. */
  featureIndex?: number;
  /** JSON-style path inside the feature (e.g. geometry.coordinates[0][3]) or a column name. */
  field?: string;
  /** 1-based row of a table (header is row 1). */
  row?: number;
  /** Extra facts for the message (a limit, a parser's own words). Untrusted: shown as text. */
  detail?: string;
}

/** Files larger than this are refused before they are read (bytes). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** More positions than this are refused: the map would stall drawing them. */
export const MAX_VERTICES = 500_000;
export const MAX_FEATURES = 50_000;
/** At most this many problems are listed; the count of the rest is given. */
export const MAX_LISTED_PROBLEMS = 200;
