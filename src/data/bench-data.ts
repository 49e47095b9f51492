/**
 * Extra, synthetic data for benchmarking only: the parser of the files named by
 * `?bench-data=` (bench-urls.ts) of enterprise points and polygons made by
 * bench/generate-scale.ts. Loaded only when the parameter is present; the files
 * are untrusted input and are checked feature by feature. Hand-written checks
 * rather than zod: they must stay cheap at 100,000 points.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { err, ok, type Result } from '@/lib/result';
import { isRecord } from '@/lib/is-record';
import { appendAll } from '@/lib/append';
import type { BenchData, BenchProperties } from './bench-urls';

const MAX_FEATURES = 250_000;

const isPosition = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length >= 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  Math.abs(value[0]) <= 180 &&
  Math.abs(value[1]) <= 90;

const isRing = (value: unknown): boolean =>
  Array.isArray(value) && value.length >= 4 && value.every(isPosition);

const isPolygonCoordinates = (value: unknown): boolean =>
  Array.isArray(value) && value.length >= 1 && value.every(isRing);

/** Sorts a bench file's features into points and polygons, or says which feature is wrong. */
export function parseBenchCollection(value: unknown, file: string): Result<BenchData, string[]> {
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features))
    return err([`${file}: not a GeoJSON FeatureCollection`]);
  if (value.features.length > MAX_FEATURES)
    return err([`${file}: more than ${MAX_FEATURES} features`]);
  const points: Array<Feature<Point, BenchProperties>> = [];
  const polygons: Array<Feature<Polygon | MultiPolygon, BenchProperties>> = [];
  const errors: string[] = [];
  value.features.forEach((feature: unknown, index) => {
    if (errors.length >= 10) return;
    const where = `${file}: feature ${index}`;
    if (!isRecord(feature) || !isRecord(feature.properties) || !isRecord(feature.geometry)) {
      errors.push(`${where}: not a feature with properties and geometry`);
      return;
    }
    const { id, name, synthetic, countyCode } = feature.properties;
    if (typeof id !== 'string' || !id.startsWith('synthetic-') || id.length > 100) {
      errors.push(`${where}: id must be a string starting with "synthetic-"`);
      return;
    }
    if (typeof name !== 'string' || name.length > 200) {
      errors.push(`${where}: name must be a string`);
      return;
    }
    if (synthetic !== true) {
      errors.push(`${where}: synthetic must be true`);
      return;
    }
    const properties: BenchProperties = {
      id,
      name,
      synthetic: true,
      ...(typeof countyCode === 'string' ? { countyCode } : {}),
    };
    const geometry = feature.geometry;
    if (geometry.type === 'Point' && isPosition(geometry.coordinates)) {
      points.push({ type: 'Feature', properties, geometry: geometry as unknown as Point });
    } else if (geometry.type === 'Polygon' && isPolygonCoordinates(geometry.coordinates)) {
      polygons.push({ type: 'Feature', properties, geometry: geometry as unknown as Polygon });
    } else if (
      geometry.type === 'MultiPolygon' &&
      Array.isArray(geometry.coordinates) &&
      geometry.coordinates.every(isPolygonCoordinates)
    ) {
      polygons.push({ type: 'Feature', properties, geometry: geometry as unknown as MultiPolygon });
    } else {
      errors.push(`${where}: geometry must be a valid Point, Polygon or MultiPolygon`);
    }
  });
  if (errors.length > 0) return err(errors);
  return ok({
    points: { type: 'FeatureCollection', features: points },
    polygons: { type: 'FeatureCollection', features: polygons },
  });
}

/** Fetches and checks every bench file; null when there are none. */
export async function loadBenchData(urls: string[]): Promise<Result<BenchData | null, string[]>> {
  if (urls.length === 0) return ok(null);
  try {
    const parsed = await Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) return err([`${url}: HTTP ${response.status}`]);
        return parseBenchCollection((await response.json()) as unknown, url);
      }),
    );
    const merged: BenchData = {
      points: { type: 'FeatureCollection', features: [] },
      polygons: { type: 'FeatureCollection', features: [] },
    };
    for (const result of parsed) {
      if (!result.ok) return result;
      appendAll(merged.points.features, result.data.points.features);
      appendAll(merged.polygons.features, result.data.polygons.features);
    }
    return ok(merged);
  } catch (error) {
    return err([error instanceof Error ? error.message : String(error)]);
  }
}
