/**
 * How much of each of a site's lists one A4 page shows, and the sources of
 * what it shows. Pure: the page picks a level, these say what goes on it.
 */
import type { Action } from '@/data/model';
import type { Enterprise, Industry, Target } from '@/data/schema';
import { groupSources, type SourceGroup } from '@/data/sites/dossier-sources';
import { keyTargets, truncateList, type SiteSummary } from '@/data/sites/site-model';

/**
 * How much of each list fits. The page starts generous and steps down until
 * nothing overflows the A4 sheet (measured after layout), so long lists end
 * in "+N more" instead of being cut off.
 */
export const FIT_LEVELS = [
  {
    industries: 14,
    targets: 8,
    enterprises: 16,
    countyEnterprises: 8,
    partners: 4,
    actions: 3,
    units: 10,
    lines: 14,
  },
  {
    industries: 12,
    targets: 7,
    enterprises: 12,
    countyEnterprises: 6,
    partners: 3,
    actions: 2,
    units: 8,
    lines: 10,
  },
  {
    industries: 10,
    targets: 6,
    enterprises: 10,
    countyEnterprises: 4,
    partners: 2,
    actions: 2,
    units: 6,
    lines: 8,
  },
  {
    industries: 8,
    targets: 5,
    enterprises: 8,
    countyEnterprises: 0,
    partners: 0,
    actions: 1,
    units: 6,
    lines: 6,
  },
  {
    industries: 6,
    targets: 4,
    enterprises: 6,
    countyEnterprises: 0,
    partners: 0,
    actions: 1,
    units: 4,
    lines: 4,
  },
  {
    industries: 4,
    targets: 3,
    enterprises: 4,
    countyEnterprises: 0,
    partners: 0,
    actions: 0,
    units: 0,
    lines: 3,
  },
] as const;

export type FitLimits = (typeof FIT_LEVELS)[number];

/** A list cut to what fits, with how many were left out. */
export interface ShownList<T> {
  shown: T[];
  more: number;
}

/** A body responsible for plan actions, as the plan names it and in English. */
export interface ResponsibleUnit {
  name: string;
  nameEn: string;
}

export interface DossierLists {
  industries: ShownList<Industry>;
  /** The key targets first (see keyTargets), so the cut drops the least telling. */
  targets: ShownList<Target>;
  enterprises: ShownList<Enterprise>;
  countyEnterprises: ShownList<Enterprise>;
  /** Partners of the site's firms: shown apart, never as local firms. */
  partners: ShownList<Enterprise>;
  actions: ShownList<Action>;
  /** The units responsible for the shown actions, each once. */
  units: ShownList<ResponsibleUnit>;
}

/** Each of the site's lists cut to the limits of one fit level. */
export function dossierLists(site: SiteSummary, limits: FitLimits): DossierLists {
  const actions = truncateList(site.actions, limits.actions);
  const unitsByName = new Map<string, ResponsibleUnit>();
  for (const action of actions.shown)
    action.responsibleUnits.forEach((name, index) => {
      if (!unitsByName.has(name))
        unitsByName.set(name, { name, nameEn: action.responsibleUnitsEn[index] ?? name });
    });
  const units = [...unitsByName.values()];
  return {
    industries: truncateList(site.industries, limits.industries),
    targets: truncateList(keyTargets(site.targets), limits.targets),
    enterprises: truncateList(site.enterprises, limits.enterprises),
    countyEnterprises: truncateList(site.countyEnterprises, limits.countyEnterprises),
    partners: truncateList(site.partners, limits.partners),
    actions,
    units: truncateList(units, limits.units),
  };
}

/**
 * The site's own sources and those of the shown items only: an item cut to
 * "+N more" is not on the page, so its source is not cited either.
 */
export function dossierSourceGroups(site: SiteSummary, lists: DossierLists): SourceGroup[] {
  return groupSources([
    ...site.sources,
    ...lists.targets.shown.flatMap((target) => target.sources),
    ...lists.enterprises.shown.flatMap((enterprise) => enterprise.sources),
    ...lists.countyEnterprises.shown.flatMap((enterprise) => enterprise.sources),
    ...lists.partners.shown.flatMap((enterprise) => enterprise.sources),
    ...lists.actions.shown.flatMap((action) => action.sources),
  ]);
}
