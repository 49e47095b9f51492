/**
 * What a site dossier (and a comparison column) says about a platform, zone
 * or county, derived from the data indices. Pure: tested without React.
 */
import { bbox } from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { Measure } from '@/data/geo/measure';
import type { Action, AppData, CountyFeature } from '@/data/model';
import type { Enterprise, Industry, Source, SystemId, Target } from '@/data/schema';
import { detailFor } from '@/data/sites/detail-model';
import type { Bounds } from '@/data/geo/projection';

export interface SiteSummary {
  id: string;
  kind: 'feature' | 'county';
  name: string;
  nameEn: string;
  /** Feature kind (platform, zone …) or "county". */
  siteKind: string;
  system: SystemId | null;
  role: string | null;
  roleEn: string | null;
  county: CountyFeature | null;
  parent: { id: string; name: string; nameEn: string } | null;
  hostCity: string | null;
  hostCityEn: string | null;
  geometry: Geometry | null;
  measure: Measure | null;
  /** The shape is drawn from place positions, not surveyed: its area is indicative. */
  schematic: boolean;
  statedAreaHa: number | null;
  industries: Industry[];
  /** The site's own targets, or its county's when the plans give the site none. */
  targets: Target[];
  targetsScope: 'site' | 'county';
  /** Local firms the plans place at the site (a county: every local firm in it). */
  enterprises: Enterprise[];
  /** Local firms of the site's county whose site the plans do not state. */
  countyEnterprises: Enterprise[];
  /** Firms that work with the site's firms (or the county's): partners, never local. */
  partners: Enterprise[];
  /** Plan actions naming the site's county among their responsible units. */
  actions: Action[];
  sources: Source[];
}

export function dedupeSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.seed}:${source.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether an id names a site that can have a dossier (a plan feature or a county). */
export function siteSummary(data: AppData, id: string): SiteSummary | null {
  const detail = detailFor(data, id);
  if (!detail) return null;
  if (detail.kind === 'county') {
    const properties = detail.county.properties;
    const profile = data.countyProfiles.find((entry) => entry.countyCode === properties.code);
    return {
      id,
      kind: 'county',
      name: properties.name,
      nameEn: properties.nameEn,
      siteKind: 'county',
      system: null,
      role: profile?.note ?? null,
      roleEn: profile?.noteEn ?? null,
      county: detail.county,
      parent: null,
      hostCity: null,
      hostCityEn: null,
      geometry: detail.county.geometry,
      measure: detail.measure,
      schematic: false,
      statedAreaHa: null,
      industries: detail.industries,
      targets: detail.targets,
      targetsScope: 'site',
      enterprises: detail.enterprises,
      countyEnterprises: [],
      partners: detail.partners,
      actions: detail.actions,
      sources: dedupeSources(detail.profileSources),
    };
  }
  const properties = detail.feature.properties;
  const countyCode = properties.countyCode;
  const countyTargets = detail.county
    ? (data.targetsByScope.get(`county:${countyCode}`) ?? [])
    : [];
  const ownTargets = detail.targets;
  return {
    id,
    kind: 'feature',
    name: properties.name,
    nameEn: properties.nameEn,
    siteKind: properties.kind,
    system: properties.system,
    role: properties.role,
    roleEn: properties.roleEn,
    county: detail.county,
    parent: detail.parent
      ? {
          id: detail.parent.properties.id,
          name: detail.parent.properties.name,
          nameEn: detail.parent.properties.nameEn,
        }
      : null,
    hostCity: properties.hostCity ?? null,
    hostCityEn: properties.hostCityEn ?? null,
    geometry: detail.feature.geometry,
    measure: detail.measure,
    schematic: properties.geometryQuality !== 'official',
    statedAreaHa: properties.statedAreaHa ?? null,
    industries: detail.industries,
    targets: ownTargets.length > 0 ? ownTargets : countyTargets,
    targetsScope: ownTargets.length > 0 ? 'site' : 'county',
    enterprises: detail.localEnterprises,
    countyEnterprises: detail.countyEnterprises,
    partners: detail.partnerEnterprises,
    actions:
      properties.system === 'enclave'
        ? []
        : data.actions.filter((action) => action.countyCodes.includes(countyCode)),
    sources: dedupeSources(properties.sources),
  };
}

/** Targets worth a line on one page: dated ones first, latest year first, then numbers before words. */
export function keyTargets(targets: Target[]): Target[] {
  return [...targets].sort((a, b) => {
    const yearA = a.year ?? 0;
    const yearB = b.year ?? 0;
    if (yearA !== yearB) return yearB - yearA;
    return Number(a.value === null) - Number(b.value === null);
  });
}

/** A list cut to `limit` items with how many were left out ("+N more"). */
export function truncateList<T>(items: T[], limit: number): { shown: T[]; more: number } {
  if (items.length <= limit) return { shown: items, more: 0 };
  // Showing "+1 more" instead of the last item wastes the line it would take.
  const shown = items.slice(0, Math.max(limit - 1, 0));
  return { shown, more: items.length - shown.length };
}

/** The frame of a site map: the site in its county (an enclave: its home county too). */
export function siteMapBounds(site: SiteSummary): Bounds | null {
  const boxes: Bounds[] = [];
  if (site.county) boxes.push(bbox(site.county.geometry) as Bounds);
  if (site.geometry) boxes.push(bbox(site.geometry) as Bounds);
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ];
}

/**
 * The data's as-of date: the latest dated plan document (YYYY-MM), or null
 * when no document carries a date.
 */
export function dataAsOf(documents: AppData['documents']): string | null {
  const dates = Object.values(documents)
    .map((document) => document.date)
    .filter((date): date is string => Boolean(date))
    .sort();
  return dates.at(-1) ?? null;
}
