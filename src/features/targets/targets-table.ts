/**
 * Pure logic of the targets view: one row per plan target with its derived
 * system and scope name, plus filtering, sorting and the chart's selection.
 * No React, no store, no map.
 */
import { industryAncestors, type AppData } from '@/data/model';
import type { Industry, SystemId, Target } from '@/data/schema';
import type { Language } from '@/i18n/language';
import { countyFeatureId } from '@/data/county-id';
import { scopeName } from '@/data/target-scope';

/** The plan system a target belongs to: a map system, or the city-wide plan. */
export type TargetSystem = SystemId | 'city';
export const TARGET_SYSTEMS: readonly TargetSystem[] = [
  'city',
  'corridor',
  'liandu',
  'jinyun',
  'xianju',
  'enclave',
];

export type ScopeKind = Target['scope']['kind'];
export const SCOPE_KINDS: readonly ScopeKind[] = ['city', 'county', 'feature', 'industry'];

/** Which system each industry framework belongs to. */
const FRAMEWORK_SYSTEM: Record<Industry['framework'], TargetSystem> = {
  'city-5+2': 'city',
  'liandu-digital': 'liandu',
  'jinyun-2+x': 'jinyun',
  xianju: 'xianju',
};

/** Systems that cover part of one county (the corridor and enclaves span several). */
const COUNTY_SYSTEMS: readonly SystemId[] = ['liandu', 'jinyun', 'xianju'];

export interface TargetRow {
  target: Target;
  system: TargetSystem;
  scopeName: string;
  /** The target's industry and all its ancestors (for the industry filter). */
  industryIds: string[];
  /** Other targets in the same conflict group. */
  conflicts: Target[];
}

/** The county-level system of each county code, from the features the plans place in it. */
function systemByCounty(data: AppData): Map<string, TargetSystem> {
  const counts = new Map<string, Map<SystemId, number>>();
  for (const feature of data.features) {
    const { countyCode, system } = feature.properties;
    if (!COUNTY_SYSTEMS.includes(system)) continue;
    const perSystem = counts.get(countyCode) ?? new Map<SystemId, number>();
    perSystem.set(system, (perSystem.get(system) ?? 0) + 1);
    counts.set(countyCode, perSystem);
  }
  const result = new Map<string, TargetSystem>();
  for (const [countyCode, perSystem] of counts) {
    const [top] = [...perSystem].sort((a, b) => b[1] - a[1]);
    if (top) result.set(countyCode, top[0]);
  }
  return result;
}

/** Derives a target's system from its scope: feature → its system, county → the county's plan, industry → its framework. */
export function targetSystem(
  data: AppData,
  target: Target,
  countySystems = systemByCounty(data),
): TargetSystem {
  const { kind, id } = target.scope;
  switch (kind) {
    case 'feature':
      return data.featureById.get(id)?.properties.system ?? 'city';
    case 'county':
      return countySystems.get(id) ?? 'city';
    case 'industry': {
      const industry = data.industryById.get(id);
      return industry ? FRAMEWORK_SYSTEM[industry.framework] : 'city';
    }
    case 'city':
      return 'city';
  }
}

/** One row per target, in data order. */
export function buildTargetRows(data: AppData, language: Language, cityName: string): TargetRow[] {
  const countySystems = systemByCounty(data);
  const byConflictGroup = new Map<string, Target[]>();
  for (const target of data.targets) {
    if (!target.conflictGroup) continue;
    byConflictGroup.set(target.conflictGroup, [
      ...(byConflictGroup.get(target.conflictGroup) ?? []),
      target,
    ]);
  }
  return data.targets.map((target) => {
    const ownIndustry =
      target.industryId ?? (target.scope.kind === 'industry' ? target.scope.id : undefined);
    const industryIds = ownIndustry
      ? [ownIndustry, ...industryAncestors(data.industryById, ownIndustry)]
      : [];
    if (target.scope.kind === 'industry' && target.scope.id !== ownIndustry)
      industryIds.push(target.scope.id);
    return {
      target,
      system: targetSystem(data, target, countySystems),
      scopeName: scopeName(data, target.scope, language, cityName),
      industryIds,
      conflicts: target.conflictGroup
        ? (byConflictGroup.get(target.conflictGroup) ?? []).filter(
            (other) => other.id !== target.id,
          )
        : [],
    };
  });
}

export interface TargetFilters {
  system: TargetSystem | 'all';
  scopeKind: ScopeKind | 'all';
  /** An industry id: keeps targets of that industry or any of its sub-chains. */
  industryId: string | 'all';
  /** A target year, 'none' for targets without one. */
  year: number | 'none' | 'all';
  text: string;
  conflictsOnly: boolean;
}

export const NO_FILTERS: TargetFilters = {
  system: 'all',
  scopeKind: 'all',
  industryId: 'all',
  year: 'all',
  text: '',
  conflictsOnly: false,
};

