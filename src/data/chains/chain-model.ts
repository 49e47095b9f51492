/**
 * Industry chains as the app shows them: each link's firms sorted by the
 * role their records give them, the platforms and counties that host it
 * (stated by the plans, or derived from the firms' and platforms' records),
 * and its presence, computed here and never typed in the data:
 *
 * - local: a local firm is in the link, or a platform hosts it;
 * - partner: only partner firms (who work with Lishui's firms) are in it;
 * - gap: neither. Reference firms elsewhere (benchmarks) are prospects for a
 *   gap and never make a link present.
 *
 * A link with sub-links is hosted wherever they are, and present when it or
 * any sub-link is. Pure.
 */
import { industryAncestors, type AppData, type PlanFeature } from '@/data/model';
import type { Chain, ChainLink, ChainSubLink, Enterprise } from '@/data/schema';
import { chainLinks } from './chain-links';

export type Presence = 'local' | 'partner' | 'gap';

/** How a host is known: the plan says so, or a firm's or a platform's record implies it. */
export type HostBasis = 'stated' | 'firm' | 'industry';

export interface LinkView {
  link: ChainLink | ChainSubLink;
  stageId: string;
  /** The link a sub-link belongs to; null for a link. */
  parentId: string | null;
  localFirms: Enterprise[];
  partnerFirms: Enterprise[];
  /** Reference firms elsewhere: prospects, never counted as local. */
  referenceFirms: Enterprise[];
  platforms: Array<{ feature: PlanFeature; basis: HostBasis }>;
  counties: Array<{ code: string; basis: HostBasis }>;
  presence: Presence;
  /** The plan calls the link a gap while the records show it present: both are shown. */
  disagrees: boolean;
  subLinks: LinkView[];
}

export interface StageView {
  stage: Chain['stages'][number];
  links: LinkView[];
}

export interface ChainView {
  chain: Chain;
  stages: StageView[];
  /** Counts over links and sub-links. */
  counts: Record<Presence, number> & { links: number };
}

const isLocal = (enterprise: Enterprise) =>
  enterprise.kind === 'local' || (enterprise.roles?.includes('local') ?? false);

const RANK: Record<Presence, number> = { local: 2, partner: 1, gap: 0 };

/** The chain of an industry, or of its nearest ancestor that has one. */
export function chainForIndustry(data: AppData, industryId: string): Chain | null {
  for (const id of [industryId, ...industryAncestors(data.industryById, industryId)]) {
    const chain = data.chains.find((entry) => entry.industryId === id);
    if (chain) return chain;
  }
  return null;
}

function linkView(
  data: AppData,
  link: ChainLink | ChainSubLink,
  stageId: string,
  parentId: string | null,
): LinkView {
  const firms = (link.enterpriseIds ?? []).flatMap((id) => data.enterpriseById.get(id) ?? []);
  const localFirms = firms.filter(isLocal);
  const partnerFirms = firms.filter((firm) => !isLocal(firm) && firm.kind === 'partner');
  const referenceFirms = firms.filter((firm) => !isLocal(firm) && firm.kind === 'benchmark');

  const platforms = new Map<string, { feature: PlanFeature; basis: HostBasis }>();
  const addPlatform = (id: string, basis: HostBasis) => {
    const feature = data.featureById.get(id);
    // Enclaves lie outside Lishui: a link hosted only there is not present here.
    if (!feature || feature.properties.system === 'enclave' || platforms.has(id)) return;
    platforms.set(id, { feature, basis });
  };
  for (const id of link.platformIds ?? []) addPlatform(id, 'stated');
  for (const firm of localFirms) if (firm.featureId) addPlatform(firm.featureId, 'firm');
  for (const industryId of link.industryIds ?? [])
    for (const id of data.featuresByIndustry.get(industryId) ?? []) addPlatform(id, 'industry');

  const counties = new Map<string, HostBasis>();
  const addCounty = (code: string | undefined, basis: HostBasis) => {
    if (code && data.countyByCode.has(code) && !counties.has(code)) counties.set(code, basis);
  };
  for (const code of link.countyCodes ?? []) addCounty(code, 'stated');
  for (const firm of localFirms) addCounty(firm.countyCode, 'firm');
  for (const { feature, basis } of platforms.values())
    addCounty(feature.properties.countyCode, basis === 'stated' ? 'stated' : basis);

  const subLinks =
    'links' in link && link.links
      ? link.links.map((sub) => linkView(data, sub, stageId, link.id))
      : [];
  // A link is hosted wherever its sub-links are.
  for (const sub of subLinks) {
    for (const entry of sub.platforms)
      if (!platforms.has(entry.feature.properties.id))
        platforms.set(entry.feature.properties.id, entry);
    for (const { code, basis } of sub.counties) addCounty(code, basis);
  }
  const own: Presence =
    localFirms.length > 0 || platforms.size > 0
      ? 'local'
      : partnerFirms.length > 0
        ? 'partner'
        : 'gap';
  const presence = subLinks.reduce<Presence>(
    (best, sub) => (RANK[sub.presence] > RANK[best] ? sub.presence : best),
    own,
  );
  return {
    link,
    stageId,
    parentId,
    localFirms,
    partnerFirms,
    referenceFirms,
    platforms: [...platforms.values()],
    counties: [...counties].map(([code, basis]) => ({ code, basis })),
    presence,
    disagrees: link.verdict?.kind === 'gap' && presence === 'local',
    subLinks,
  };
}

