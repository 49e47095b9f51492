/**
 * What the detail panel shows for a selected id, derived from the data
 * indices. Pure, so it is tested without React or a map.
 */
import { measureGeometry, type Measure } from '@/data/geo/measure';
import {
  industryAncestors,
  scopeKey,
  type Action,
  type AppData,
  type CountyFeature,
  type PlanFeature,
  type ShiziMembership,
} from '@/data/model';
import type { Enterprise, Industry, Source, Target } from '@/data/schema';
import { countyCodeOf } from '@/data/county-id';
import { PLATFORM_KINDS, type PlatformKind } from '@/data/systems';

export interface FeatureDetail {
  kind: 'feature';
  feature: PlanFeature;
  measure: Measure | null;
  county: CountyFeature | null;
  parent: PlanFeature | null;
  children: PlanFeature[];
  industries: Industry[];
  targets: Target[];
  localEnterprises: Enterprise[];
  /** Local firms of the same county whose site the plans do not state. */
  countyEnterprises: Enterprise[];
  benchmarkEnterprises: Enterprise[];
  /** Partner firms (neither local nor mere references) on this site or in its industries. */
  partnerEnterprises: Enterprise[];
  shiziReason: { reason: string; reasonEn: string } | null;
  /** On the corridor the "十子连珠" are strung along: its inferred members and open candidates. */
  shiziPattern: ShiziPattern | null;
}

export interface ShiziPattern {
  note: string;
  noteEn: string;
  members: PlanFeature[];
  candidates: NonNullable<ShiziMembership['candidates']>;
}

export interface CountyDetail {
  kind: 'county';
  county: CountyFeature;
  isLishui: boolean;
  measure: Measure;
  industries: Industry[];
  profileSources: CountyDetailSources;
  targets: Target[];
  actions: Action[];
  /** The plan features of the county plans (not the city plan's platforms). */
  features: PlanFeature[];
  /** The city plan's platforms in the county, by kind (kinds with none left out). */
  platformsByKind: Array<{ kind: PlatformKind; features: PlanFeature[] }>;
  /** The city's "5+2" clusters its platforms serve beyond those of its profile. */
  clusters: Industry[];
  enterprises: Enterprise[];
  /** Partner firms that work with the county's firms or platforms (never counted as local). */
  partners: Enterprise[];
}

type CountyDetailSources = Source[];

export type Detail = FeatureDetail | CountyDetail;

const byLocalFirst = (a: Enterprise, b: Enterprise) => a.name.localeCompare(b.name, 'zh-CN');

/** Industries plus every ancestor, so a chain's firms match its parent cluster too. */
function industryFamily(data: AppData, ids: string[]): Set<string> {
  const family = new Set<string>();
  for (const id of ids) {
    family.add(id);
    let parent = data.industryById.get(id)?.parentId;
    while (parent && !family.has(parent)) {
      family.add(parent);
      parent = data.industryById.get(parent)?.parentId;
    }
  }
  return family;
}

/** The top-level "5+2" clusters of the given industries (themselves or their ancestors). */
function cityClustersOf(data: AppData, industryIds: Iterable<string>): Industry[] {
  const clusters = new Set<string>();
  for (const industryId of industryIds) {
    const ancestors = industryAncestors(data.industryById, industryId);
    const root = ancestors.length > 0 ? ancestors[ancestors.length - 1]! : industryId;
    const industry = data.industryById.get(root);
    if (industry?.framework === 'city-5+2') clusters.add(root);
  }
  return [...clusters].flatMap((clusterId) => data.industryById.get(clusterId) ?? []);
}

