import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import type { Chain, ChainLink } from '@/data/schema';
import {
  allLinks,
  chainForIndustry,
  chainView,
  findLink,
  linkMapIds,
  linksCoveredBy,
  linksOfEnterprise,
} from './chain-model';
import { coverageTable, gapRows } from './chain-coverage';

const source = [{ seed: '000_dd22fc84a3e54e50.txt' as const, line: 1 }];
const link = (id: string, extra: Partial<ChainLink> = {}): ChainLink => ({
  id,
  name: id,
  nameEn: id,
  sources: source,
  ...extra,
});

function testChain(links: ChainLink[]): Chain {
  return {
    id: 'chain-mini',
    industryId: 'ind-city-semiconductor',
    name: '迷你链',
    nameEn: 'Mini chain',
    summary: '测试',
    summaryEn: 'Test',
    stages: [
      {
        id: 'chain-mini-up',
        position: 'upstream',
        name: '上游',
        nameEn: 'Upstream',
        links,
        sources: source,
      },
    ],
    sources: source,
  };
}

const CHAIN = testChain([
  link('link-local', { enterpriseIds: ['ent-liandu-a'] }),
  link('link-reference', { enterpriseIds: ['ent-liandu-bench'] }),
  link('link-partner', { enterpriseIds: ['ent-liandu-partner', 'ent-liandu-bench'] }),
  link('link-industry', { industryIds: ['ind-liandu-chips'] }),
  link('link-said-gap', {
    enterpriseIds: ['ent-liandu-b'],
    verdict: { kind: 'gap', note: '空白', noteEn: 'blank', sources: source },
  }),
  link('link-parent', { links: [link('link-child', { platformIds: ['jinyun-core'] })] }),
]);

describe('chain presence', () => {
  const data = miniData({ chains: [CHAIN] });
  const view = chainView(data, CHAIN);
  const presence = (id: string) => findLink(view, id)!.presence;

  it('is local when a local firm is in the link, with its platform and county derived from the firm', () => {
    const local = findLink(view, 'link-local')!;
    expect(local.presence).toBe('local');
    expect(local.platforms.map((entry) => [entry.feature.properties.id, entry.basis])).toEqual([
      ['liandu-park-gaoxi', 'firm'],
    ]);
    expect(local.counties).toEqual([{ code: '331102', basis: 'firm' }]);
  });

  it('counts reference firms elsewhere as prospects, never as presence', () => {
    const reference = findLink(view, 'link-reference')!;
    expect(reference.presence).toBe('gap');
    expect(reference.referenceFirms.map((firm) => firm.id)).toEqual(['ent-liandu-bench']);
    expect(reference.localFirms).toEqual([]);
    expect(linkMapIds(reference)).toEqual([]);
  });

  it('marks a link with only partner firms as partner-only', () => {
    expect(presence('link-partner')).toBe('partner');
  });

  it('derives hosting platforms from the industry a link is', () => {
    const industry = findLink(view, 'link-industry')!;
    expect(industry.presence).toBe('local');
    expect(industry.platforms.map((entry) => entry.basis)).toContain('industry');
  });

  it('shows both when the plan calls a link a gap that the records show present', () => {
    const saidGap = findLink(view, 'link-said-gap')!;
    expect(saidGap.presence).toBe('local');
    expect(saidGap.disagrees).toBe(true);
  });

  it('makes a link present when one of its sub-links is', () => {
    expect(presence('link-child')).toBe('local');
    expect(presence('link-parent')).toBe('local');
    expect(view.counts).toEqual({ links: 7, local: 5, partner: 1, gap: 1 });
  });

  it('turns a link into a gap when its firm moves to another link', () => {
    const moved = testChain([
      link('link-local'),
      link('link-reference', { enterpriseIds: ['ent-liandu-bench', 'ent-liandu-a'] }),
    ]);
    const movedView = chainView(miniData({ chains: [moved] }), moved);
    expect(findLink(movedView, 'link-local')!.presence).toBe('gap');
    expect(findLink(movedView, 'link-reference')!.presence).toBe('local');
  });

  it('finds the links a selected platform or county covers, and a firm’s links', () => {
    expect([...linksCoveredBy(view, 'liandu-park-gaoxi')]).toContain('link-local');
    expect([...linksCoveredBy(view, 'county-331122')]).toEqual(['link-parent', 'link-child']);
    expect(linksOfEnterprise(data, 'ent-liandu-a').map((entry) => entry.link.id)).toEqual([
      'link-local',
    ]);
  });

  it('finds the chain of an industry or of its nearest ancestor', () => {
    expect(chainForIndustry(data, 'ind-city-semiconductor')?.id).toBe('chain-mini');
    expect(chainForIndustry(data, 'ind-nothing')).toBeNull();
  });
});

describe('coverage and gaps', () => {
  const data = miniData({ chains: [CHAIN] });

  it('counts per county the links it hosts, and the gaps per chain', () => {
    const table = coverageTable(data);
    expect(table.counties.map((county) => county.code)).toEqual(['331102', '331122']);
    expect(table.chains[0]).toMatchObject({ links: 7, gaps: 1 });
    expect(table.cells.map((row) => row[0]!.covered)).toEqual([3, 2]);
  });

  it('lists gaps and links the plan wants filled, with prospects and where they would go', () => {
    const rows = gapRows(data);
    expect(rows.map((row) => row.link.link.id)).toEqual(['link-reference', 'link-said-gap']);
    const reference = rows[0]!;
    expect(reference.prospects.map((firm) => firm.id)).toEqual(['ent-liandu-bench']);
    expect(reference.sitesBasis).toBe('industry');
    expect(reference.sites.map((site) => site.properties.id)).toContain('liandu-park-gaoxi');
    expect(allLinks(chainView(data, CHAIN))).toHaveLength(7);
  });
});
