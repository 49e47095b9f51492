import { describe, expect, it } from 'vitest';
import { validateGeoJsonDocument } from './validate-import';
import { MAX_VERTICES } from './import-problem';

const square = [
  [
    [119.9, 28.4],
    [119.91, 28.4],
    [119.91, 28.41],
    [119.9, 28.41],
    [119.9, 28.4],
  ],
];
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, properties: unknown = { name: 'a' }) => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('validateGeoJsonDocument', () => {
  it('returns a valid collection as the same value', () => {
    const value = collection([feature({ type: 'Polygon', coordinates: square })]);
    const result = validateGeoJsonDocument(value);
    expect(result.ok && result.featureCollection).toBe(value);
  });

  it('wraps a single feature or bare geometry in a collection', () => {
    const result = validateGeoJsonDocument({ type: 'Point', coordinates: [120, 28] });
    expect(result.ok && result.featureCollection.features).toHaveLength(1);
  });

  it.each([
    ['a string', 'hello', 'not-geojson'],
    ['null', null, 'not-geojson'],
    ['an unknown type', { type: 'Banana' }, 'not-geojson'],
    ['a collection without features', { type: 'FeatureCollection' }, 'not-geojson'],
    ['an empty collection', collection([]), 'no-features'],
  ])('rejects %s', (_, value, code) => {
    const result = validateGeoJsonDocument(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.code).toBe(code);
  });

  it('names the feature with missing geometry', () => {
    const result = validateGeoJsonDocument(
      collection([feature({ type: 'Point', coordinates: [120, 28] }), feature(null)]),
    );
    expect(!result.ok && result.problems).toEqual([
      { code: 'missing-geometry', featureIndex: 1, field: 'geometry' },
    ]);
  });

  it('reports wrong types through geojson-validation', () => {
    const result = validateGeoJsonDocument(
      collection([feature({ type: 'Point', coordinates: ['120', 28] })]),
    );
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'structure', featureIndex: 0 });
  });

  it('reports out-of-range coordinates with their path', () => {
    const result = validateGeoJsonDocument(
      collection([
        feature({
          type: 'LineString',
          coordinates: [
            [120, 28],
            [200, 95],
          ],
        }),
      ]),
    );
    expect(!result.ok && result.problems.map((problem) => problem.code)).toEqual([
      'coordinate-range',
      'coordinate-range',
    ]);
    expect(!result.ok && result.problems[0]!.field).toBe('geometry.coordinates[1]');
  });

  it('reports unclosed and self-intersecting rings', () => {
    const unclosed = [square[0]!.slice(0, 4)];
    const bowtie = [
      [
        [120, 28],
        [120.01, 28.01],
        [120.01, 28],
        [120, 28.01],
        [120, 28],
      ],
    ];
    const result = validateGeoJsonDocument(
      collection([
        feature({ type: 'Polygon', coordinates: unclosed }),
        feature({ type: 'Polygon', coordinates: bowtie }),
      ]),
    );
    expect(
      !result.ok && result.problems.map((problem) => [problem.code, problem.featureIndex]),
    ).toEqual([
      ['ring-closed', 0],
      ['self-intersection', 1],
    ]);
  });

  it('refuses more vertices than the limit without checking them all', () => {
    const coordinates = Array.from({ length: MAX_VERTICES + 10 }, (_, index) => [
      120 + index * 1e-7,
      28,
    ]);
    const result = validateGeoJsonDocument(
      collection([feature({ type: 'LineString', coordinates })]),
    );
    expect(!result.ok && result.problems[0]!.code).toBe('too-many-vertices');
  });
});