/** Case-insensitive match of every whitespace-separated word against both languages' texts. */
function matchesText(row: TargetRow, words: string[]): boolean {
  if (words.length === 0) return true;
  const { target } = row;
  const haystack = [
    target.indicator,
    target.indicatorEn,
    row.scopeName,
    target.valueText,
    target.valueTextEn,
    target.unit,
    target.conflictNote,
    target.id,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function filterRows(rows: TargetRow[], filters: TargetFilters): TargetRow[] {
  const words = filters.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filters.system === 'all' || row.system === filters.system) &&
      (filters.scopeKind === 'all' || row.target.scope.kind === filters.scopeKind) &&
      (filters.industryId === 'all' || row.industryIds.includes(filters.industryId)) &&
      (filters.year === 'all' ||
        (filters.year === 'none' ? row.target.year === null : row.target.year === filters.year)) &&
      (!filters.conflictsOnly || row.target.conflictGroup !== undefined) &&
      matchesText(row, words),
  );
}

export type SortKey =
  'indicator' | 'scope' | 'baseline' | 'target' | 'year' | 'source' | 'conflict';
export interface SortState {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const COLLATOR_LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

type SortValue = string | number | null;

function sortValue(row: TargetRow, key: SortKey, language: Language): SortValue {
  const { target } = row;
  switch (key) {
    case 'indicator':
      return language === 'zh' ? target.indicator : target.indicatorEn;
    case 'scope':
      return row.scopeName;
    case 'baseline':
      return target.baselineValue ?? null;
    case 'target':
      return target.value ?? target.valueText ?? null;
    case 'year':
      return target.year;
    case 'source': {
      const [first] = target.sources;
      return first ? `${first.seed}:${String(first.line).padStart(6, '0')}` : null;
    }
    case 'conflict':
      return target.conflictGroup ?? null;
  }
}

/**
 * Sorts a copy of the rows. In both directions numbers come first, then
 * targets stated in words, then missing values; ties keep data order.
 */
export function sortRows(rows: TargetRow[], sort: SortState, language: Language): TargetRow[] {
  const collator = new Intl.Collator(COLLATOR_LOCALE[language], { numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Numbers, then words (targets stated in words), then missing values: in both directions.
  const rank = (value: SortValue): number =>
    typeof value === 'number' ? 0 : value === null ? 2 : 1;
  const compare = (a: SortValue, b: SortValue): number =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.key, language) }))
    .sort((a, b) => {
      const byRank = rank(a.value) - rank(b.value);
      if (byRank !== 0) return byRank;
      if (a.value === null) return a.index - b.index;
      return sign * compare(a.value, b.value) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Distinct target years of the rows, ascending, and whether any row has none. */
export function yearOptions(rows: TargetRow[]): { years: number[]; hasNone: boolean } {
  const years = new Set<number>();
  let hasNone = false;
  for (const { target } of rows) {
    if (target.year === null) hasNone = true;
    else years.add(target.year);
  }
  return { years: [...years].sort((a, b) => a - b), hasNone };
}

/** Industries that have targets (directly or through a sub-chain), grouped by system in framework order. */
export function industryOptions(
  data: AppData,
  rows: TargetRow[],
): Array<{ system: TargetSystem; industries: Industry[] }> {
  const used = new Set(rows.flatMap((row) => row.industryIds));
  const groups = new Map<TargetSystem, Industry[]>();
  for (const industry of data.industries) {
    if (!used.has(industry.id)) continue;
    const system = FRAMEWORK_SYSTEM[industry.framework];
    groups.set(system, [...(groups.get(system) ?? []), industry]);
  }
  return TARGET_SYSTEMS.filter((system) => groups.has(system)).map((system) => ({
    system,
    industries: groups.get(system) ?? [],
  }));
}

export interface ChartSelection {
  /** The plan unit charted; every charted row uses it. */
  unit: string;
  rows: TargetRow[];
  /** How many rows in this unit could be charted before the limit. */
  total: number;
}

/** Rows that can be charted: a baseline and a numeric target (both in the target's unit). */
export function isChartable(row: TargetRow): boolean {
  return row.target.baselineValue !== undefined && row.target.value !== null;
}

/** Units of chartable rows, most rows first (ties by unit), with their counts. */
export function chartUnits(rows: TargetRow[]): Array<{ unit: string; count: number }> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (isChartable(row)) counts.set(row.target.unit, (counts.get(row.target.unit) ?? 0) + 1);
  }
  return [...counts]
    .map(([unit, count]) => ({ unit, count }))
    .sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit));
}

/**
 * The chartable rows in one unit (default: the most common), in row order,
 * capped at `limit` so the bars stay readable. Null when nothing is chartable.
 */
export function chartSelection(
  rows: TargetRow[],
  unit: string | null,
  limit = 20,
): ChartSelection | null {
  const units = chartUnits(rows);
  const chosen = units.find((entry) => entry.unit === unit) ?? units[0];
  if (!chosen) return null;
  const inUnit = rows.filter((row) => isChartable(row) && row.target.unit === chosen.unit);
  return { unit: chosen.unit, rows: inUnit.slice(0, limit), total: inUnit.length };
}

/** What clicking a row does on the map. */
export type ScopeAction =
  { kind: 'select'; id: string } | { kind: 'filter-industry'; id: string } | { kind: 'none' };

export function scopeAction(data: AppData, target: Target): ScopeAction {
  const { kind, id } = target.scope;
  if (kind === 'feature' && data.featureById.has(id)) return { kind: 'select', id };
  if (kind === 'county' && data.countyByCode.has(id))
    return { kind: 'select', id: countyFeatureId(id) };
  if (kind === 'industry' && data.industryById.has(id)) return { kind: 'filter-industry', id };
  return { kind: 'none' };
}
