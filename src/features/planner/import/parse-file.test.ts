import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { translate } from '@/i18n';
import { describeImportProblem } from './import-messages';
import { MAX_FILE_BYTES } from '@/data/planner/import-problem';
import { readFirstSheetRows } from '@/lib/workbook-sheets';
import { parseImportFile, type FileReaders, type XmlParser } from './parse-file';
import { gcj02PositionToWgs84 } from './gcj02';

const xmlParser: XmlParser = {
  parseFromString: (text) =>
    new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('malformed XML');
      },
    }).parseFromString(text, 'text/xml') as unknown as Document,
};
const readers: FileReaders = { xml: xmlParser, spreadsheetRows: readFirstSheetRows };
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (name: string, content: Uint8Array) => parseImportFile(name, content, readers);
const en = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);

const KML = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>候选地块</name><Point><coordinates>119.92,28.45</coordinates></Point></Placemark>
</Document></kml>`;
const GPX = `<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="28.45" lon="119.92"><name>A</name></wpt></gpx>`;

describe('parseImportFile', () => {
  it('reads KML, GPX, CSV and GeoJSON', async () => {
    const kml = await parse('site.kml', bytes(KML));
    expect(kml.ok && kml.featureCollection.features[0]!.properties!.name).toBe('候选地块');
    const gpx = await parse('track.gpx', bytes(GPX));
    expect(gpx.ok && gpx.featureCollection.features[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: [119.92, 28.45],
    });
    const csv = await parse('firms.csv', bytes('name,lng,lat\nA,119.9,28.4\n'));
    expect(csv.ok && csv.format).toBe('csv');
    const geojson = await parse('a.geojson', bytes('{"type":"Point","coordinates":[120,28]}'));
    expect(geojson.ok).toBe(true);
  });

  it('reads a spreadsheet with longitude and latitude columns', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('firms');
    sheet.addRow(['名称', '经度', '纬度']);
    sheet.addRow(['甲', 119.92, 28.45]);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await parse('firms.xlsx', buffer);
    expect(result.ok && result.featureCollection.features[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: [119.92, 28.45],
    });
  });

  it.each([
    ['an empty file', 'empty.geojson', new Uint8Array(), 'The file is empty'],
    ['blank text', 'blank.geojson', bytes('  \n '), 'The file is empty'],
    ['malformed JSON', 'bad.geojson', bytes('{"type": "FeatureCollection", '), 'JSON is malformed'],
    [
      'a binary file renamed .geojson',
      'photo.geojson',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]),
      'not a text file',
    ],
    ['malformed XML', 'a.kml', bytes('<kml><Placemark></kml'), 'XML is malformed'],
    ['an unknown format', 'notes.doc', bytes('hello'), 'Unrecognised file format'],
    ['a CSV without coordinates', 'a.csv', bytes('name,city\nA,B'), 'No longitude and latitude'],
    ['a broken spreadsheet', 'a.xlsx', bytes('PK not really a zip'), 'cannot be read'],
    ['JSON that is not GeoJSON', 'a.json', bytes('[1,2,3]'), 'This is not GeoJSON'],
  ])('explains %s', async (_, name, content, words) => {
    const result = await parse(name, content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeImportProblem(result.problems[0]!, en)).toContain(words);
  });

  it('accepts a file of exactly the size limit', async () => {
    const content = new Uint8Array(MAX_FILE_BYTES).fill(0x20);
    content.set(bytes('{"type":"Point","coordinates":[120,28]}'));
    expect((await parse('padded.geojson', content)).ok).toBe(true);
  });

  it('refuses a file over the size limit and says the limit', async () => {
    const result = await parse('huge.geojson', new Uint8Array(MAX_FILE_BYTES + 1));
    expect(!result.ok && describeImportProblem(result.problems[0]!, en)).toContain('50 MB');
  });

  it('says where a problem is', async () => {
    const result = await parse(
      'a.geojson',
      bytes(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500,28]}}]}',
      ),
    );
    expect(!result.ok && describeImportProblem(result.problems[0]!, en)).toBe(
      'Feature 1, at geometry.coordinates: Longitude is 500; expected -180 to 180 ([longitude, latitude] order).',
    );
  });

  it('names the feature by its name in both languages', async () => {
    const result = await parse(
      'a.geojson',
      bytes(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"碧湖"},"geometry":{"type":"LineString","coordinates":[[120,28],[120,95]]}}]}',
      ),
    );
    expect(!result.ok && describeImportProblem(result.problems[0]!, en)).toBe(
      'Feature 1 (碧湖), at geometry.coordinates[1]: Latitude is 95; expected -90 to 90 ([longitude, latitude] order).',
    );
    const zh = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
      translate('zh', key, values);
    expect(!result.ok && describeImportProblem(result.problems[0]!, zh)).toContain(
      '第 1 个要素（碧湖），位置 geometry.coordinates[1]: 纬度为 95',
    );
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const result = await parse(
      'bad.geojson',
      bytes('{\n  "type": "Point",\n  "coordinates": [120, 28,]\n}'),
    );
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'not-json', line: 3 });
    expect(!result.ok && describeImportProblem(result.problems[0]!, en)).toMatch(
      /^line 3, column \d+: The JSON is malformed/,
    );
  });

  it('imports the KML placemarks that have coordinates and notes those without', async () => {
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>甲</name><Point><coordinates>119.92,28.45</coordinates></Point></Placemark>
<Placemark><name>仅有地址</name><address>丽水市莲都区</address></Placemark>
<Placemark><name>乙</name><Point><coordinates>119.93,28.46,0</coordinates></Point></Placemark>
</Document></kml>`;
    const result = await parse('sites.kml', bytes(kml));
    expect(result.ok && result.featureCollection.features).toHaveLength(2);
    const skipped = result.ok
      ? result.warnings.find((w) => w.code === 'unlocated-skipped')
      : undefined;
    expect(skipped).toMatchObject({
      count: 1,
      features: [{ featureIndex: 1, featureName: '仅有地址' }],
    });
  });
});

