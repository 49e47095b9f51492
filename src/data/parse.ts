/**
 * Turns the raw JSON of geodata/ files (unknown) into typed records, with
 * messages that name the file, the feature and the field. Shared by the app's
 * loader and the validation CLI.
 *
 * Imports here (and in schema.ts, geodata-bundle.ts) are relative with the
 * file extension, not "@/": the build runs this parser from vite.config.ts,
 * whose loader knows no aliases (and, in its native mode, wants extensions).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { err, ok, type Result } from '../lib/result.ts';
import type { PlanFeature, RawGeodata } from './model';
import {
  countyPropertiesSchema,
  featurePropertiesSchema,
  recordsFileSchema,
  riverPropertiesSchema,
  shiziMembershipSchema,
  sourcesFileSchema,
} from './schema.ts';
import type { z } from 'zod';
import { isRecord } from '../lib/is-record.ts';
import { RIVERS_FILE } from './rivers.ts';

export const BOUNDARY_FILES = {
  counties: 'boundaries/lishui-counties.geojson',
  outline: 'boundaries/lishui-outline.geojson',
  neighbours: 'boundaries/neighbour-counties.geojson',
} as const;
export { RIVERS_FILE };
export const SOURCES_FILE = 'sources.json';
export const SHIZI_FILE = 'shizi-lianzhu.json';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

function formatIssues(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return `${where}${field ? ` › ${field}` : ''}: ${issue.message}`;
  });
}

/** Checks the FeatureCollection envelope; geometry detail is the validator's job. */
function parseCollection(
  file: string,
  value: unknown,
  errors: string[],
  allowUnplaced = false,
): Array<{ index: number; properties: unknown; geometry: Geometry | null }> {
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    errors.push(`${file}: expected a GeoJSON FeatureCollection with a "features" array`);
    return [];
  }
  const parsed: Array<{ index: number; properties: unknown; geometry: Geometry | null }> = [];
  value.features.forEach((feature: unknown, index) => {
    const label = `${file} › feature ${index}`;
    if (!isRecord(feature) || feature.type !== 'Feature') {
      errors.push(`${label}: expected a GeoJSON Feature`);
      return;
    }
    const geometry = feature.geometry;
    const unplaced =
      isRecord(feature.properties) && feature.properties.geometryQuality === 'unplaced';
    if (allowUnplaced && unplaced && geometry === null) {
      parsed.push({ index, properties: feature.properties, geometry: null });
      return;
    }
    if (!isRecord(geometry) || !GEOMETRY_TYPES.has(String(geometry.type))) {
      const id = isRecord(feature.properties) ? feature.properties.id : undefined;
      errors.push(
        `${label}${id ? ` (${String(id)})` : ''} › geometry: missing or not a GeoJSON geometry` +
          ' (run `npm run geodata` to draw schematic shapes from recipes)',
      );
      return;
    }
    parsed.push({
      index,
      properties: feature.properties,
      geometry: geometry as unknown as Geometry,
    });
    if (unplaced) errors.push(`${label} › geometry: an "unplaced" feature must have null geometry`);
  });
  return parsed;
}

function parseCountyCollection(file: string, value: unknown, errors: string[]) {
  const features = parseCollection(file, value, errors).flatMap(
    ({ index, properties, geometry }) => {
      const result = countyPropertiesSchema.safeParse(properties);
      if (!result.success) {
        errors.push(...formatIssues(`${file} › feature ${index} › properties`, result.error));
        return [];
      }
      return geometry ? [{ type: 'Feature' as const, properties: result.data, geometry }] : [];
    },
  );
  return { type: 'FeatureCollection', features } as RawGeodata['counties'];
}

