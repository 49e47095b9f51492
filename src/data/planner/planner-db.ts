/**
 * The planner's own data in IndexedDB: imported layers and candidate sites.
 * Every record has a versioned zod schema; a record that fails it (an older
 * or damaged entry) is skipped and counted, never deleted, so nothing is lost.
 */
import { z } from '../../lib/zod.ts';
import type { FeatureCollection } from 'geojson';
import { validateGeoJsonDocument } from './validate-import';
import { IMPORT_WARNING_CODES, type ImportWarning } from './import-problem';
import { LAYERS, openPlannerDatabase as open, SITES } from './planner-storage';

const importWarningSchema = z.object({
  code: z.enum(IMPORT_WARNING_CODES),
  count: z.number().int().nonnegative().optional(),
  features: z
    .array(
      z.object({
        featureIndex: z.number().int().nonnegative(),
        featureName: z.string().optional(),
      }),
    )
    .optional(),
  detail: z.string().optional(),
});

/** The notes a layer was imported with; notes this version does not know are left out. */
function readWarnings(value: unknown): ImportWarning[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const warning = importWarningSchema.safeParse(item);
    return warning.success ? [warning.data] : [];
  });
}

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const userLayerRecordSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string(),
  fileName: z.string(),
  format: z.enum(['geojson', 'kml', 'gpx', 'csv', 'xlsx', 'shapefile']),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  createdAt: z.string(),
  convertedFromGcj02: z.boolean(),
  featureCollection: z.unknown(),
  /**
   * Added after version 1 shipped, optional so that layers stored before
   * still load: the notes the import made (winding corrected, datum converted…).
   */
  warnings: z.unknown().optional(),
});
export type UserLayerRecord = Omit<
  z.infer<typeof userLayerRecordSchema>,
  'featureCollection' | 'warnings'
> & {
  featureCollection: FeatureCollection;
  warnings?: ImportWarning[];
};

export const candidateSiteRecordSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.string(),
  /** Open ring of [lng, lat] vertices (the polygon closes itself). */
  vertices: z.array(position).min(3),
});
export type CandidateSiteRecord = z.infer<typeof candidateSiteRecordSchema>;

/** Stored records that pass their schema, and how many did not. */
export function parseLayerRecords(values: unknown[]): {
  layers: UserLayerRecord[];
  skipped: number;
} {
  const layers: UserLayerRecord[] = [];
  for (const value of values) {
    const record = userLayerRecordSchema.safeParse(value);
    if (!record.success) continue;
    const geojson = validateGeoJsonDocument(record.data.featureCollection);
    if (!geojson.ok) continue;
    const { warnings, ...rest } = record.data;
    const notes = readWarnings(warnings);
    layers.push({
      ...rest,
      featureCollection: geojson.featureCollection,
      ...(notes.length > 0 ? { warnings: notes } : {}),
    });
  }
  return { layers, skipped: values.length - layers.length };
}

export function parseSiteRecords(values: unknown[]): {
  sites: CandidateSiteRecord[];
  skipped: number;
} {
  const sites = values.flatMap((value) => {
    const record = candidateSiteRecordSchema.safeParse(value);
    return record.success ? [record.data] : [];
  });
  return { sites, skipped: values.length - sites.length };
}

export async function loadPlannerData(): Promise<{
  layers: UserLayerRecord[];
  sites: CandidateSiteRecord[];
  skipped: number;
}> {
  const db = await open();
  const layers = parseLayerRecords(await db.getAll(LAYERS));
  const sites = parseSiteRecords(await db.getAll(SITES));
  return { layers: layers.layers, sites: sites.sites, skipped: layers.skipped + sites.skipped };
}

export async function saveLayer(record: UserLayerRecord): Promise<void> {
  await (await open()).put(LAYERS, record);
}
export async function deleteLayer(id: string): Promise<void> {
  await (await open()).delete(LAYERS, id);
}
export async function saveSite(record: CandidateSiteRecord): Promise<void> {
  await (await open()).put(SITES, record);
}
export async function deleteSite(id: string): Promise<void> {
  await (await open()).delete(SITES, id);
}
