import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MapCommandsProvider } from '@/map/map-commands';
import { AppProviders } from '@/state/store-context';
import { createAppStore } from '@/state/store';
import type { Chain, ChainLink } from '@/data/schema';
import { miniData } from '../../../tests/fixtures/mini-data';
import { fakeCommands } from '../../../tests/fixtures/fake-map';
import ChainView from './ChainView';

const source = [{ seed: '000_dd22fc84a3e54e50.txt' as const, line: 1 }];
const link = (id: string, name: string, extra: Partial<ChainLink> = {}): ChainLink => ({
  id,
  name,
  nameEn: `${id} en`,
  sources: source,
  ...extra,
});
const CHAIN: Chain = {
  id: 'chain-mini',
  industryId: 'ind-city-semiconductor',
  name: '迷你半导体链',
  nameEn: 'Mini chip chain',
  summary: '测试链',
  summaryEn: 'A test chain',
  stages: [
    {
      id: 'chain-mini-up',
      position: 'upstream',
      name: '上游',
      nameEn: 'Upstream',
      links: [
        link('link-test', '测试封装', { enterpriseIds: ['ent-liandu-a'] }),
        link('link-blank', '晶圆制造', {
          enterpriseIds: ['ent-liandu-bench'],
          verdict: { kind: 'gap', note: '规划称空白', noteEn: 'called blank', sources: source },
        }),
      ],
      sources: source,
    },
  ],
  sources: source,
};

function setup(linkId: string | null = null) {
  const store = createAppStore();
  store.getState().showChain('ind-city-semiconductor', linkId);
  render(
    <AppProviders store={store} data={miniData({ chains: [CHAIN] })}>
      <MapCommandsProvider value={fakeCommands(store)}>
        <ChainView />
      </MapCommandsProvider>
    </AppProviders>,
  );
  return { store, user: userEvent.setup() };
}

const box = (name: string) =>
  screen.getAllByTestId('chain-link').find((element) => element.textContent?.includes(name))!;

describe('ChainView', () => {
  it('draws links with their computed presence, gaps marked in words as well as colour', () => {
    setup();
    expect(screen.getAllByTestId('chain-choice')).toHaveLength(1);
    expect(box('测试封装').dataset.gap).toBe('false');
    expect(box('晶圆制造').dataset.gap).toBe('true');
    expect(box('晶圆制造').textContent).toContain('空白');
    expect(box('晶圆制造').textContent).toContain('规划称空白');
  });

  it('lights a chosen link’s platforms on the map and lists them, and frees the map again', async () => {
    const { store, user } = setup();
    await user.click(box('测试封装'));
    expect([...(store.getState().chainLinkIds ?? [])]).toContain('liandu-park-gaoxi');
    const detail = screen.getByTestId('chain-link-detail');
    expect(within(detail).getAllByTestId('chain-link-platform')).toHaveLength(1);
    expect(within(detail).getByTestId('chain-link-local').textContent).toContain('高溪测试科技');
    await user.click(box('测试封装'));
    expect(store.getState().chainLinkIds).toBeNull();
  });

  it('lists reference firms as prospects, never as local firms', async () => {
    const { user } = setup();
    await user.click(box('晶圆制造'));
    const detail = screen.getByTestId('chain-link-detail');
    expect(within(detail).getByTestId('chain-link-references').textContent).toContain('长电科技');
    expect(within(detail).queryByTestId('chain-link-local')).toBeNull();
  });

  it('marks the links a platform selected on the map covers', () => {
    const { store } = setup();
    store.getState().select('liandu-park-gaoxi');
    return screen.findByText('所选地块覆盖').then(() => {
      expect(box('测试封装').dataset.covered).toBe('true');
      expect(box('晶圆制造').dataset.covered).toBe('false');
    });
  });

  it('opens on a deep-linked link and lights it', () => {
    const { store } = setup('link-test');
    expect(screen.getByTestId('chain-link-detail').textContent).toContain('测试封装');
    expect(store.getState().chainLinkIds).not.toBeNull();
  });

  it('reports the gaps with their prospects, and the coverage by county', async () => {
    const { user } = setup();
    await user.click(screen.getByTestId('chain-tab-gaps'));
    const rows = screen.getAllByTestId('gap-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('长电科技');
    await user.click(screen.getByTestId('chain-tab-coverage'));
    const cells = screen.getAllByTestId('coverage-cell');
    expect(cells.map((cell) => [cell.dataset.county, cell.textContent])).toEqual([
      ['331102', '1'],
      ['331122', '0'],
    ]);
  });

  it('shortlists a site for a gap, and keeps why', async () => {
    const { store, user } = setup();
    await user.click(screen.getByTestId('chain-tab-gaps'));
    const [first] = screen.getAllByTestId('gap-shortlist');
    await user.click(first!);
    const lists = store.getState().siteLists;
    const [siteId] = lists.shortlistIds;
    expect(siteId).toBeDefined();
    expect(lists.gapReasons[siteId!]).toEqual([
      { industryId: 'ind-city-semiconductor', linkId: 'link-blank' },
    ]);
    store.getState().siteLists.toggleShortlist(siteId!);
    expect(store.getState().siteLists.gapReasons[siteId!]).toBeUndefined();
  });
});
