/**
 * The app's in-memory model of geodata/: typed records plus the indices that
 * link them (feature → enterprises, scope → targets, industry → features).
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { z } from 'zod';
import type {
  Chain,
  CountyProperties,
  DocumentInfo,
  Enterprise,
  FeatureProperties,
  Industry,
  Place,
  RiverProperties,
  SystemId,
  Target,
  actionSchema,
  countyProfileSchema,
  defectSchema,
  shiziMembershipSchema,
} from './schema';

export type PlanFeature = Feature<Geometry | null, FeatureProperties>;
export type PlacedPlanFeature = Feature<Geometry, FeatureProperties>;
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;
export type Action = z.infer<typeof actionSchema>;
export type CountyProfile = z.infer<typeof countyProfileSchema>;
export type Defect = z.infer<typeof defectSchema>;
export type ShiziMembership = z.infer<typeof shiziMembershipSchema>;

export interface RawGeodata {
  counties: FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  outline: FeatureCollection<Polygon | MultiPolygon>;
  neighbours: FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  features: PlanFeature[];
  industries: Industry[];
  enterprises: Enterprise[];
  targets: Target[];
  places: Place[];
  defects: Defect[];
  actions: Action[];
  countyProfiles: CountyProfile[];
  documents: Record<string, DocumentInfo>;
  shizi: ShiziMembership | null;
  chains: Chain[];
  /** Rivers (geodata/boundaries/rivers.geojson); absent from data sets without that file. */
  rivers?: FeatureCollection<LineString | MultiLineString, RiverProperties>;
}

export interface AppData extends RawGeodata {
  featureById: Map<string, PlanFeature>;
  countyByCode: Map<string, CountyFeature>;
  industryById: Map<string, Industry>;
  enterpriseById: Map<string, Enterprise>;
  targetById: Map<string, Target>;
  featuresBySystem: Map<SystemId, PlanFeature[]>;
  enterprisesByFeature: Map<string, Enterprise[]>;
  targetsByScope: Map<string, Target[]>;
  /** Feature ids hosting each industry (directly, or through a sub-chain). */
  featuresByIndustry: Map<string, string[]>;
  childrenByParent: Map<string, string[]>;
  /** Where each drawn shape's label goes, by feature id (see geo/label-point.ts). */
  labelPoints: Record<string, Position>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Key used in targetsByScope: "<kind>:<id>". */
export const scopeKey = (kind: string, id: string): string => `${kind}:${id}`;

/** Every ancestor of an industry (its parent chain), nearest first. */
export function industryAncestors(industryById: Map<string, Industry>, id: string): string[] {
  const ancestors: string[] = [];
  let current = industryById.get(id)?.parentId;
  while (current && !ancestors.includes(current)) {
    ancestors.push(current);
    current = industryById.get(current)?.parentId;
  }
  return ancestors;
}

/**
 * Builds the link indices over validated records. Pure; O(records). Shapes
 * without a label point are drawn unlabelled.
 */
export function indexGeodata(raw: RawGeodata, labelPoints: Record<string, Position> = {}): AppData {
  const featureById = new Map(raw.features.map((feature) => [feature.properties.id, feature]));
  const countyByCode = new Map(
    [...raw.counties.features, ...raw.neighbours.features].map((feature) => [
      feature.properties.code,
      feature as CountyFeature,
    ]),
  );
  const industryById = new Map(raw.industries.map((industry) => [industry.id, industry]));
  const enterpriseById = new Map(raw.enterprises.map((enterprise) => [enterprise.id, enterprise]));
  const targetById = new Map(raw.targets.map((target) => [target.id, target]));

  const featuresBySystem = new Map<SystemId, PlanFeature[]>();
  const childrenByParent = new Map<string, string[]>();
  const featuresByIndustry = new Map<string, string[]>();
  for (const feature of raw.features) {
    const properties = feature.properties;
    push(featuresBySystem, properties.system, feature);
    if (properties.parentId) push(childrenByParent, properties.parentId, properties.id);
    const hosted = new Set<string>();
    for (const industryId of properties.industryIds) {
      hosted.add(industryId);
      for (const ancestor of industryAncestors(industryById, industryId)) hosted.add(ancestor);
      for (const related of industryById.get(industryId)?.relatedIds ?? []) hosted.add(related);
    }
    for (const industryId of hosted) push(featuresByIndustry, industryId, properties.id);
  }

  const enterprisesByFeature = new Map<string, Enterprise[]>();
  for (const enterprise of raw.enterprises) {
    if (enterprise.featureId) push(enterprisesByFeature, enterprise.featureId, enterprise);
  }
  const targetsByScope = new Map<string, Target[]>();
  for (const target of raw.targets) {
    push(targetsByScope, scopeKey(target.scope.kind, target.scope.id), target);
  }

  return {
    ...raw,
    featureById,
    countyByCode,
    industryById,
    enterpriseById,
    targetById,
    featuresBySystem,
    enterprisesByFeature,
    targetsByScope,
    featuresByIndustry,
    childrenByParent,
    labelPoints,
  };
}
