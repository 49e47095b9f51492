/**
 * Property-based: thousands of generated malformed and hostile documents at
 * the import gate. Nothing may throw, every rejection explains itself, and
 * valid collections come back unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { translate } from '@/i18n';
import { describeImportProblem } from '@/features/planner/import/import-messages';
import { validateGeoJsonDocument } from './validate-import';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"; DROP TABLE layers; --',
  '__proto__',
  'constructor',
  '\u202Egnp.exe',
  '💥'.repeat(50),
];

const text = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE));
const number = fc.oneof(
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.constantFrom(0, -0, 180, -180, 90, -90, 1e308, -1e308),
);
const position = fc.oneof(
  fc.tuple(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -90, max: 90, noNaN: true }),
  ),
  fc.array(fc.oneof(number, text, fc.constant(null)), { maxLength: 4 }),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });
const coordinates = fc.oneof(
  position,
  fc.array(position, { maxLength: 6 }),
  fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 3 }),
  fc.array(fc.array(fc.array(position, { maxLength: 5 }), { maxLength: 2 }), { maxLength: 2 }),
  anyJson,
);
const geometryType = fc.constantFrom(
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
  'Circle',
  '',
);
const geometry = fc.oneof(
  fc.record({ type: geometryType, coordinates }, { requiredKeys: [] }),
  fc.constant(null),
  anyJson,
);
const properties = fc.oneof(
  fc.dictionary(
    fc.oneof(text, fc.constantFrom('__proto__', 'id', 'name')),
    fc.oneof(text, anyJson),
  ),
  fc.constant(null),
  anyJson,
);
const feature = fc.oneof(
  fc.record(
    { type: fc.constantFrom('Feature', 'feature', 'Point'), properties, geometry },
    { requiredKeys: ['type'] },
  ),
  anyJson,
);
const hostileDocument = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('FeatureCollection', 'Feature', 'Polygon', 'Nope'),
      features: fc.oneof(fc.array(feature, { maxLength: 6 }), anyJson),
    },
    { requiredKeys: [] },
  ),
  feature,
  anyJson,
);

/** A valid, simple document: points and short lines inside the valid ranges. */
const validFeature = fc.record({
  type: fc.constant('Feature' as const),
  properties: fc.dictionary(text, text, { maxKeys: 4 }),
  geometry: fc.oneof(
    fc.record({
      type: fc.constant('Point' as const),
      coordinates: fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }),
      ),
    }),
    fc.record({
      type: fc.constant('LineString' as const),
      coordinates: fc.array(
        fc.tuple(
          fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }),
        ),
        { minLength: 2, maxLength: 6 },
      ),
    }),
  ),
});
const validDocument = fc.record({
  type: fc.constant('FeatureCollection' as const),
  features: fc.array(validFeature, { minLength: 1, maxLength: 5 }),
});

const en = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);

/**
 * One seed per run, printed so that a failure can be replayed with
 * FUZZ_SEED=<seed> npx vitest run src/data/planner/validate-import.fuzz.test.ts
 */
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`import fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);

describe('import validation under fuzzing', () => {
  it('never throws and explains every rejection', () => {
    fc.assert(
      fc.property(hostileDocument, (document) => {
        // Through JSON, as a file would arrive (drops undefined, -0 and the like).
        const value: unknown = JSON.parse(JSON.stringify(document) ?? 'null');
        const result = validateGeoJsonDocument(value);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(describeImportProblem(problem, en).trim().length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 10_000, seed },
    );
  });

  it('returns valid documents unchanged', () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const value: unknown = JSON.parse(JSON.stringify(document));
        const snapshot = JSON.stringify(value);
        const result = validateGeoJsonDocument(value);
        expect(result.ok).toBe(true);
        expect(result.ok && JSON.stringify(result.featureCollection)).toBe(snapshot);
      }),
      { numRuns: 1000, seed },
    );
  });
});
