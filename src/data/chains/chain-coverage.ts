/**
 * Chains at a glance and the gaps investment staff go after. Pure.
 *
 * - coverageTable: Lishui's counties × chains, how many links each county
 *   hosts (derived as in chain-model.ts) and how many links remain gaps.
 * - gapRows: per chain, each gap or link the plan wants brought in, with the
 *   plan's reason and lines, the prospect firms it cites and the platforms
 *   where it would go (those the plan names for the link, else the platforms
 *   that host the chain's industry).
 */
import type { AppData, PlanFeature } from '@/data/model';
import type { Chain, Enterprise, Source } from '@/data/schema';
import { allLinks, chainView, type ChainView, type LinkView, type Presence } from './chain-model';

export interface CoverageCell {
  countyCode: string;
  chainId: string;
  /** Links and sub-links hosted in the county. */
  covered: number;
}

export interface CoverageTable {
  counties: Array<{ code: string; name: string; nameEn: string }>;
  chains: Array<{ chain: Chain; links: number; gaps: number }>;
  /** cells[county][chain], in the order of `counties` and `chains`. */
  cells: CoverageCell[][];
}

export function coverageTable(data: AppData, views?: ChainView[]): CoverageTable {
  const chainViews = views ?? data.chains.map((chain) => chainView(data, chain));
  const counties = data.counties.features.map(({ properties }) => ({
    code: properties.code,
    name: properties.name,
    nameEn: properties.nameEn,
  }));
  return {
    counties,
    chains: chainViews.map((view) => ({
      chain: view.chain,
      links: view.counts.links,
      gaps: view.counts.gap,
    })),
    cells: counties.map(({ code }) =>
      chainViews.map((view) => ({
        countyCode: code,
        chainId: view.chain.id,
        covered: allLinks(view).filter((link) => link.counties.some((c) => c.code === code)).length,
      })),
    ),
  };
}

export interface GapRow {
  chain: Chain;
  stageName: string;
  stageNameEn: string;
  link: LinkView;
  presence: Presence;
  /** What the plan says of the link, when it says anything. */
  verdict: LinkView['link']['verdict'] | null;
  prospects: Enterprise[];
  /** Where the plan would place it, and whether it says so for this link. */
  sites: PlanFeature[];
  sitesBasis: 'link' | 'industry';
  sources: Source[];
}

/** Gaps, and links the plan wants to bring in, of one chain (or of all). */
export function gapRows(data: AppData, chains: Chain[] = data.chains): GapRow[] {
  const rows: GapRow[] = [];
  for (const chain of chains) {
    const view = chainView(data, chain);
    const industrySites = (data.featuresByIndustry.get(chain.industryId) ?? [])
      .flatMap((id) => data.featureById.get(id) ?? [])
      .filter((feature) => feature.properties.system !== 'enclave');
    for (const stage of view.stages) {
      for (const link of stage.links.flatMap((entry) => [entry, ...entry.subLinks])) {
        const verdict = link.link.verdict ?? null;
        if (link.presence !== 'gap' && !verdict) continue;
        const stated = (link.link.platformIds ?? []).flatMap(
          (id) => data.featureById.get(id) ?? [],
        );
        rows.push({
          chain,
          stageName: stage.stage.name,
          stageNameEn: stage.stage.nameEn,
          link,
          presence: link.presence,
          verdict,
          prospects: link.referenceFirms,
          sites: stated.length > 0 ? stated : industrySites,
          sitesBasis: stated.length > 0 ? 'link' : 'industry',
          sources: [...(verdict?.sources ?? []), ...link.link.sources],
        });
      }
    }
  }
  return rows;
}
