/**
 * Turns a table (CSV or a spreadsheet's first sheet) with longitude and
 * latitude columns into Point features; every other column becomes a text
 * property. Rows that cannot be placed are reported with their row number.
 *
 * Column names can state the datum: gcj02_lng / 高德经度 are GCJ-02 (AMap),
 * bd09_lng / 百度经度 are BD-09 (Baidu); the caller converts those to WGS-84.
 * Columns whose values make sense for China only when swapped are swapped
 * (when every row says so) or reported with a "swapped?" hint.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ImportProblem, ImportWarning } from '@/data/planner/import-problem';

export type TableDatum = 'wgs84' | 'gcj02' | 'bd09';

/** Header names per datum, most explicit first; a file's WGS-84 columns win over others. */
const COLUMNS: Array<{ datum: TableDatum; longitude: string[]; latitude: string[] }> = [
  {
    datum: 'wgs84',
    longitude: ['wgs84_lng', 'wgs84_lon', 'lng', 'lon', 'long', 'longitude', 'x', '经度'],
    latitude: ['wgs84_lat', 'lat', 'latitude', 'y', '纬度'],
  },
  {
    datum: 'gcj02',
    longitude: ['gcj02_lng', 'gcj02_lon', 'gcj_lng', 'amap_lng', '高德经度', 'gcj02经度'],
    latitude: ['gcj02_lat', 'gcj_lat', 'amap_lat', '高德纬度', 'gcj02纬度'],
  },
  {
    datum: 'bd09',
    longitude: ['bd09_lng', 'bd09_lon', 'bd_lng', 'baidu_lng', '百度经度', 'bd09经度'],
    latitude: ['bd09_lat', 'bd_lat', 'baidu_lat', '百度纬度', 'bd09纬度'],
  },
];

const normalise = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s()（）]/g, '');

/** Index of the first header matching one of the names, or -1. */
function findColumn(headers: string[], names: string[]): number {
  return headers.findIndex((header) => names.includes(normalise(header)));
}

/** Roughly China's extent (degrees): where a planner's table belongs. */
const inChina = (longitude: number, latitude: number): boolean =>
  longitude >= 73 && longitude <= 136 && latitude >= 3 && latitude <= 54;

export type TableConversion =
  | {
      ok: true;
      featureCollection: FeatureCollection<Point>;
      datum: TableDatum;
      warnings: ImportWarning[];
    }
  | { ok: false; problems: ImportProblem[] };

/** Rows[0] is the header; returns Point features [lng, lat] in degrees of `datum`. */
export function tableToFeatureCollection(rows: string[][]): TableConversion {
  const headers = (rows[0] ?? []).map((header) => header.trim());
  const columns = COLUMNS.map((group) => ({
    datum: group.datum,
    longitude: findColumn(headers, group.longitude),
    latitude: findColumn(headers, group.latitude),
  })).find((group) => group.longitude >= 0 && group.latitude >= 0);
  if (rows.length < 2 || !columns) {
    return {
      ok: false,
      problems: [{ code: rows.length < 2 ? 'no-features' : 'table-no-columns', row: 1 }],
    };
  }
  const { longitude: longitudeColumn, latitude: latitudeColumn, datum } = columns;
  const values = rows.slice(1).map((cells) => {
    const longitudeText = (cells[longitudeColumn] ?? '').trim();
    const latitudeText = (cells[latitudeColumn] ?? '').trim();
    return {
      cells,
      longitudeText,
      latitudeText,
      longitude: longitudeText === '' ? NaN : Number(longitudeText),
      latitude: latitudeText === '' ? NaN : Number(latitudeText),
    };
  });
  const numeric = values.filter(
    (value) => Number.isFinite(value.longitude) && Number.isFinite(value.latitude),
  );
  const swappedOnly = (value: { longitude: number; latitude: number }) =>
    !inChina(value.longitude, value.latitude) && inChina(value.latitude, value.longitude);
  // Swap only when every placed row makes sense swapped and none as written.
  const swapAll = numeric.length > 0 && numeric.every(swappedOnly);
  const problems: ImportProblem[] = [];
  const features: Feature<Point>[] = [];
  values.forEach((value, offset) => {
    const row = offset + 2;
    const longitude = swapAll ? value.latitude : value.longitude;
    const latitude = swapAll ? value.longitude : value.latitude;
    const badLongitude = !Number.isFinite(longitude) || Math.abs(longitude) > 180;
    const badLatitude = !Number.isFinite(latitude) || Math.abs(latitude) > 90;
    if (badLongitude || badLatitude) {
      const swapped =
        Number.isFinite(value.longitude) && Number.isFinite(value.latitude) && swappedOnly(value);
      problems.push({
        code: swapped ? 'table-swapped' : 'table-bad-row',
        row,
        field: headers[badLongitude ? longitudeColumn : latitudeColumn]!,
        found: `${value.longitudeText.slice(0, 30)}, ${value.latitudeText.slice(0, 30)}`,
      });
      return;
    }
    const properties: Record<string, string> = {};
    headers.forEach((header, column) => {
      if (column === longitudeColumn || column === latitudeColumn || header === '') return;
      properties[header] = value.cells[column] ?? '';
    });
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  const warnings: ImportWarning[] = swapAll
    ? [{ code: 'swapped-columns', count: numeric.length }]
    : [];
  return {
    ok: true,
    featureCollection: { type: 'FeatureCollection', features },
    datum,
    warnings,
  };
}
