import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseCsv } from './csv';
import { tableToFeatureCollection } from './table-to-geojson';

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFname,lng,lat\r\n"A, ""B""",120,28\r\n\r\n')).toEqual([
      ['name', 'lng', 'lat'],
      ['A, "B"', '120', '28'],
    ]);
  });

  it('guesses semicolon and tab delimiters', () => {
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('tableToFeatureCollection', () => {
  it('makes points from 经度/纬度 columns and keeps the rest as text', () => {
    const result = tableToFeatureCollection([
      ['企业', '经度', '纬度'],
      ['甲', '119.92', '28.45'],
    ]);
    expect(result.ok && result.featureCollection.features[0]).toEqual({
      type: 'Feature',
      properties: { 企业: '甲' },
      geometry: { type: 'Point', coordinates: [119.92, 28.45] },
    });
  });

  it('reports missing columns and bad rows with row and column', () => {
    expect(
      tableToFeatureCollection([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toEqual({
      ok: false,
      problems: [{ code: 'table-no-columns', row: 1 }],
    });
    const result = tableToFeatureCollection([
      ['name', 'lon', 'lat'],
      ['x', 'abc', '28'],
    ]);
    expect(!result.ok && result.problems).toEqual([
      { code: 'table-bad-row', row: 2, field: 'lon', detail: 'abc' },
    ]);
  });
});
