/**
 * Turns a table (CSV or a spreadsheet's first sheet) with longitude and
 * latitude columns into Point features; every other column becomes a text
 * property. Rows that cannot be placed are reported with their row number.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ImportProblem } from '@/data/planner/import-problem';

const LONGITUDE_NAMES = ['lng', 'lon', 'long', 'longitude', 'x', '经度', 'wgs84_lng', 'gcj02_lng'];
const LATITUDE_NAMES = ['lat', 'latitude', 'y', '纬度', 'wgs84_lat', 'gcj02_lat'];

const normalise = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s()（）]/g, '');

/** Index of the first header matching one of the names, or -1. */
function findColumn(headers: string[], names: string[]): number {
  return headers.findIndex((header) => names.includes(normalise(header)));
}

export type TableConversion =
  | { ok: true; featureCollection: FeatureCollection<Point> }
  | { ok: false; problems: ImportProblem[] };

/** Rows[0] is the header; returns Point features [lng, lat] in degrees as written. */
export function tableToFeatureCollection(rows: string[][]): TableConversion {
  const headers = (rows[0] ?? []).map((header) => header.trim());
  const longitudeColumn = findColumn(headers, LONGITUDE_NAMES);
  const latitudeColumn = findColumn(headers, LATITUDE_NAMES);
  if (rows.length < 2 || longitudeColumn < 0 || latitudeColumn < 0) {
    return {
      ok: false,
      problems: [{ code: rows.length < 2 ? 'no-features' : 'table-no-columns', row: 1 }],
    };
  }
  const problems: ImportProblem[] = [];
  const features: Feature<Point>[] = [];
  rows.slice(1).forEach((cells, offset) => {
    const row = offset + 2;
    const longitudeText = (cells[longitudeColumn] ?? '').trim();
    const latitudeText = (cells[latitudeColumn] ?? '').trim();
    const longitude = Number(longitudeText);
    const latitude = Number(latitudeText);
    const bad: string[] = [];
    if (longitudeText === '' || !Number.isFinite(longitude) || Math.abs(longitude) > 180)
      bad.push(headers[longitudeColumn]!);
    if (latitudeText === '' || !Number.isFinite(latitude) || Math.abs(latitude) > 90)
      bad.push(headers[latitudeColumn]!);
    for (const field of bad)
      problems.push({
        code: 'table-bad-row',
        row,
        field,
        detail: (cells[headers.indexOf(field)] ?? '').slice(0, 40),
      });
    if (bad.length > 0) return;
    const properties: Record<string, string> = {};
    headers.forEach((header, column) => {
      if (column === longitudeColumn || column === latitudeColumn || header === '') return;
      properties[header] = cells[column] ?? '';
    });
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, featureCollection: { type: 'FeatureCollection', features } };
}
