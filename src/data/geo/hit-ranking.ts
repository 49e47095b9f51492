/**
 * Which feature a click means when several lie under the pointer: plan
 * features nest (a platform inside a block inside a zone inside a township,
 * all inside a county), so the innermost one is what the user aimed at.
 * Pure: the map hands in the properties of what it hit.
 */
import type { ShapeRole } from '@/data/map-data';

/** Plan kinds, innermost first; kinds sharing a rank do not nest in each other. */
const PLAN_KIND_RANK: Readonly<Record<string, number>> = {
  platform: 0,
  centre: 0,
  enclave: 0,
  corridor: 1,
  block: 2,
  zone: 3,
  town: 4,
};

/** A plan feature of a kind not listed above: after the listed kinds, before counties. */
const OTHER_PLAN_KIND_RANK = 5;

const COUNTY_RANK = 10;

/** Neighbours, the outline and features without a role (the user's own) come last. */
const OTHER_ROLE_RANK = 11;

/** The properties of one feature under the pointer, as the map reports them. */
export type HitProperties = Readonly<Record<string, unknown>>;

/** Lower ranks win a click. */
function rankOf(properties: HitProperties): number {
  const role = properties.role as ShapeRole | undefined;
  if (role !== 'plan') return role === 'county' ? COUNTY_RANK : OTHER_ROLE_RANK;
  return PLAN_KIND_RANK[String(properties.kind)] ?? OTHER_PLAN_KIND_RANK;
}

/**
 * Ids of the features under a click, most specific first. `hits` come in the
 * map's order (topmost layer first), which decides between equal ranks; hits
 * without a string `id` are dropped and a repeated id keeps its first place.
 */
export function rankHits(hits: readonly HitProperties[]): string[] {
  const seenIds = new Set<string>();
  const uniqueHits = hits.filter((hit) => {
    const id = hit.id;
    if (typeof id !== 'string' || seenIds.has(id)) return false;
    seenIds.add(id);
    return true;
  });
  // Array.prototype.sort is stable, so equal ranks keep the map's order.
  return uniqueHits.sort((a, b) => rankOf(a) - rankOf(b)).map((hit) => String(hit.id));
}
