/**
 * Which ids name a site (a plan feature, a county or a candidate site). Kept
 * apart from site-model so the always-loaded shortlist tray does not pull in
 * the geometry code that candidate sites need for their summaries.
 */
import type { AppData } from '@/data/model';
import { countyCodeOf } from '@/data/county-id';

/** A planner's candidate site (kept in this browser's storage). */
export const isCandidateSiteId = (id: string): boolean => /^site-[a-z0-9]+$/.test(id);

export function isSiteId(data: AppData, id: string): boolean {
  // A candidate site lives in this browser; it is resolved when its page loads.
  if (isCandidateSiteId(id)) return true;
  const countyCode = countyCodeOf(id);
  if (countyCode !== null) return data.countyByCode.has(countyCode);
  return data.featureById.has(id);
}
