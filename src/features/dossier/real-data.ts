/**
 * Test helper: the real geodata/ folder as the app gets it (the build's
 * default-data bundle, made from disk; node only), indexed. Used by the
 * dossier, compare and export tests so figures are checked against the
 * shipped data, not only a hand-made fixture.
 */
import { indexGeodata, type AppData } from '@/data/model';
import { bundleGeodataFolder, GEODATA_DIR } from '../../../scripts/default-geodata-plugin';

let cached: AppData | null = null;

export function realData(): AppData {
  if (cached) return cached;
  const bundle = bundleGeodataFolder(GEODATA_DIR);
  if ('errors' in bundle) throw new Error(bundle.errors.join('\n'));
  cached = indexGeodata(bundle.data, bundle.labelPoints);
  return cached;
}