export function chainView(data: AppData, chain: Chain): ChainView {
  const stages = chain.stages.map((stage) => ({
    stage,
    links: stage.links.map((link) => linkView(data, link, stage.id, null)),
  }));
  const counts = { links: 0, local: 0, partner: 0, gap: 0 };
  for (const link of allLinks({ chain, stages, counts })) {
    counts.links += 1;
    counts[link.presence] += 1;
  }
  return { chain, stages, counts };
}

/** Links and sub-links of a chain view, in reading order. */
export function allLinks(view: ChainView): LinkView[] {
  return view.stages.flatMap((stage) => stage.links.flatMap((link) => [link, ...link.subLinks]));
}

export function findLink(view: ChainView, linkId: string): LinkView | null {
  return allLinks(view).find((entry) => entry.link.id === linkId) ?? null;
}

/** What a link lights on the map: its hosting platforms and county outlines. */
export function linkMapIds(link: LinkView): string[] {
  return [
    ...link.platforms.map(({ feature }) => feature.properties.id),
    ...link.counties.map(({ code }) => `county-${code}`),
  ];
}

/**
 * The links a map selection covers: those its platform hosts, or, for a
 * county, those hosted in it.
 */
export function linksCoveredBy(view: ChainView, selectedId: string): Set<string> {
  const covered = new Set<string>();
  const county = /^county-(\d{6})$/.exec(selectedId)?.[1];
  for (const entry of allLinks(view)) {
    const hit = county
      ? entry.counties.some(({ code }) => code === county)
      : entry.platforms.some(({ feature }) => feature.properties.id === selectedId) ||
        entry.localFirms.some((firm) => firm.id === selectedId);
    if (hit) covered.add(entry.link.id);
  }
  return covered;
}

type EnterpriseLinks = Array<{ chain: Chain; link: ChainLink | ChainSubLink }>;

/** Links by the firms in them, built once per data set (detail lists ask for every firm shown). */
const linksByEnterprise = new WeakMap<AppData, Map<string, EnterpriseLinks>>();

/** The links of every chain an enterprise is in: from its detail, the way to its link. */
export function linksOfEnterprise(data: AppData, enterpriseId: string): EnterpriseLinks {
  let index = linksByEnterprise.get(data);
  if (!index) {
    index = new Map();
    for (const chain of data.chains)
      for (const link of chainLinks(chain))
        for (const id of link.enterpriseIds ?? []) {
          const list = index.get(id) ?? [];
          list.push({ chain, link });
          index.set(id, list);
        }
    linksByEnterprise.set(data, index);
  }
  return index.get(enterpriseId) ?? [];
}
