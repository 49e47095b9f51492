/**
 * What can be wrong with an imported file, and what an accepted file was
 * noted for. Problems and notes are codes plus where they are (feature index
 * and name, path, row, line); the words come from i18n at display time.
 */

export const IMPORT_PROBLEM_CODES = [
  'empty-file',
  'too-large',
  'binary',
  'unknown-format',
  'not-json',
  'not-geojson',
  'features-not-array',
  'structure',
  'not-object',
  'bad-properties',
  'bad-id',
  'bad-bbox',
  'geometry-not-object',
  'geometry-type',
  'coordinates-not-array',
  'coordinates-empty',
  'position-invalid',
  'too-few-positions',
  'longitude-range',
  'latitude-range',
  'ring-closed',
  'self-intersection',
  'too-many-vertices',
  'too-many-features',
  'too-complex',
  'no-features',
  'no-located-features',
  'xml-malformed',
  'table-no-columns',
  'table-bad-row',
  'table-swapped',
  'spreadsheet-unreadable',
  'zip-unreadable',
  'zip-no-shapefile',
  'zip-too-large',
  'shapefile-unreadable',
  'shapefile-projection-unknown',
  'shapefile-projection-missing',
  'timeout',
  'worker-failed',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  code: ImportProblemCode;
  /** 0-based index of the feature in the file's feature list. */
  featureIndex?: number;
  /** The feature's name from its properties, when it has one. Untrusted: shown as text. */
  featureName?: string;
  /** JSON-style path inside the feature (e.g. geometry.coordinates[0][3]) or a column name. */
  field?: string;
  /** 1-based row of a table (header is row 1). */
  row?: number;
  /** 1-based line and column in a text file. */
  line?: number;
  column?: number;
  /** What was found there, shortened. Untrusted: shown as text. */
  found?: string;
  /** Extra facts for the message (a limit, a parser's own words). Untrusted: shown as text. */
  detail?: string;
}

export const IMPORT_WARNING_CODES = [
  'unlocated-skipped',
  'winding-corrected',
  'foreign-members-ignored',
  'bbox-ignored',
  'altitude-dropped',
  'datum-converted',
  'cgcs2000-as-wgs84',
  'projection-converted',
  'no-projection-assumed-wgs84',
  'swapped-columns',
  'text-encoding',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

/** A note on an accepted file: what was changed, ignored or assumed. Kept with the stored layer. */
export interface ImportWarning {
  code: ImportWarningCode;
  /** How many features, rings or positions it concerns. */
  count?: number;
  /** Which features (at most MAX_LISTED_PROBLEMS), for skipped ones. */
  features?: Array<{ featureIndex: number; featureName?: string }>;
  /** Extra facts (member names, a datum, a projection). Untrusted: shown as text. */
  detail?: string;
}

/** Files larger than this are refused before they are read (bytes). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * How long (ms) the import worker may take on a file of `bytes` before it is
 * stopped: 20 s, plus 2 s per MB so a file within MAX_FILE_BYTES is not
 * refused for its size by the clock (a 50 MB file gets 2 min). It
 * guards against pathological files, not large ones.
 */
export function importTimeLimitMs(bytes: number): number {
  return 20_000 + Math.ceil(Math.max(0, bytes) / (1024 * 1024)) * 2_000;
}
/** More positions than this are refused: the map would stall drawing them. */
export const MAX_VERTICES = 500_000;
export const MAX_FEATURES = 50_000;
/**
 * Self-intersection checks compare segments whose boxes overlap; past this
 * many comparisons (only pathological shapes get near it) the file is refused.
 */
export const MAX_SEGMENT_COMPARISONS = 50_000_000;
/** At most this many problems are listed; the count of the rest is given. */
export const MAX_LISTED_PROBLEMS = 200;
