/**
 * Property-based: generated and damaged zipped Shapefiles through the
 * shapefile reader and the import gate. Nothing may throw, and every
 * refusal explains itself. The seed is printed so a failure can be replayed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { translate } from '@/i18n';
import { validateGeoJsonDocument } from '@/data/planner/validate-import';
import { writeDbf, writeShp, type ShapeRecord } from '../../../../tests/fixtures/shapefile-writer';
import { describeImportProblem } from './import-messages';
import { readZippedShapefile } from './shapefile';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`shapefile fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);

const en = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);
const coordinate = fc.double({ min: -1e7, max: 4e7, noNaN: true, noDefaultInfinity: true });
const position = fc.tuple(coordinate, coordinate);
const record: fc.Arbitrary<ShapeRecord> = fc.oneof(
  position.map((value) => ({ type: 'point' as const, position: value })),
  fc
    .array(fc.array(position, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 })
    .map((rings) => ({ type: 'polygon' as const, rings })),
);
const prj = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]]]',
    'PROJCS["x",GEOGCS["CGCS2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",120],PARAMETER["false_easting",500000],UNIT["metre",1]]',
    'PROJCS["[[[[',
    ']]]]',
  ),
);
const archive = fc
  .record({
    records: fc.array(record, { minLength: 1, maxLength: 4 }),
    prj: fc.option(prj),
    cpg: fc.option(fc.constantFrom('GBK', 'UTF-8', '936', 'nonsense', '')),
    /** Byte flips applied to the .shp and .dbf: damaged files. */
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    cut: fc.option(fc.nat()),
  })
  .map(({ records, prj: projection, cpg, flips, cut }) => {
    const { shp, shx } = writeShp(records);
    const dbf = writeDbf(
      [{ name: 'NAME', length: 8 }],
      records.map(() => [new Uint8Array([0xc0, 0xf6, 0xcb, 0xae])]),
    );
    for (const [at, value] of flips) {
      shp[at % shp.length] = value;
      dbf[at % dbf.length] = value;
    }
    const files: Record<string, Uint8Array> = {
      'a.shp': cut === null ? shp : shp.slice(0, cut % (shp.length + 1)),
      'a.shx': shx,
      'a.dbf': dbf,
    };
    if (projection !== null) files['a.prj'] = new TextEncoder().encode(projection);
    if (cpg !== null) files['a.cpg'] = new TextEncoder().encode(cpg);
    return zipSync(files);
  });
const anyBytes = fc.uint8Array({ maxLength: 300 }).map((bytes) => {
  const copy = new Uint8Array(bytes.length + 4);
  copy.set([0x50, 0x4b, 0x03, 0x04]);
  copy.set(bytes, 4);
  return copy;
});

describe('shapefile import under fuzzing', () => {
  it('never throws and explains every refusal', () => {
    fc.assert(
      fc.property(fc.oneof(archive, anyBytes), (bytes) => {
        const read = readZippedShapefile(bytes);
        const problems = read.ok
          ? (() => {
              const result = validateGeoJsonDocument(read.featureCollection);
              return result.ok ? [] : result.problems;
            })()
          : read.problems;
        if (!read.ok) expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems)
          expect(describeImportProblem(problem, en).trim().length).toBeGreaterThan(10);
      }),
      { numRuns: 2000, seed },
    );
  });

  it('brings valid points in WGS-84 through unchanged', () => {
    const degrees = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(degrees, { minLength: 1, maxLength: 6 }), (positions) => {
        const { shp, shx } = writeShp(positions.map((position) => ({ type: 'point', position })));
        const dbf = writeDbf(
          [{ name: 'NAME', length: 4 }],
          positions.map(() => []),
        );
        const read = readZippedShapefile(zipSync({ 'a.shp': shp, 'a.shx': shx, 'a.dbf': dbf }));
        const result = read.ok ? validateGeoJsonDocument(read.featureCollection) : null;
        expect(
          result?.ok && result.featureCollection.features.map((feature) => feature.geometry),
        ).toEqual(positions.map((position) => ({ type: 'Point', coordinates: position })));
      }),
      { numRuns: 500, seed },
    );
  });
});
