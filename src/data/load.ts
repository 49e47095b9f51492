/**
 * Loads the embedded default data: one file that the build made from
 * geodata/ (see geodata-bundle.ts), emitted as a hashed static asset so it is
 * cached and gzip-served.
 */
import defaultGeodataUrl from 'virtual:default-geodata';
import { err, ok, type Result } from '@/lib/result';
import { BUNDLE_FILE, readGeodataBundle } from './geodata-bundle';
import { indexGeodata, type AppData } from './model';

export async function loadDefaultData(): Promise<Result<AppData, string[]>> {
  try {
    const response = await fetch(defaultGeodataUrl);
    if (!response.ok) return err([`${BUNDLE_FILE}: HTTP ${response.status}`]);
    let value: unknown;
    try {
      value = await response.json();
    } catch {
      return err([`${BUNDLE_FILE}: not valid JSON`]);
    }
    const read = readGeodataBundle(value);
    return read.ok ? ok(indexGeodata(read.data.raw, read.data.labelPoints)) : read;
  } catch (error) {
    return err([error instanceof Error ? error.message : String(error)]);
  }
}
