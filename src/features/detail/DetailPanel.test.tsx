import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MapCommandsProvider } from '@/map/map-commands';
import { AppProviders } from '@/state/store-context';
import { createAppStore } from '@/state/store';
import { miniData } from '../../../tests/fixtures/mini-data';
import { realData } from '../../../tests/fixtures/real-data';
import type { AppData } from '@/data/model';
import { DetailPanel } from './DetailPanel';
import { fakeCommands } from '../../../tests/fixtures/fake-map';

function setup(selectedId: string, data: AppData = miniData()) {
  const store = createAppStore();
  store.getState().select(selectedId);
  const commands = fakeCommands(store);
  render(
    <AppProviders store={store} data={data}>
      <MapCommandsProvider value={commands}>
        <DetailPanel />
      </MapCommandsProvider>
    </AppProviders>,
  );
  return { store, commands, user: userEvent.setup() };
}

describe('DetailPanel', () => {
  it('shows a platform with local firms first and benchmark firms in their own labelled list', () => {
    setup('liandu-park-gaoxi');
    const panel = screen.getByTestId('detail-panel');
    expect(within(panel).getByTestId('detail-name').textContent).toBe('高溪智能装备产业园');
    expect(within(panel).getByTestId('quality-badge').textContent).toBe('示意范围');
    expect(within(screen.getByTestId('local-enterprises')).getByText('高溪测试科技')).toBeTruthy();
    const benchmarks = screen.getByTestId('detail-benchmarks');
    expect(within(benchmarks).getByText('长电科技')).toBeTruthy();
    expect(within(benchmarks).getByText(/非本地/)).toBeTruthy();
    expect(within(screen.getByTestId('local-enterprises')).queryByText('长电科技')).toBeNull();
    expect(benchmarks.textContent).toContain('江阴');
  });

  it('says how a shape was drawn in the reader’s language', () => {
    const { store } = setup('liandu-park-gaoxi');
    expect(screen.getByText('测试方块')).toBeTruthy();
    act(() => store.getState().setLanguage('en'));
    expect(screen.getByText('test square')).toBeTruthy();
    expect(screen.queryByText('测试方块')).toBeNull();
  });

  it('says where a benchmark firm is in English, in English', () => {
    const { store } = setup('liandu-park-gaoxi');
    act(() => store.getState().setLanguage('en'));
    const benchmarks = screen.getByTestId('detail-benchmarks');
    expect(benchmarks.textContent).toContain('Jiangyin');
    expect(benchmarks.textContent).not.toContain('江阴');
  });

  it('flags targets the plans disagree on', () => {
    setup('liandu-park-gaoxi');
    const items = screen.getAllByTestId('target-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('note').textContent).toContain('规划内数据不一致');
  });

  it('filters the map by an industry chip, and selects a firm’s platform and frames it', async () => {
    const { store, commands, user } = setup('liandu-core-bihu');
    const chip = screen.getByTestId('industry-chip');
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    await user.click(chip);
    expect(store.getState().filter).toEqual({ kind: 'industry', id: 'ind-liandu-chips' });
    // The chip says the filter is on (pressed), and a second press takes it off.
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    await user.click(chip);
    expect(store.getState().filter).toBeNull();
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    await user.click(chip);
    await user.click(screen.getByRole('button', { name: '高溪智能装备产业园' }));
    expect(store.getState().selectedId).toBe('liandu-park-gaoxi');
    expect(commands.focusFeature).toHaveBeenCalledWith('liandu-park-gaoxi');
  });

  it('follows the language and says why an inferred feature is inferred', () => {
    const { store } = setup('jinyun-core');
    act(() => store.getState().setLanguage('en'));
    expect(screen.getByTestId('detail-name').textContent).toBe('Jinyun Core Zone');
    expect(screen.getByTestId('certainty-badge').textContent).toBe('Inferred');
    expect(screen.getByTestId('detail-inference').textContent).toContain('推断');
  });

  it('closes, and renders nothing for an unknown id', async () => {
    const { store, user } = setup('liandu-core-bihu');
    await user.click(screen.getByTestId('detail-close'));
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByTestId('detail-panel')).toBeNull();
    act(() => store.getState().select('no-such-feature'));
    expect(screen.queryByTestId('detail-panel')).toBeNull();
  });

  it('lists the “十子连珠” members and every open candidate, with its lines, on their corridor', async () => {
    const data = realData();
    const { store, user } = setup('corridor-zhexinan-corridor', data);
    const section = screen.getByTestId('detail-shizi');
    expect(within(section).getAllByTestId('shizi-member')).toHaveLength(data.shizi!.members.length);
    const candidates = within(section).getAllByTestId('shizi-candidate');
    expect(candidates).toHaveLength(data.shizi!.candidates!.length);
    for (const candidate of candidates)
      expect(within(candidate).getAllByTestId('source-list').length).toBe(1);
    const tiangong = candidates.find((item) => item.textContent?.includes('天工之城'))!;
    expect(tiangong.textContent).toContain('遂昌');
    await user.click(within(tiangong).getByRole('button', { name: '天工之城' }));
    expect(store.getState().selectedId).toBe('corridor-suichang-tiangong');
  });

  it('shows the “十子连珠” section on the corridor only', () => {
    setup('corridor-suichang-tiangong', realData());
    expect(screen.queryByTestId('detail-shizi')).toBeNull();
  });

  it('takes focus onto the site name when a site opens, and gives it back on Escape', async () => {
    const store = createAppStore();
    render(
      <AppProviders store={store} data={miniData()}>
        <MapCommandsProvider value={fakeCommands(store)}>
          <button type="button" onClick={() => store.getState().select('liandu-core-bihu')}>
            open
          </button>
          <DetailPanel />
        </MapCommandsProvider>
      </AppProviders>,
    );
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'open' });
    await user.click(opener);
    expect(document.activeElement).toBe(screen.getByTestId('detail-name'));
    // Another site in the open panel: focus moves onto its name too.
    act(() => store.getState().select('liandu-park-gaoxi'));
    expect(document.activeElement?.textContent).toBe('高溪智能装备产业园');
    await user.keyboard('{Escape}');
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByTestId('detail-panel')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