export function detailFor(data: AppData, id: string): Detail | null {
  const code = countyCodeOf(id);
  if (code !== null) {
    const county = data.countyByCode.get(code);
    if (!county) return null;
    const profiles = data.countyProfiles.filter((profile) => profile.countyCode === code);
    const industryIds = [...new Set(profiles.flatMap((profile) => profile.industryIds))];
    const inCounty = data.features.filter(
      (feature) =>
        feature.properties.countyCode === code && feature.properties.system !== 'enclave',
    );
    const platforms = inCounty.filter((feature) => feature.properties.system === 'city');
    return {
      kind: 'county',
      county,
      isLishui: data.counties.features.some((feature) => feature.properties.code === code),
      measure: measureGeometry(county.geometry),
      industries: industryIds.flatMap((industryId) => data.industryById.get(industryId) ?? []),
      profileSources: profiles.flatMap((profile) => profile.sources),
      targets: data.targetsByScope.get(scopeKey('county', code)) ?? [],
      actions: data.actions.filter((action) => action.countyCodes.includes(code)),
      features: inCounty.filter((feature) => feature.properties.system !== 'city'),
      platformsByKind: PLATFORM_KINDS.map((kind) => ({
        kind,
        features: platforms.filter((feature) => feature.properties.platformKind === kind),
      })).filter((group) => group.features.length > 0),
      clusters: cityClustersOf(
        data,
        platforms.flatMap((feature) => feature.properties.industryIds),
      ).filter((cluster) => !industryIds.includes(cluster.id)),
      enterprises: data.enterprises
        .filter(
          (enterprise) =>
            enterprise.kind === 'local' &&
            (enterprise.countyCode === code ||
              (enterprise.featureId &&
                data.featureById.get(enterprise.featureId)?.properties.countyCode === code)),
        )
        .sort(byLocalFirst),
      partners: data.enterprises
        .filter((enterprise) => enterprise.kind === 'partner' && enterprise.countyCode === code)
        .sort(byLocalFirst),
    };
  }
  const feature = data.featureById.get(id);
  if (!feature) return null;
  const properties = feature.properties;
  const enterprises = data.enterprisesByFeature.get(id) ?? [];
  const family = industryFamily(data, properties.industryIds);
  const member = data.shizi?.members.find((entry) => entry.featureId === id);
  return {
    kind: 'feature',
    feature,
    measure: feature.geometry ? measureGeometry(feature.geometry) : null,
    county: data.countyByCode.get(properties.countyCode) ?? null,
    parent: properties.parentId ? (data.featureById.get(properties.parentId) ?? null) : null,
    children: (data.childrenByParent.get(id) ?? []).flatMap(
      (childId) => data.featureById.get(childId) ?? [],
    ),
    industries: properties.industryIds.flatMap(
      (industryId) => data.industryById.get(industryId) ?? [],
    ),
    targets: data.targetsByScope.get(scopeKey('feature', id)) ?? [],
    localEnterprises: enterprises
      .filter((enterprise) => enterprise.kind === 'local')
      .sort(byLocalFirst),
    countyEnterprises:
      properties.system === 'enclave'
        ? []
        : data.enterprises
            .filter(
              (enterprise) =>
                enterprise.kind === 'local' &&
                !enterprise.featureId &&
                enterprise.countyCode === properties.countyCode,
            )
            .sort(byLocalFirst),
    // Benchmarks are never placed here: they are prospects in the same industries.
    benchmarkEnterprises: data.enterprises
      .filter(
        (enterprise) =>
          enterprise.kind === 'benchmark' &&
          enterprise.industryIds.some((industryId) => family.has(industryId)),
      )
      .sort(byLocalFirst),
    // Partners work with firms here; they are never counted as local nor shown as benchmarks.
    partnerEnterprises: data.enterprises
      .filter(
        (enterprise) =>
          enterprise.kind === 'partner' &&
          (enterprise.featureId === id ||
            enterprise.industryIds.some((industryId) => family.has(industryId))),
      )
      .sort(byLocalFirst),
    shiziReason: member ? { reason: member.reason, reasonEn: member.reasonEn } : null,
    shiziPattern:
      data.shizi && data.shizi.corridorId === id
        ? {
            note: data.shizi.note,
            noteEn: data.shizi.noteEn,
            members: data.shizi.members.flatMap(
              (entry) => data.featureById.get(entry.featureId) ?? [],
            ),
            candidates: data.shizi.candidates ?? [],
          }
        : null,
  };
}
