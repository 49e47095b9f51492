import { describe, expect, it } from 'vitest';
import { validateGeoJsonDocument } from './validate-import';
import { MAX_FEATURES, MAX_LISTED_PROBLEMS, MAX_VERTICES } from './import-problem';

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
  it('returns a valid collection unchanged in content, with no notes', () => {
    const value = collection([feature({ type: 'Polygon', coordinates: square })]);
    const result = validateGeoJsonDocument(value);
    expect(result.ok && result.featureCollection).toEqual(value);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('wraps a single feature or bare geometry in a collection', () => {
    const result = validateGeoJsonDocument({ type: 'Point', coordinates: [120, 28] });
    expect(result.ok && result.featureCollection.features).toHaveLength(1);
  });

  it.each([
    ['a string', 'hello', 'not-geojson'],
    ['null', null, 'not-geojson'],
    ['an unknown type', { type: 'Banana' }, 'not-geojson'],
    ['a collection without features', { type: 'FeatureCollection' }, 'features-not-array'],
    ['an empty collection', collection([]), 'no-features'],
  ])('rejects %s', (_, value, code) => {
    const result = validateGeoJsonDocument(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.code).toBe(code);
  });

  it('skips features with null geometry (RFC 7946 §3.2), imports the rest and lists the skipped', () => {
    const result = validateGeoJsonDocument(
      collection([
        feature({ type: 'Point', coordinates: [120, 28] }),
        feature(null, { name: '地址待定' }),
        feature(null, {}),
      ]),
    );
    expect(result.ok && result.featureCollection.features).toHaveLength(1);
    expect(result.ok && result.warnings).toEqual([
      {
        code: 'unlocated-skipped',
        count: 2,
        features: [{ featureIndex: 1, featureName: '地址待定' }, { featureIndex: 2 }],
      },
    ]);
  });

  it('refuses a file whose features all lack coordinates', () => {
    const result = validateGeoJsonDocument(collection([feature(null), feature(null)]));
    expect(!result.ok && result.problems).toEqual([{ code: 'no-located-features', found: '2' }]);
  });

  it('accepts a feature without a properties member (as {})', () => {
    const result = validateGeoJsonDocument(
      collection([{ type: 'Feature', geometry: { type: 'Point', coordinates: [120, 28] } }]),
    );
    expect(result.ok && result.featureCollection.features[0]!.properties).toEqual({});
  });

  it('names the feature, the path and what was found for a malformed position', () => {
    const result = validateGeoJsonDocument(
      collection([
        feature({
          type: 'Polygon',
          coordinates: [[[120, 28], [120.1, 28], '120,28', [120, 28]]],
        }),
      ]),
    );
    expect(!result.ok && result.problems).toEqual([
      {
        code: 'position-invalid',
        featureIndex: 0,
        featureName: 'a',
        field: 'geometry.coordinates[0][2]',
        found: '"120,28"',
      },
    ]);
  });

  it('reports a features member that is not an array as such', () => {
    const result = validateGeoJsonDocument({ type: 'FeatureCollection', features: {} });
    expect(!result.ok && result.problems).toEqual([
      { code: 'features-not-array', field: 'features', found: '{}' },
    ]);
  });

  it.each([
    ['an id that is an object', { id: { a: 1 } }, 'bad-id'],
    ['a bbox holding strings', { bbox: ['a', 'b', 'c', 'd'] }, 'bad-bbox'],
  ])('refuses %s', (_, extra, code) => {
    const result = validateGeoJsonDocument(
      collection([{ ...feature({ type: 'Point', coordinates: [120, 28] }), ...extra }]),
    );
    expect(!result.ok && result.problems[0]!.code).toBe(code);
  });

  it('refuses a Polygon with empty coordinates (it would draw nothing)', () => {
    const result = validateGeoJsonDocument(
      collection([feature({ type: 'Polygon', coordinates: [] })]),
    );
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'coordinates-empty',
      field: 'geometry.coordinates',
    });
  });

  it('corrects winding, drops altitudes and ignores bbox and foreign members, with notes', () => {
    const clockwise = [[...square[0]!].reverse().map(([lng, lat]) => [lng!, lat!, 12])];
    const result = validateGeoJsonDocument({
      type: 'FeatureCollection',
      crs: { type: 'name' },
      features: [
        {
          ...feature({ type: 'Polygon', coordinates: clockwise }),
          bbox: [119.9, 28.4, 119.91, 28.41],
          style: 'x',
        },
      ],
    });
    expect(result.ok && result.featureCollection.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: square,
    });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual([
      'winding-corrected',
      'foreign-members-ignored',
      'bbox-ignored',
      'altitude-dropped',
    ]);
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
    expect(!result.ok && result.problems.map((problem) => [problem.code, problem.found])).toEqual([
      ['longitude-range', '200'],
      ['latitude-range', '95'],
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
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'too-many-vertices',
      detail: String(MAX_VERTICES),
    });
  });

  it('accepts a simple ring of 8,000 vertices and 100 rings of 1,000', () => {
    const circle = (count: number, centre: [number, number], radius: number) => {
      const ring = Array.from({ length: count - 1 }, (_, index) => {
        const angle = (index / (count - 1)) * 2 * Math.PI;
        return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)];
      });
      return [...ring, ring[0]!];
    };
    const big = feature({ type: 'Polygon', coordinates: [circle(8000, [120, 28], 0.1)] });
    const many = feature({
      type: 'MultiPolygon',
      coordinates: Array.from({ length: 100 }, (_, index) => [
        circle(1000, [119 + (index % 10) * 0.1, 28 + Math.floor(index / 10) * 0.1], 0.04),
      ]),
    });
    const result = validateGeoJsonDocument(collection([big, many]));
    expect(result.ok).toBe(true);
  });

  it('counts every problem, not only the listed ones', () => {
    const features = Array.from({ length: 1444 }, () =>
      feature({ type: 'Point', coordinates: [500, 28] }),
    );
    const result = validateGeoJsonDocument(collection(features));
    expect(!result.ok && result.problemCount).toBe(1444);
    expect(!result.ok && result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
  });
});

describe('limits at their boundary', () => {
  const point = (index: number) =>
    feature({ type: 'Point', coordinates: [120 + index * 1e-6, 28] });

  it('accepts exactly MAX_FEATURES features and refuses one more, naming the features limit', () => {
    const atLimit = Array.from({ length: MAX_FEATURES }, (_, index) => point(index));
    expect(validateGeoJsonDocument(collection(atLimit)).ok).toBe(true);
    const result = validateGeoJsonDocument(collection([...atLimit, point(0)]));
    expect(!result.ok && result.problems).toEqual([
      { code: 'too-many-features', found: String(MAX_FEATURES + 1), detail: String(MAX_FEATURES) },
    ]);
  });

  it('accepts exactly MAX_VERTICES vertices and refuses one more, naming the vertex limit', () => {
    const line = (count: number) =>
      feature({
        type: 'LineString',
        coordinates: Array.from({ length: count }, (_, index) => [120 + index * 1e-7, 28]),
      });
    expect(validateGeoJsonDocument(collection([line(MAX_VERTICES)])).ok).toBe(true);
    const result = validateGeoJsonDocument(collection([line(MAX_VERTICES + 1)]));
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'too-many-vertices',
      detail: String(MAX_VERTICES),
    });
  });
});