/** The river file (optional): river properties by schema; line geometry is the validator's job. */
function parseRiverCollection(value: unknown, errors: string[]): RawGeodata['rivers'] {
  const features = parseCollection(RIVERS_FILE, value, errors).flatMap(
    ({ index, properties, geometry }) => {
      const result = riverPropertiesSchema.safeParse(properties);
      if (!result.success) {
        errors.push(
          ...formatIssues(`${RIVERS_FILE} › feature ${index} › properties`, result.error),
        );
        return [];
      }
      if (geometry?.type !== 'LineString' && geometry?.type !== 'MultiLineString') {
        errors.push(
          `${RIVERS_FILE} › feature ${index} › geometry: expected a LineString or MultiLineString`,
        );
        return [];
      }
      return [{ type: 'Feature' as const, properties: result.data, geometry }];
    },
  );
  return { type: 'FeatureCollection', features };
}

/**
 * Parses all geodata files (keyed by path relative to geodata/). Layer files
 * are `layers/*.geojson`, record files `records/*.json`.
 */
export function parseGeodata(files: Record<string, unknown>): Result<RawGeodata, string[]> {
  const errors: string[] = [];
  const required = [...Object.values(BOUNDARY_FILES), SOURCES_FILE];
  for (const file of required) if (!(file in files)) errors.push(`${file}: file is missing`);
  if (errors.length > 0) return err(errors);

  const counties = parseCountyCollection(
    BOUNDARY_FILES.counties,
    files[BOUNDARY_FILES.counties],
    errors,
  );
  const neighbours = parseCountyCollection(
    BOUNDARY_FILES.neighbours,
    files[BOUNDARY_FILES.neighbours],
    errors,
  );
  const outlineFeatures = parseCollection(
    BOUNDARY_FILES.outline,
    files[BOUNDARY_FILES.outline],
    errors,
  );
  const outline = {
    type: 'FeatureCollection',
    features: outlineFeatures.flatMap(({ properties, geometry }) =>
      geometry
        ? [
            {
              type: 'Feature',
              properties: isRecord(properties) ? properties : {},
              geometry,
            },
          ]
        : [],
    ),
  } as RawGeodata['outline'];

  const features: PlanFeature[] = [];
  const records: z.infer<typeof recordsFileSchema>[] = [];
  for (const file of Object.keys(files).sort()) {
    if (file.startsWith('layers/') && file.endsWith('.geojson')) {
      for (const { index, properties, geometry } of parseCollection(
        file,
        files[file],
        errors,
        true,
      )) {
        const result = featurePropertiesSchema.safeParse(properties);
        const id =
          isRecord(properties) && typeof properties.id === 'string' ? ` (${properties.id})` : '';
        if (!result.success) {
          errors.push(
            ...formatIssues(`${file} › feature ${index}${id} › properties`, result.error),
          );
          continue;
        }
        features.push({ type: 'Feature', properties: result.data, geometry });
      }
    } else if (file.startsWith('records/') && file.endsWith('.json')) {
      const result = recordsFileSchema.safeParse(files[file]);
      if (!result.success) errors.push(...formatIssues(file, result.error));
      else records.push(result.data);
    }
  }

  const documents = sourcesFileSchema.safeParse(files[SOURCES_FILE]);
  if (!documents.success) errors.push(...formatIssues(SOURCES_FILE, documents.error));

  let shizi: RawGeodata['shizi'] = null;
  if (SHIZI_FILE in files) {
    const result = shiziMembershipSchema.safeParse(files[SHIZI_FILE]);
    if (!result.success) errors.push(...formatIssues(SHIZI_FILE, result.error));
    else shizi = result.data;
  }

  const rivers =
    RIVERS_FILE in files ? parseRiverCollection(files[RIVERS_FILE], errors) : undefined;

  if (errors.length > 0 || !documents.success) return err(errors);
  return ok({
    counties,
    outline,
    neighbours,
    features,
    industries: records.flatMap((record) => record.industries),
    enterprises: records.flatMap((record) => record.enterprises),
    targets: records.flatMap((record) => record.targets),
    places: records.flatMap((record) => record.places),
    defects: records.flatMap((record) => record.defects),
    actions: records.flatMap((record) => record.actions),
    countyProfiles: records.flatMap((record) => record.countyProfiles),
    chains: records.flatMap((record) => record.chains),
    documents: documents.data,
    shizi,
    ...(rivers ? { rivers } : {}),
  });
}

export type { FeatureCollection };
