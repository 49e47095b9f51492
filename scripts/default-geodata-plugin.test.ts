import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGeodataBundle } from '../src/data/geodata-bundle';
import { labelPoint } from '../src/data/geo/label-point';
import { bundleGeodataFolder, GEODATA_DIR } from './default-geodata-plugin';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of geodata/ with `edit` applied, in a temporary folder. */
function editedCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'geodata-'));
  temporary.push(dir);
  for (const sub of ['boundaries', 'layers', 'records']) mkdirSync(path.join(dir, sub));
  const copy = (file: string) =>
    writeFileSync(path.join(dir, file), readFileSync(path.join(GEODATA_DIR, file)));
  for (const file of [
    'sources.json',
    'shizi-lianzhu.json',
    'boundaries/lishui-counties.geojson',
    'boundaries/lishui-outline.geojson',
    'boundaries/neighbour-counties.geojson',
    'layers/liandu.geojson',
    'records/liandu.json',
  ]) {
    copy(file);
  }
  edit(dir);
  return dir;
}

describe('bundleGeodataFolder', () => {
  it('turns the shipped geodata/ into one bundle the app reads back', () => {
    const bundle = bundleGeodataFolder(GEODATA_DIR);
    expect('errors' in bundle).toBe(false);
    const read = readGeodataBundle(JSON.parse(JSON.stringify(bundle)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { raw, labelPoints } = read.data;
    expect(raw.features.length).toBeGreaterThan(80);
    expect(raw.counties.features).toHaveLength(9);
    expect(raw.enterprises.length).toBeGreaterThan(0);
    // Defaults are filled in by the parser at build time, not in the browser.
    expect(raw.targets.every((target) => typeof target.comparator === 'string')).toBe(true);
    // So are the label points: one for every county, neighbour and placed plan feature.
    const drawn = [
      ...raw.counties.features,
      ...raw.neighbours.features,
      ...raw.features.filter((feature) => feature.geometry !== null),
    ].map((feature) => feature.properties.id);
    expect(Object.keys(labelPoints).sort()).toEqual([...new Set(drawn)].sort());
    expect(labelPoints['county-331102']).toEqual(
      labelPoint(raw.counties.features.find((f) => f.properties.id === 'county-331102')!),
    );
  });

  it('names the file and field when a record does not parse', () => {
    const dir = editedCopy((copy) => {
      const file = path.join(copy, 'records/liandu.json');
      const records = JSON.parse(readFileSync(file, 'utf8')) as {
        industries: Array<Record<string, unknown>>;
      };
      delete records.industries[0]!.nameEn;
      writeFileSync(file, JSON.stringify(records));
    });
    const bundle = bundleGeodataFolder(dir);
    expect('errors' in bundle && bundle.errors.join('\n')).toMatch(
      /records\/liandu\.json › industries\.0\.nameEn/,
    );
  });

  it('reports a file that is not JSON, and the app shows the reasons', () => {
    const dir = editedCopy((copy) => writeFileSync(path.join(copy, 'layers/liandu.geojson'), '{'));
    const bundle = bundleGeodataFolder(dir);
    expect('errors' in bundle && bundle.errors[0]).toMatch(
      /^layers\/liandu\.geojson: not valid JSON/,
    );
    const read = readGeodataBundle(bundle);
    expect(read.ok ? [] : read.error).toEqual('errors' in bundle ? bundle.errors : []);
  });
});
