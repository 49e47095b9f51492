/**
 * A planner's candidate site as a dossier / comparison site: the same summary
 * a plan feature gets, from the user's polygon. It has no plan sources (the
 * planner drew it); its county's targets, firms and responsible units apply.
 */
import type { AppData } from '@/data/model';
import { siteSummary, type SiteSummary } from '@/data/sites/site-model';
import type { CandidateSiteRecord } from '@/data/planner/planner-db';
import { candidateDetail } from './candidate-detail';

/** Candidate site ids as CandidateTool makes them ("site-<base36 time>"). */
export function candidateSiteSummary(data: AppData, record: CandidateSiteRecord): SiteSummary {
  const detail = candidateDetail(record.vertices, data);
  const countyCode = detail.county?.code ?? null;
  const county = countyCode ? (data.countyByCode.get(countyCode) ?? null) : null;
  const isLishui = Boolean(
    countyCode && data.counties.features.some((feature) => feature.properties.code === countyCode),
  );
  return {
    id: record.id,
    kind: 'feature',
    name: record.name,
    nameEn: record.name,
    siteKind: 'candidate',
    system: null,
    role: null,
    roleEn: null,
    county,
    parent: null,
    hostCity: null,
    hostCityEn: null,
    geometry: { type: 'Polygon', coordinates: [[...record.vertices, record.vertices[0]!]] },
    measure: { kind: 'area', km2: detail.areaSquareMetres / 1_000_000 },
    // Drawn by the planner on screen: as indicative as a schematic shape.
    schematic: true,
    statedAreaHa: null,
    industries: [],
    targets: countyCode ? (data.targetsByScope.get(`county:${countyCode}`) ?? []) : [],
    targetsScope: 'county',
    enterprises: [],
    countyEnterprises: countyCode
      ? data.enterprises.filter(
          (enterprise) =>
            enterprise.kind === 'local' &&
            !enterprise.featureId &&
            enterprise.countyCode === countyCode,
        )
      : [],
    partners: [],
    actions:
      isLishui && countyCode
        ? data.actions.filter((action) => action.countyCodes.includes(countyCode))
        : [],
    sources: [],
  };
}

/**
 * A site's summary when it may be one of the planner's candidate sites: the
 * candidate's if `id` names one of `candidates`, else the plan feature's or
 * county's. Kept apart from siteSummary so the detail panel, which never shows
 * a candidate, does not load the candidate geometry (Turf overlay) code.
 */
export function siteOrCandidateSummary(
  data: AppData,
  id: string,
  candidates: readonly CandidateSiteRecord[],
): SiteSummary | null {
  const candidate = candidates.find((record) => record.id === id);
  return candidate ? candidateSiteSummary(data, candidate) : siteSummary(data, id);
}
