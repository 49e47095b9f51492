import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import proj4 from 'proj4';
import { distance } from '@turf/distance';
import type { Polygon, Position } from 'geojson';
import { DOMParser } from '@xmldom/xmldom';
import { translate } from '@/i18n';
import { writeDbf, writeShp, type ShapeRecord } from '../../../../tests/fixtures/shapefile-writer';
import { describeImportProblem } from './import-messages';
import { readFirstSheetRows } from '@/lib/workbook-sheets';
import { parseImportFile, type FileReaders, type XmlParser } from './parse-file';
import { interpretPrj } from './prj';

const xmlParser: XmlParser = {
  parseFromString: (text) =>
    new DOMParser().parseFromString(text, 'text/xml') as unknown as Document,
};
const readers: FileReaders = { xml: xmlParser, spreadsheetRows: readFirstSheetRows };
const en = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);
const text = (value: string) => new TextEncoder().encode(value);

// Coordinate systems written from their EPSG definitions (GRS 1980 ellipsoid, k = 1, lat 0).
const EPSG_4549 =
  '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const EPSG_4528 =
  '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const EPSG_4509 =
  '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

const CGCS2000_GEOGCS =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
/** As ArcGIS writes EPSG:4549. */
const PRJ_4549_ESRI = `PROJCS["CGCS2000_3_Degree_GK_CM_120E",${CGCS2000_GEOGCS},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
/** As GDAL writes EPSG:4528 (zone number in the false easting). */
const PRJ_4528_OGC =
  'PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 40",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",120],PARAMETER["scale_factor",1],PARAMETER["false_easting",40500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","4528"]]';
/** EPSG:4509, a 6-degree zone. */
const PRJ_4509 = `PROJCS["CGCS2000 / Gauss-Kruger CM 117E",${CGCS2000_GEOGCS},PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",117],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]`;
const PRJ_3857 =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
const PRJ_4490 = CGCS2000_GEOGCS;
const PRJ_BEIJING_1954 =
  'PROJCS["Beijing_1954_3_Degree_GK_CM_120E",GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** Known WGS-84 corners around 丽水 (lng, lat), clockwise as the Shapefile spec wants outer rings. */
const CORNERS: Position[] = [
  [119.9, 28.44],
  [119.9, 28.47],
  [119.94, 28.47],
  [119.94, 28.44],
  [119.9, 28.44],
];
/** GBK bytes of 丽水 (as Chinese GIS software writes a .dbf). */
const LISHUI_GBK = new Uint8Array([0xc0, 0xf6, 0xcb, 0xae]);

function zipShapefile(
  records: ShapeRecord[],
  options: { prj?: string; cpg?: string; names?: Uint8Array[]; languageDriver?: number } = {},
): Uint8Array {
  const { shp, shx } = writeShp(records);
  const names = options.names ?? records.map(() => text('site'));
  const dbf = writeDbf(
    [{ name: 'NAME', length: 20 }],
    names.map((name) => [name]),
    options.languageDriver,
  );
  const files: Record<string, Uint8Array> = {
    'parcels.shp': shp,
    'parcels.shx': shx,
    'parcels.DBF': dbf,
  };
  if (options.prj) files['parcels.prj'] = text(options.prj);
  if (options.cpg) files['parcels.cpg'] = text(options.cpg);
  return zipSync(files);
}

const project = (definition: string) => (position: Position) =>
  proj4('EPSG:4326', definition, [position[0]!, position[1]!]) as [number, number];

const metresOff = (expected: Position[], actual: Position[]) =>
  Math.max(
    ...expected.map((position) =>
      Math.min(...actual.map((other) => distance(position, other, { units: 'meters' }))),
    ),
  );

describe('zipped Shapefile import', () => {
  it.each([
    ['EPSG:4549 (3-degree CM 120E, ESRI WKT)', PRJ_4549_ESRI, EPSG_4549],
    ['EPSG:4528 (3-degree zone 40, zone in the false easting)', PRJ_4528_OGC, EPSG_4528],
    ['EPSG:4509 (6-degree CM 117E)', PRJ_4509, EPSG_4509],
    ['EPSG:3857 (Web Mercator)', PRJ_3857, 'EPSG:3857'],
  ])(
    'lands a Gauss–Krüger polygon within 1 m of its WGS-84 corners: %s',
    async (_, prj, definition) => {
      const ring = CORNERS.map(project(definition));
      const result = await parseImportFile(
        'parcels.zip',
        zipShapefile([{ type: 'polygon', rings: [ring] }], { prj }),
        readers,
      );
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.format).toBe('shapefile');
      const polygon = result.featureCollection.features[0]!.geometry as Polygon;
      expect(metresOff(CORNERS, polygon.coordinates[0]!)).toBeLessThan(1);
      expect(result.warnings).toContainEqual(
        expect.objectContaining({ code: 'projection-converted' }),
      );
      // Shapefile outer rings are clockwise by specification; turning them is no news.
      expect(result.warnings.map((warning) => warning.code)).not.toContain('winding-corrected');
    },
  );

  it('reads a point in CGCS2000 geographic (EPSG:4490) as WGS-84 with a note', async () => {
    const result = await parseImportFile(
      'points.zip',
      zipShapefile([{ type: 'point', position: [119.92, 28.45] }], { prj: PRJ_4490 }),
      readers,
    );
    expect(result.ok && result.featureCollection.features[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: [119.92, 28.45],
    });
    expect(result.ok && result.warnings).toContainEqual({ code: 'cgcs2000-as-wgs84' });
  });

  it('decodes GBK attribute text named by the .cpg', async () => {
    const result = await parseImportFile(
      'points.zip',
      zipShapefile([{ type: 'point', position: project(EPSG_4549)([119.92, 28.45]) }], {
        prj: PRJ_4549_ESRI,
        cpg: 'GBK',
        names: [LISHUI_GBK],
      }),
      readers,
    );
    expect(result.ok && result.featureCollection.features[0]!.properties).toEqual({ NAME: '丽水' });
  });

  it('detects GBK attribute text when there is no .cpg', async () => {
    const result = await parseImportFile(
      'points.zip',
      zipShapefile([{ type: 'point', position: [119.92, 28.45] }], {
        prj: PRJ_4490,
        names: [LISHUI_GBK],
      }),
      readers,
    );
    expect(result.ok && result.featureCollection.features[0]!.properties).toEqual({ NAME: '丽水' });
  });

  it('assumes WGS-84 without a .prj when the coordinates are degrees, and says so', async () => {
    const result = await parseImportFile(
      'points.zip',
      zipShapefile([{ type: 'point', position: [119.92, 28.45] }]),
      readers,
    );
    expect(result.ok && result.warnings).toContainEqual({ code: 'no-projection-assumed-wgs84' });
  });

  it('refuses a missing .prj when the coordinates are not degrees, showing one', async () => {
    const result = await parseImportFile(
      'parcels.zip',
      zipShapefile([{ type: 'point', position: project(EPSG_4549)([119.92, 28.45]) }]),
      readers,
    );
    expect(!result.ok && result.problems[0]!.code).toBe('shapefile-projection-missing');
    expect(!result.ok && describeImportProblem(result.problems[0]!, en)).toMatch(
      /no \.prj file .*\[49\d{4}\.\d+, 31\d{5}\.\d+\]/,
    );
  });

  it('refuses a .prj it cannot convert, naming the coordinate system it found', async () => {
    const result = await parseImportFile(
      'parcels.zip',
      zipShapefile([{ type: 'point', position: [500000, 3150000] }], { prj: PRJ_BEIJING_1954 }),
      readers,
    );
    expect(!result.ok && describeImportProblem(result.problems[0]!, en)).toContain(
      'Beijing_1954_3_Degree_GK_CM_120E',
    );
  });

  it('refuses an archive without a .shp, listing what it holds', async () => {
    const result = await parseImportFile(
      'notes.zip',
      zipSync({ 'readme.txt': text('hello') }),
      readers,
    );
    expect(!result.ok && result.problems[0]).toEqual({
      code: 'zip-no-shapefile',
      found: 'readme.txt',
    });
  });

  it('refuses a .dbf whose header claims more records than it holds, before reading it', async () => {
    const zip = zipShapefile([{ type: 'point', position: [119.92, 28.45] }]);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(zip);
    const dbf = files['parcels.DBF']!;
    new DataView(dbf.buffer, dbf.byteOffset).setUint32(4, 4_000_000_000, true);
    const result = await parseImportFile('parcels.zip', zipSync(files), readers);
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'shapefile-unreadable',
      field: 'parcels.dbf',
    });
  });

  it('refuses a damaged archive', async () => {
    const result = await parseImportFile('broken.zip', text('PK\u0003\u0004 nope'), readers);
    expect(!result.ok && result.problems[0]!.code).toBe('zip-unreadable');
  });
});

describe('interpretPrj', () => {
  it('recognises WKT 2 Transverse Mercator parameters', () => {
    const wkt2 =
      'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 120E",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101]]],CONVERSION["3-degree Gauss-Kruger CM 120E",METHOD["Transverse Mercator"],PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",120],PARAMETER["Scale factor at natural origin",1],PARAMETER["False easting",500000],PARAMETER["False northing",0]],CS[Cartesian,2],LENGTHUNIT["metre",1]]';
    expect(interpretPrj(wkt2)).toMatchObject({ kind: 'projected', datum: 'CGCS2000' });
  });

  it('calls text that is not WKT unknown, quoting it', () => {
    expect(interpretPrj('hello')).toEqual({ kind: 'unknown', name: 'hello' });
  });
});
