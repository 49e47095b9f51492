import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/state/store-context';
import { MapCommandsProvider } from '@/map/map-commands';
import { createAppStore, type AppStore } from '@/state/store';
import { makeTargetsData } from '../../../tests/fixtures/targets-fixture';
import type { TargetsChartOption } from './echarts-setup';
import TargetsView from './TargetsView';
import { fakeCommands } from '../../../tests/fixtures/fake-map';

// jsdom never loads ECharts: the chart module is replaced by a recording fake.
const chart = vi.hoisted(() => ({
  options: [] as unknown[],
  disposed: 0,
}));
vi.mock('./echarts-setup', () => ({
  createChart: () => ({
    setOption: (option: unknown) => chart.options.push(option),
    resize: () => undefined,
    dispose: () => {
      chart.disposed += 1;
    },
  }),
}));

function setup() {
  const store: AppStore = createAppStore();
  const commands = fakeCommands(store);
  const onClose = vi.fn();
  const view = render(
    <AppProviders store={store} data={makeTargetsData()}>
      <MapCommandsProvider value={commands}>
        <TargetsView onClose={onClose} />
      </MapCommandsProvider>
    </AppProviders>,
  );
  const rowIds = () =>
    within(screen.getByTestId('targets-table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.getAttribute('data-testid')?.replace('targets-row-', ''));
  return { store, commands, onClose, view, rowIds, user: userEvent.setup() };
}

beforeEach(() => {
  chart.options = [];
  chart.disposed = 0;
});

describe('TargetsView', () => {
  it('opens as a labelled dialog listing every target, and closes by button or Escape', async () => {
    const { onClose, rowIds, user } = setup();
    const dialog = screen.getByRole('dialog', { name: '规划目标一览表' });
    expect(dialog).toHaveProperty('dataset.testid', 'targets-view');
    // A modal dialog: focus starts on its title.
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getAllByRole('heading')[0]);
    expect(rowIds()).toHaveLength(7);
    expect(screen.getByTestId('targets-count').textContent).toBe('显示 7 / 7 项目标');

    await user.click(screen.getByTestId('targets-close'));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('shows baseline, comparator, unit, year and source of a target', () => {
    setup();
    const row = screen.getByTestId('targets-row-tgt-city-gdp');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells[0]).toBe('地区生产总值');
    expect(cells[1]).toContain('丽水市');
    expect(cells[2]).toBe('1,540 亿元（2020年）');
    expect(cells[3]).toBe('≥ 2,000 亿元');
    expect(cells[4]).toBe('2025');
    expect(cells[5]).toBe('市人才规划 第 100 行');
    expect(
      within(screen.getByTestId('targets-row-tgt-corridor-doubling')).getAllByRole('cell')[3]
        ?.textContent,
    ).toBe('翻一番');
  });

  it('filters by text, system, scope, industry and year', async () => {
    const { rowIds, user } = setup();
    await user.type(screen.getByTestId('targets-filter-text'), '企业');
    expect(rowIds()).toEqual(['tgt-bihu-firms', 'tgt-software-firms']);
    await user.clear(screen.getByTestId('targets-filter-text'));

    await user.selectOptions(screen.getByTestId('targets-filter-system'), 'liandu');
    expect(rowIds()).toEqual(['tgt-liandu-output', 'tgt-bihu-firms', 'tgt-software-firms']);
    await user.selectOptions(screen.getByTestId('targets-filter-scope'), 'industry');
    expect(rowIds()).toEqual(['tgt-software-firms']);
    expect(screen.getByTestId('targets-count').textContent).toBe('显示 1 / 7 项目标');

    await user.click(screen.getByRole('button', { name: '重置筛选' }));
    await user.selectOptions(screen.getByTestId('targets-filter-industry'), 'ind-city-semi');
    expect(rowIds()).toEqual(['tgt-semi-output-text', 'tgt-semi-output-table']);

    await user.click(screen.getByRole('button', { name: '重置筛选' }));
    await user.selectOptions(screen.getByTestId('targets-filter-year'), 'none');
    expect(rowIds()).toEqual(['tgt-corridor-doubling']);
    expect(screen.getByTestId('targets-chart-note').textContent).toBe(
      '当前筛选结果中没有同时给出基期值和数值目标的指标。',
    );
  });

  it('sorts by a column, toggling the direction on a second click', async () => {
    const { rowIds, user } = setup();
    await user.click(screen.getByTestId('targets-sort-year'));
    expect(screen.getByTestId('targets-sort-year').closest('th')?.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(rowIds()[0]).toBe('tgt-city-gdp');
    expect(rowIds().at(-1)).toBe('tgt-corridor-doubling');
    await user.click(screen.getByTestId('targets-sort-year'));
    expect(screen.getByTestId('targets-sort-year').closest('th')?.getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(rowIds().slice(0, 2)).toEqual(['tgt-liandu-output', 'tgt-software-firms']);
    expect(rowIds().at(-1)).toBe('tgt-corridor-doubling');
  });

  it('selects and frames a feature or county scope, then closes', async () => {
    const { store, commands, onClose, user } = setup();
    await user.click(screen.getByTestId('targets-row-tgt-bihu-firms'));
    expect(store.getState().selectedId).toBe('liandu-bihu');
    expect(commands.focusFeature).toHaveBeenLastCalledWith('liandu-bihu');

    await user.click(screen.getByRole('button', { name: '在地图上显示“莲都区”' }));
    expect(store.getState().selectedId).toBe('county-331102');
    expect(commands.focusFeature).toHaveBeenLastCalledWith('county-331102');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('filters the map by an industry scope, and does nothing for the city scope', async () => {
    const { store, commands, onClose, user } = setup();
    await user.click(screen.getByTestId('targets-row-tgt-software-firms'));
    expect(store.getState().filter).toEqual({ kind: 'industry', id: 'ind-liandu-software' });
    expect(onClose).toHaveBeenCalledTimes(1);

    await user.click(screen.getByTestId('targets-row-tgt-city-gdp'));
    expect(store.getState().selectedId).toBeNull();
    expect(commands.focusFeature).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('flags contradicting targets with the note and the other target', () => {
    setup();
    const badge = screen.getByTestId('targets-conflict-tgt-semi-output-text');
    expect(badge.getAttribute('title')).toBe(
      '与以下目标数值矛盾：半导体材料产值（表格）\n说明：正文写120亿元，表格写100亿元。',
    );
    expect(screen.queryByTestId('targets-conflict-tgt-city-gdp')).toBeNull();
  });

  it('switches every text to English with the language', async () => {
    const { store } = setup();
    act(() => store.getState().setLanguage('en'));
    expect(screen.getByRole('dialog', { name: 'Table of plan targets' })).toBeTruthy();
    const cells = within(screen.getByTestId('targets-row-tgt-city-gdp'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells[0]).toBe('Gross domestic product');
    expect(cells[1]).toContain('Lishui City');
    expect(cells[3]).toBe('≥ CNY 200 bn');
    expect(cells[5]).toBe('City talent plan, line 100');
    expect(
      screen.getByTestId('targets-conflict-tgt-semi-output-text').getAttribute('title'),
    ).toContain('The text says CNY 12 bn, the table CNY 10 bn.');
    await waitFor(() => expect(chart.options.length).toBeGreaterThan(0));
    const option = chart.options.at(-1) as TargetsChartOption;
    expect(option.legend).toMatchObject({ data: ['Baseline', 'Target'] });
  });

  it('charts the filtered rows that have a baseline and a numeric target, one unit at a time', async () => {
    const { user, view } = setup();
    expect(screen.getByTestId('targets-chart-note').textContent).toContain('共有 3 项');
    await waitFor(() => expect(chart.options.length).toBeGreaterThan(0));
    const option = chart.options.at(-1) as TargetsChartOption;
    expect(option.yAxis).toMatchObject({
      data: [
        '地区生产总值 · 丽水市',
        '数字经济核心产业增加值 · 莲都区',
        '半导体材料产值（表格） · 半导体材料',
      ],
    });
    expect(option.series).toMatchObject([{ data: [1540, 40, 30] }, { data: [2000, 80, 100] }]);

    await user.selectOptions(screen.getByTestId('targets-chart-unit'), '家');
    await waitFor(() =>
      expect((chart.options.at(-1) as TargetsChartOption).series).toMatchObject([
        { data: [20] },
        { data: [50] },
      ]),
    );
    expect(
      screen.getByRole('img', { name: '柱状图：1 项目标的基期值与目标值，单位 家' }),
    ).toBeTruthy();

    view.unmount();
    expect(chart.disposed).toBe(1);
  });
});