describe('tables from Chinese Excel', () => {
  /** GBK bytes of 名称,经度,纬度 / 丽水,119.92,28.45 as Chinese Excel saves a CSV. */
  const gbkCsv = () => {
    const comma = [0x2c];
    const header = [
      0xc3,
      0xfb,
      0xb3,
      0xc6,
      ...comma,
      0xbe,
      0xad,
      0xb6,
      0xc8,
      ...comma,
      0xce,
      0xb3,
      0xb6,
      0xc8,
    ];
    const row = [0xc0, 0xf6, 0xcb, 0xae, ...comma, ...bytes('119.92,28.45')];
    return new Uint8Array([...header, 0x0d, 0x0a, ...row, 0x0d, 0x0a]);
  };

  it('reads a GB18030/GBK CSV that is not valid UTF-8, with a note', async () => {
    const result = await parse('企业.csv', gbkCsv());
    expect(result.ok && result.featureCollection.features[0]).toEqual({
      type: 'Feature',
      properties: { 名称: '丽水' },
      geometry: { type: 'Point', coordinates: [119.92, 28.45] },
    });
    expect(result.ok && result.warnings).toEqual([{ code: 'text-encoding', detail: 'GB18030' }]);
  });

  it('converts gcj02_lng/gcj02_lat columns to WGS-84 and says so', async () => {
    const result = await parse('firms.csv', bytes('name,gcj02_lng,gcj02_lat\nA,119.92,28.45\n'));
    const expected = gcj02PositionToWgs84([119.92, 28.45]);
    expect(result.ok && result.featureCollection.features[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: expected,
    });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual([
      'datum-converted',
    ]);
  });
});

describe('import messages', () => {
  it('have words in both languages for every problem and note code', async () => {
    const { IMPORT_PROBLEM_CODES, IMPORT_WARNING_CODES } =
      await import('@/data/planner/import-problem');
    const { describeImportWarning } = await import('./import-messages');
    const zhViews = (await import('@/i18n/zh-views.json')).default as Record<string, string>;
    const english = (await import('@/i18n/en.json')).default as Record<string, string>;
    for (const code of IMPORT_PROBLEM_CODES) {
      const text = describeImportProblem({ code }, en);
      expect(text, code).not.toMatch(/^planner\./);
    }
    for (const code of IMPORT_WARNING_CODES) {
      const text = describeImportWarning({ code, count: 1 }, en);
      expect(text, code).not.toMatch(/^planner\./);
    }
    const importKeys = Object.keys(english).filter((key) => key.startsWith('planner.import.'));
    expect(importKeys.filter((key) => !(key in zhViews))).toEqual([]);
  });
});
