/**
 * Side-by-side figures for two or three sites: area, county, industries
 * (shared ones marked), targets for the same indicator and year, local firm
 * counts, distances between the sites and to the corridor and axis. Every
 * figure says where it comes from: plan lines, or a Turf computation.
 */
import { centroid } from '@turf/centroid';
import { distance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, Point } from 'geojson';
import type { AppData } from '@/data/model';
import type { Industry, Source, Target } from '@/data/schema';
import { dedupeSources, type SiteSummary } from '@/data/sites/site-model';
import { siteOrCandidateSummary } from '@/data/sites/candidate-site';
import type { CandidateSiteRecord } from '@/data/planner/planner-db';

/** The lines distances are measured to: the 浙西南科创走廊 and 莲都's 一轴. */
export const REFERENCE_LINES = ['corridor-zhexinan-corridor', 'liandu-axis'] as const;
export type ReferenceLineId = (typeof REFERENCE_LINES)[number];

export type FigureSource =
  | { kind: 'plan'; sources: Source[] }
  /** Computed with Turf from the shapes; `schematic`: from drawn, not surveyed, shapes. */
  | { kind: 'computed'; schematic: boolean };

export interface Figure<T> {
  value: T;
  source: FigureSource;
}

export interface CompareColumn {
  site: SiteSummary;
  /** Geodesic area in km² (null for points, lines and unplaced sites). */
  areaKm2: Figure<number> | null;
  countyName: Figure<{ name: string; nameEn: string }> | null;
  industries: Array<{ industry: Industry; shared: boolean }>;
  industrySources: Source[];
  enterpriseCount: Figure<number>;
  /** km from the site's centroid to each reference line (null: the site has no shape). */
  lineDistances: Record<ReferenceLineId, Figure<number> | null>;
}

export interface TargetRow {
  indicator: string;
  indicatorEn: string;
  year: number | null;
  /** One cell per column, in column order. */
  cells: Array<Target | null>;
}

export interface PairDistance {
  from: string;
  to: string;
  km: Figure<number>;
}

export interface Comparison {
  columns: CompareColumn[];
  /** Indicators (same name and year) that at least two of the sites have targets for. */
  targetRows: TargetRow[];
  pairDistances: PairDistance[];
}

function centroidOf(site: SiteSummary): Feature<Point> | null {
  if (!site.geometry) return null;
  return centroid({ type: 'Feature', properties: {}, geometry: site.geometry });
}

function lineOf(data: AppData, id: ReferenceLineId): Feature<LineString> | null {
  const feature = data.featureById.get(id);
  if (!feature?.geometry || feature.geometry.type !== 'LineString') return null;
  return { type: 'Feature', properties: {}, geometry: feature.geometry };
}

const rowKey = (target: Target) => `${target.indicator}|${target.year ?? ''}`;

export function compareSites(
  data: AppData,
  ids: string[],
  candidates: readonly CandidateSiteRecord[] = [],
): Comparison {
  const sites = ids.flatMap((id) => siteOrCandidateSummary(data, id, candidates) ?? []);
  const industryCounts = new Map<string, number>();
  for (const site of sites) {
    for (const id of new Set(site.industries.map((industry) => industry.id)))
      industryCounts.set(id, (industryCounts.get(id) ?? 0) + 1);
  }
  const centroids = sites.map(centroidOf);
  const lines = Object.fromEntries(REFERENCE_LINES.map((id) => [id, lineOf(data, id)])) as Record<
    ReferenceLineId,
    Feature<LineString> | null
  >;

  const columns: CompareColumn[] = sites.map((site, index) => {
    const point = centroids[index] ?? null;
    const lineDistances = Object.fromEntries(
      REFERENCE_LINES.map((lineId) => {
        const line = lines[lineId];
        const figure: Figure<number> | null =
          point && line
            ? {
                value: pointToLineDistance(point, line, { units: 'kilometers' }),
                source: { kind: 'computed', schematic: true },
              }
            : null;
        return [lineId, figure];
      }),
    ) as Record<ReferenceLineId, Figure<number> | null>;
    const county = site.county?.properties;
    return {
      site,
      areaKm2:
        site.measure?.kind === 'area'
          ? { value: site.measure.km2, source: { kind: 'computed', schematic: site.schematic } }
          : null,
      countyName: county
        ? {
            value: { name: county.name, nameEn: county.nameEn },
            source:
              site.kind === 'feature'
                ? { kind: 'plan', sources: site.sources }
                : { kind: 'computed', schematic: false },
          }
        : null,
      industries: site.industries.map((industry) => ({
        industry,
        shared: (industryCounts.get(industry.id) ?? 0) > 1,
      })),
      industrySources: site.sources,
      enterpriseCount: {
        value: site.enterprises.length,
        source: {
          kind: 'plan',
          sources: dedupeSources(site.enterprises.flatMap((enterprise) => enterprise.sources)),
        },
      },
      lineDistances,
    };
  });

  // Only each site's own targets are compared: a county's figures are not a platform's.
  const ownTargets = sites.map((site) => (site.targetsScope === 'site' ? site.targets : []));
  const rows = new Map<string, TargetRow>();
  ownTargets.forEach((targets, column) => {
    for (const target of targets) {
      const key = rowKey(target);
      let row = rows.get(key);
      if (!row) {
        row = {
          indicator: target.indicator,
          indicatorEn: target.indicatorEn,
          year: target.year,
          cells: sites.map(() => null),
        };
        rows.set(key, row);
      }
      row.cells[column] ??= target;
    }
  });
  const targetRows = [...rows.values()]
    .filter((row) => row.cells.filter(Boolean).length >= 2)
    .sort(
      (a, b) => (b.year ?? 0) - (a.year ?? 0) || a.indicator.localeCompare(b.indicator, 'zh-CN'),
    );

  const pairDistances: PairDistance[] = [];
  for (let first = 0; first < sites.length; first += 1) {
    for (let second = first + 1; second < sites.length; second += 1) {
      const from = centroids[first];
      const to = centroids[second];
      if (!from || !to) continue;
      pairDistances.push({
        from: sites[first]!.id,
        to: sites[second]!.id,
        km: {
          value: distance(from, to, { units: 'kilometers' }),
          source: {
            kind: 'computed',
            schematic: sites[first]!.schematic || sites[second]!.schematic,
          },
        },
      });
    }
  }
  return { columns, targetRows, pairDistances };
}
