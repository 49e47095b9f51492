import type { AppData } from './model';
import { countyFeatureId } from '@/data/county-id';

/** A map filter, as data: which features it keeps. */
export type FilterSpec = { kind: 'industry'; id: string } | { kind: 'county'; id: string };

/**
 * Ids of the plan and county features a filter keeps: for an industry, every
 * feature hosting it (or a sub-chain of it) and the counties the city plan
 * assigns it to; for a county (code), the county and every feature in it.
 */
export function featureIdsForFilter(data: AppData, filter: FilterSpec): Set<string> {
  if (filter.kind === 'industry') {
    const ids = new Set(data.featuresByIndustry.get(filter.id) ?? []);
    const chain = new Set([
      filter.id,
      ...data.industries
        .filter((industry) => industry.parentId === filter.id)
        .map((industry) => industry.id),
    ]);
    for (const profile of data.countyProfiles) {
      if (profile.industryIds.some((id) => chain.has(id)))
        ids.add(countyFeatureId(profile.countyCode));
    }
    return ids;
  }
  const ids = new Set<string>([countyFeatureId(filter.id)]);
  for (const feature of data.features) {
    if (feature.properties.countyCode === filter.id && feature.properties.system !== 'enclave')
      ids.add(feature.properties.id);
  }
  return ids;
}
