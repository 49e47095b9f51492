import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, validateFolder } from '../../../scripts/validate';
import {
  loadInvalidGeodata,
  loadMiniGeodata,
  validationMessages,
} from '../../../tests/fixtures/load-fixture';
import { formatIssue } from './issue';
import { validateGeodata } from './validate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('validateGeodata', () => {
  it('finds nothing wrong in the mini fixture', () => {
    expect(validationMessages(loadMiniGeodata())).toEqual([]);
  });

  it('fails without seeds under CI', () => {
    expect(validationMessages(loadInvalidGeodata('seeds-missing'))).toEqual([
      'seeds: seeds folder not found; citations cannot be checked, and under CI=true that is an error (set SEEDS_DIR)',
    ]);
  });

  it('only warns without seeds outside CI', () => {
    const fixture = loadMiniGeodata();
    const { issues } = validateGeodata(fixture.files, {
      seeds: null,
      seedsDir: 'seeds',
      ci: false,
    });
    expect(issues.map((issue) => issue.severity)).toEqual(['warning']);
  });

  it('warns about files it does not know', () => {
    const fixture = loadMiniGeodata();
    fixture.files['notes.json'] = {};
    expect(validationMessages(fixture)).toEqual([
      'notes.json: not a known geodata file; expected boundaries/*.geojson, layers/*.geojson, records/*.json, tours/*.json, sources.json or shizi-lianzhu.json',
    ]);
  });

  it('counts what the data covers', () => {
    const fixture = loadMiniGeodata();
    const { summary } = validateGeodata(fixture.files, {
      seeds: fixture.seeds,
      seedsDir: 'seeds',
      ci: false,
    });
    expect(summary.featuresBySystem).toEqual({
      city: 0,
      corridor: 0,
      liandu: 3,
      jinyun: 0,
      xianju: 1,
      enclave: 1,
    });
    expect(summary.enterprises).toEqual({ local: 1, partner: 0, benchmark: 1 });
    expect(summary).toMatchObject({
      targets: 4,
      conflictGroups: 1,
      industries: 1,
      defects: 1,
      errors: 0,
    });
  });

  it('finds no errors in geodata/', () => {
    const report = validateFolder(path.join(root, 'geodata'), defaultSeedsDir(), false);
    const errors = report.issues.filter((issue) => issue.severity === 'error').map(formatIssue);
    expect(errors).toEqual([]);
  }, 60_000);
});
