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
      { code: 'table-bad-row', row: 2, field: 'lon', found: 'abc, 28' },
    ]);
  });

  it('takes the datum from gcj02_lng/gcj02_lat and 高德经度/高德纬度 headers', () => {
    const gcj = tableToFeatureCollection([
      ['name', 'gcj02_lng', 'gcj02_lat'],
      ['a', '119.92', '28.45'],
    ]);
    expect(gcj.ok && gcj.datum).toBe('gcj02');
    const amap = tableToFeatureCollection([
      ['名称', '高德经度', '高德纬度'],
      ['甲', '119.92', '28.45'],
    ]);
    expect(amap.ok && amap.datum).toBe('gcj02');
    const baidu = tableToFeatureCollection([
      ['名称', '百度经度', '百度纬度'],
      ['甲', '119.93', '28.46'],
    ]);
    expect(baidu.ok && baidu.datum).toBe('bd09');
  });

  it('prefers WGS-84 columns when a table has them beside GCJ-02 ones', () => {
    const result = tableToFeatureCollection([
      ['gcj02_lng', 'gcj02_lat', 'lng', 'lat'],
      ['119.925', '28.447', '119.92', '28.45'],
    ]);
    expect(result.ok && result.datum).toBe('wgs84');
    expect(result.ok && result.featureCollection.features[0]!.geometry.coordinates).toEqual([
      119.92, 28.45,
    ]);
  });

  it('swaps longitude and latitude when every row only makes sense swapped, with a note', () => {
    const result = tableToFeatureCollection([
      ['name', 'lng', 'lat'],
      ['a', '28.45', '119.92'],
      ['b', '28.46', '119.93'],
    ]);
    expect(result.ok && result.featureCollection.features[1]!.geometry.coordinates).toEqual([
      119.93, 28.46,
    ]);
    expect(result.ok && result.warnings).toEqual([{ code: 'swapped-columns', count: 2 }]);
  });

  it('suggests "swapped?" for a row whose values only make sense swapped', () => {
    const result = tableToFeatureCollection([
      ['name', 'lng', 'lat'],
      ['a', '119.92', '28.45'],
      ['b', '28.46', '119.93'],
    ]);
    expect(!result.ok && result.problems).toEqual([
      { code: 'table-swapped', row: 3, field: 'lat', found: '28.46, 119.93' },
    ]);
  });
});
