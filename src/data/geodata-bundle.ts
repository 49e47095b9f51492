/**
 * The default data as one file. The build parses geodata/ with the schemas
 * (scripts/default-geodata-plugin.ts: a file that does not parse fails the
 * build) and emits the typed, defaults-filled result, so the browser fetches
 * one file and does not load zod or parse again before the first map view.
 * The app still checks the envelope: a stale or foreign file is an error, not
 * a blank map.
 */
import { err, ok, type Result } from '../lib/result.ts';
import { isRecord } from '../lib/is-record.ts';
import type { Position } from 'geojson';
import type { RawGeodata } from './model';

export const BUNDLE_FORMAT = 'lishui-geodata-bundle/1';
export const BUNDLE_FILE = 'default-geodata.json';

/** What the build emits; `errors` only from the dev server, when geodata/ does not parse. */
export type GeodataBundle =
  | { format: typeof BUNDLE_FORMAT; data: RawGeodata; labelPoints: Record<string, Position> }
  | { format: typeof BUNDLE_FORMAT; errors: string[] };
/** What the app takes from a bundle. */
export interface ReadBundle {
  raw: RawGeodata;
  labelPoints: Record<string, Position>;
}

const LISTS = [
  'features',
  'industries',
  'enterprises',
  'targets',
  'places',
  'defects',
  'actions',
  'countyProfiles',
] as const;
const COLLECTIONS = ['counties', 'outline', 'neighbours'] as const;

export function readGeodataBundle(value: unknown): Result<ReadBundle, string[]> {
  if (!isRecord(value) || value.format !== BUNDLE_FORMAT) {
    return err([`${BUNDLE_FILE}: not a ${BUNDLE_FORMAT} file (build the app again)`]);
  }
  if (Array.isArray(value.errors)) return err(value.errors.map(String));
  const data = value.data;
  if (!isRecord(data)) return err([`${BUNDLE_FILE}: the "data" object is missing`]);
  const errors: string[] = [];
  for (const name of LISTS) {
    if (!Array.isArray(data[name])) errors.push(`${BUNDLE_FILE} › ${name}: expected a list`);
  }
  for (const name of COLLECTIONS) {
    const collection = data[name];
    if (!isRecord(collection) || !Array.isArray(collection.features)) {
      errors.push(`${BUNDLE_FILE} › ${name}: expected a FeatureCollection`);
    }
  }
  if (!isRecord(data.documents)) errors.push(`${BUNDLE_FILE} › documents: expected an object`);
  const labelPoints = value.labelPoints;
  if (!isRecord(labelPoints)) errors.push(`${BUNDLE_FILE} › labelPoints: expected an object`);
  if (errors.length > 0) return err(errors);
  return ok({
    raw: data as unknown as RawGeodata,
    labelPoints: labelPoints as ReadBundle['labelPoints'],
  });
}
