import { describe, expect, it } from 'vitest';
import { parseLayerRecords, parseSiteRecords } from './planner-db';

const layer = {
  version: 1,
  id: 'a',
  name: 'Firms',
  fileName: 'firms.csv',
  format: 'csv',
  color: '#7c3aed',
  createdAt: '2025-01-01T00:00:00Z',
  convertedFromGcj02: false,
  featureCollection: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [120, 28] } },
    ],
  },
};

describe('stored planner data', () => {
  it('keeps valid records and skips (without throwing) invalid or older ones', () => {
    const result = parseLayerRecords([
      layer,
      { ...layer, id: 'b', version: 0 },
      { ...layer, id: 'c', featureCollection: { type: 'FeatureCollection', features: 'x' } },
      'garbage',
      null,
    ]);
    expect(result.layers.map((record) => record.id)).toEqual(['a']);
    expect(result.skipped).toBe(4);
  });

  it('still loads a layer stored before import notes existed', () => {
    const result = parseLayerRecords([layer]);
    expect(result.skipped).toBe(0);
    expect(result.layers[0]).toEqual({ ...layer });
  });

  it('keeps the notes stored with a layer and leaves out notes it does not know', () => {
    const result = parseLayerRecords([
      {
        ...layer,
        format: 'shapefile',
        warnings: [
          { code: 'projection-converted', detail: 'CGCS2000 / 3-degree Gauss-Kruger CM 120E' },
          { code: 'from-a-later-version', count: 3 },
        ],
      },
    ]);
    expect(result.layers[0]!.warnings).toEqual([
      { code: 'projection-converted', detail: 'CGCS2000 / 3-degree Gauss-Kruger CM 120E' },
    ]);
  });

  it('validates candidate sites', () => {
    const site = {
      version: 1,
      id: 's',
      name: 'Site',
      createdAt: 'x',
      vertices: [
        [120, 28],
        [120.01, 28],
        [120, 28.01],
      ],
    };
    expect(parseSiteRecords([site, { ...site, vertices: [[500, 0]] }])).toEqual({
      sites: [site],
      skipped: 1,
    });
  });
});
