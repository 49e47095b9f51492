/**
 * Test helper: the real geodata/ folder parsed and indexed, read from disk
 * (node only). Used by the dossier, compare and export tests so figures are
 * checked against the shipped data, not only a hand-made fixture.
 */
import path from 'node:path';
import { indexGeodata, type AppData } from '@/data/model';
import { parseGeodata } from '@/data/parse';
import { readGeodataFiles } from '../../../scripts/validate';

let cached: AppData | null = null;

export function realData(): AppData {
  if (cached) return cached;
  const { files } = readGeodataFiles(path.resolve('geodata'));
  const parsed = parseGeodata(files);
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  cached = indexGeodata(parsed.data);
  return cached;
}
