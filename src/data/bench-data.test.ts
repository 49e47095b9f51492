import { describe, expect, it } from 'vitest';
import { parseBenchCollection } from './bench-data';
import { benchDataUrls } from './bench-urls';

const PAGE = 'http://localhost:4173/?bench-data=x';

const point = (id: string, coordinates: unknown = [119.9, 28.4]) => ({
  type: 'Feature',
  properties: { id, name: '合成企业', synthetic: true },
  geometry: { type: 'Point', coordinates },
});

describe('benchDataUrls', () => {
  it('gives nothing without the parameter', () => {
    expect(benchDataUrls('?lang=en', PAGE)).toEqual([]);
  });

  it('resolves same-origin JSON paths and ignores everything else', () => {
    const search =
      '?bench-data=/bench-data/points-1k.geojson' +
      '&bench-data=http://evil.example/x.geojson' +
      '&bench-data=javascript:alert(1)' +
      '&bench-data=/bench-data/notes.txt' +
      '&bench-data=polygons-1k.json';
    expect(benchDataUrls(search, PAGE)).toEqual([
      'http://localhost:4173/bench-data/points-1k.geojson',
      'http://localhost:4173/polygons-1k.json',
    ]);
  });

  it('keeps at most four files', () => {
    const search = Array.from({ length: 6 }, (_, index) => `bench-data=/f${index}.json`).join('&');
    expect(benchDataUrls(`?${search}`, PAGE)).toHaveLength(4);
  });
});

describe('parseBenchCollection', () => {
  it('sorts synthetic points and polygons apart', () => {
    const polygon = {
      type: 'Feature',
      properties: { id: 'synthetic-poly-1', name: 'P', synthetic: true },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [119, 28],
            [119.1, 28],
            [119.1, 28.1],
            [119, 28],
          ],
        ],
      },
    };
    const result = parseBenchCollection(
      { type: 'FeatureCollection', features: [point('synthetic-1'), polygon] },
      'f.geojson',
    );
    expect(result.ok && result.data.points.features).toHaveLength(1);
    expect(result.ok && result.data.polygons.features).toHaveLength(1);
  });

  it('refuses features that are not marked synthetic, by file and index', () => {
    const result = parseBenchCollection(
      { type: 'FeatureCollection', features: [point('synthetic-1'), point('ent-real')] },
      'f.geojson',
    );
    expect(result).toEqual({
      ok: false,
      error: ['f.geojson: feature 1: id must be a string starting with "synthetic-"'],
    });
  });

  it('refuses coordinates outside the globe and non-collections', () => {
    expect(
      parseBenchCollection(
        { type: 'FeatureCollection', features: [point('synthetic-1', [500, 28])] },
        'f',
      ).ok,
    ).toBe(false);
    expect(parseBenchCollection([], 'f').ok).toBe(false);
  });
});
