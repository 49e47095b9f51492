import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { translate } from '@/i18n';
import { describeImportProblem } from './import-messages';
import { MAX_FILE_BYTES } from '@/data/planner/import-problem';
import { parseImportFile, type XmlParser } from './parse-file';

const xmlParser: XmlParser = {
  parseFromString: (text) =>
    new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('malformed XML');
      },
    }).parseFromString(text, 'text/xml') as unknown as Document,
};
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (name: string, content: Uint8Array) => parseImportFile(name, content, xmlParser);
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
      'Feature 1, field geometry.coordinates: Coordinate out of range: longitude must be -180 to 180 and latitude -90 to 90 ([longitude, latitude] order).',
    );
  });
});
