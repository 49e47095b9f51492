/**
 * Reads the raw geodata files (path inside geodata/ → parsed JSON) into
 * records that remember where they came from, so every rule can name the
 * file, the feature or record, and the field. Entries that fail their schema
 * are left out here: schema-rules.ts reports them.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import { BOUNDARY_FILES, SHIZI_FILE, SOURCES_FILE } from '../parse';
import {
  actionSchema,
  chainSchema,
  countyProfileSchema,
  countyPropertiesSchema,
  defectSchema,
  enterpriseSchema,
  featurePropertiesSchema,
  industrySchema,
  placeSchema,
  shiziMembershipSchema,
  sourcesFileSchema,
  targetSchema,
  type CountyProperties,
  type FeatureProperties,
} from '../schema';
import { featureLabel, recordLabel, type IssueLocation } from './issue';
import { isRecord } from '@/lib/is-record';

export interface Located<T> extends Required<IssueLocation> {
  value: T;
}

export interface LocatedFeature extends Located<FeatureProperties> {
  index: number;
  geometry: Geometry | null;
}

export type AreaFeature = Feature<Polygon | MultiPolygon, CountyProperties>;

export const RECORD_SCHEMAS = {
  industries: industrySchema,
  enterprises: enterpriseSchema,
  targets: targetSchema,
  places: placeSchema,
  defects: defectSchema,
  actions: actionSchema,
  countyProfiles: countyProfileSchema,
  chains: chainSchema,
} as const;
export type RecordCollection = keyof typeof RECORD_SCHEMAS;
type RecordOf<K extends RecordCollection> = z.infer<(typeof RECORD_SCHEMAS)[K]>;

export interface LocatedGeodata {
  features: LocatedFeature[];
  industries: Located<RecordOf<'industries'>>[];
  enterprises: Located<RecordOf<'enterprises'>>[];
  targets: Located<RecordOf<'targets'>>[];
  places: Located<RecordOf<'places'>>[];
  defects: Located<RecordOf<'defects'>>[];
  actions: Located<RecordOf<'actions'>>[];
  countyProfiles: Located<RecordOf<'countyProfiles'>>[];
  chains: Located<RecordOf<'chains'>>[];
  shizi: Located<z.infer<typeof shiziMembershipSchema>> | null;
  documents: Located<z.infer<typeof sourcesFileSchema>> | null;
  /** Lishui's counties by code. */
  counties: Map<string, AreaFeature>;
  /** Neighbouring counties by code (Xianju 331024 among them). */
  neighbours: Map<string, AreaFeature>;
  /** The dissolved outline of Lishui City. */
  outline: Feature<Polygon | MultiPolygon> | null;
  /**
   * Ids of features and records that failed their schema (and are left out
   * above): references to them are not reported again as unknown.
   */
  unparsedIds: Set<string>;
}

/** Code of Lishui City, used by city-wide features and target scopes. */
export const CITY_CODE = '331100';

function rawFeatures(value: unknown): unknown[] {
  return isRecord(value) && Array.isArray(value.features) ? value.features : [];
}

function isArea(geometry: unknown): geometry is Polygon | MultiPolygon {
  return isRecord(geometry) && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
}

function readAreas(value: unknown): Map<string, AreaFeature> {
  const areas = new Map<string, AreaFeature>();
  for (const feature of rawFeatures(value)) {
    if (!isRecord(feature) || !isArea(feature.geometry)) continue;
    const properties = countyPropertiesSchema.safeParse(feature.properties);
    if (!properties.success) continue;
    areas.set(properties.data.code, {
      type: 'Feature',
      properties: properties.data,
      geometry: feature.geometry,
    });
  }
  return areas;
}

/** Layer files are layers/*.geojson; record files records/*.json. */
export const isLayerFile = (file: string): boolean => /^layers\/[^/]+\.geojson$/.test(file);
export const isRecordFile = (file: string): boolean => /^records\/[^/]+\.json$/.test(file);

export function locateGeodata(files: Record<string, unknown>): LocatedGeodata {
  const located: LocatedGeodata = {
    features: [],
    industries: [],
    enterprises: [],
    targets: [],
    places: [],
    defects: [],
    actions: [],
    countyProfiles: [],
    chains: [],
    shizi: null,
    documents: null,
    counties: readAreas(files[BOUNDARY_FILES.counties]),
    neighbours: readAreas(files[BOUNDARY_FILES.neighbours]),
    outline: null,
    unparsedIds: new Set(),
  };
  const rememberUnparsed = (value: unknown, key = 'id'): void => {
    if (isRecord(value) && typeof value[key] === 'string') located.unparsedIds.add(value[key]);
  };
  const outline = rawFeatures(files[BOUNDARY_FILES.outline])[0];
  if (isRecord(outline) && isArea(outline.geometry)) {
    located.outline = { type: 'Feature', properties: {}, geometry: outline.geometry };
  }

  for (const file of Object.keys(files).sort()) {
    if (isLayerFile(file)) {
      rawFeatures(files[file]).forEach((feature, index) => {
        if (!isRecord(feature)) return;
        const properties = featurePropertiesSchema.safeParse(feature.properties);
        if (!properties.success) {
          rememberUnparsed(feature.properties);
          return;
        }
        const geometry = isRecord(feature.geometry)
          ? (feature.geometry as unknown as Geometry)
          : null;
        located.features.push({
          file,
          where: featureLabel(index, properties.data.id),
          index,
          value: properties.data,
          geometry,
        });
      });
    } else if (isRecordFile(file)) {
      const content = files[file];
      if (!isRecord(content)) continue;
      for (const collection of Object.keys(RECORD_SCHEMAS) as RecordCollection[]) {
        const entries = content[collection];
        if (!Array.isArray(entries)) continue;
        entries.forEach((entry, index) => {
          const parsed = RECORD_SCHEMAS[collection].safeParse(entry);
          if (!parsed.success) {
            rememberUnparsed(entry);
            return;
          }
          const id = isRecord(entry) ? (entry.id ?? entry.countyCode) : undefined;
          (located[collection] as Located<unknown>[]).push({
            file,
            where: recordLabel(collection, index, id),
            value: parsed.data,
          });
        });
      }
    }
  }

  const shizi = shiziMembershipSchema.safeParse(files[SHIZI_FILE]);
  if (shizi.success) located.shizi = { file: SHIZI_FILE, where: '', value: shizi.data };
  const documents = sourcesFileSchema.safeParse(files[SOURCES_FILE]);
  if (documents.success)
    located.documents = { file: SOURCES_FILE, where: '', value: documents.data };
  return located;
}
