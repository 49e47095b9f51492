import { describe, expect, it } from 'vitest';
import { makeTargetsData } from '../../../tests/fixtures/targets-fixture';
import {
  NO_FILTERS,
  buildTargetRows,
  chartSelection,
  chartUnits,
  filterRows,
  industryOptions,
  scopeAction,
  sortRows,
  yearOptions,
  type TargetRow,
} from './targets-table';

const ids = (rows: TargetRow[]) => rows.map((row) => row.target.id);

function rows(language: 'zh' | 'en' = 'zh') {
  const data = makeTargetsData();
  return { data, rows: buildTargetRows(data, language, language === 'zh' ? '丽水市' : 'Lishui') };
}

describe('buildTargetRows', () => {
  it('derives each system from the scope: feature system, county plan, industry framework, city', () => {
    const { rows: all } = rows();
    const system = Object.fromEntries(all.map((row) => [row.target.id, row.system]));
    expect(system).toEqual({
      'tgt-city-gdp': 'city',
      'tgt-liandu-output': 'liandu',
      'tgt-bihu-firms': 'liandu',
      'tgt-corridor-doubling': 'corridor',
      'tgt-semi-output-text': 'city',
      'tgt-semi-output-table': 'city',
      'tgt-software-firms': 'liandu',
    });
  });

  it('names scopes in the current language and the city by the given name', () => {
    const zh = Object.fromEntries(rows('zh').rows.map((row) => [row.target.id, row.scopeName]));
    const en = Object.fromEntries(rows('en').rows.map((row) => [row.target.id, row.scopeName]));
    expect(zh['tgt-city-gdp']).toBe('丽水市');
    expect(zh['tgt-liandu-output']).toBe('莲都区');
    expect(en['tgt-liandu-output']).toBe('Liandu District');
    expect(en['tgt-bihu-firms']).toBe('Bihu New Town');
    expect(en['tgt-semi-output-text']).toBe('Semiconductor materials');
  });

  it('links targets sharing a conflict group to each other only', () => {
    const { rows: all } = rows();
    const text = all.find((row) => row.target.id === 'tgt-semi-output-text');
    expect(text?.conflicts.map((target) => target.id)).toEqual(['tgt-semi-output-table']);
    expect(all.find((row) => row.target.id === 'tgt-city-gdp')?.conflicts).toEqual([]);
  });

  it('falls back to the scope id and the city system for unknown scopes', () => {
    const data = makeTargetsData([
      {
        id: 'tgt-orphan',
        indicator: '孤立',
        indicatorEn: 'Orphan',
        scope: { kind: 'feature', id: 'no-such-feature' },
        value: 1,
        comparator: '=',
        unit: '',
        year: null,
        sources: [{ seed: '000_dd22fc84a3e54e50.txt', line: 1 }],
      },
    ]);
    const [row] = buildTargetRows(data, 'zh', '丽水市');
    expect(row?.system).toBe('city');
    expect(row?.scopeName).toBe('no-such-feature');
    expect(row && scopeAction(data, row.target)).toEqual({ kind: 'none' });
  });
});

describe('filterRows', () => {
  it('keeps everything without filters', () => {
    expect(filterRows(rows().rows, NO_FILTERS)).toHaveLength(7);
  });

  it('filters by system, scope kind and year (including "no year")', () => {
    const { rows: all } = rows();
    expect(ids(filterRows(all, { ...NO_FILTERS, system: 'liandu' }))).toEqual([
      'tgt-liandu-output',
      'tgt-bihu-firms',
      'tgt-software-firms',
    ]);
    expect(ids(filterRows(all, { ...NO_FILTERS, scopeKind: 'feature' }))).toEqual([
      'tgt-bihu-firms',
      'tgt-corridor-doubling',
    ]);
    expect(ids(filterRows(all, { ...NO_FILTERS, year: 2027 }))).toEqual([
      'tgt-liandu-output',
      'tgt-software-firms',
    ]);
    expect(ids(filterRows(all, { ...NO_FILTERS, year: 'none' }))).toEqual([
      'tgt-corridor-doubling',
    ]);
  });

  it('keeps sub-chain targets when filtering by their parent industry', () => {
    const { rows: all } = rows();
    expect(ids(filterRows(all, { ...NO_FILTERS, industryId: 'ind-city-semi' }))).toEqual([
      'tgt-semi-output-text',
      'tgt-semi-output-table',
    ]);
    expect(filterRows(all, { ...NO_FILTERS, industryId: 'ind-liandu-software' })).toHaveLength(1);
  });

  it('matches every word of the text in either language, case-insensitively', () => {
    const { rows: all } = rows();
    expect(ids(filterRows(all, { ...NO_FILTERS, text: 'SEMICONDUCTOR table' }))).toEqual([
      'tgt-semi-output-table',
    ]);
    expect(ids(filterRows(all, { ...NO_FILTERS, text: '莲都' }))).toEqual(['tgt-liandu-output']);
    expect(ids(filterRows(all, { ...NO_FILTERS, text: '翻一番' }))).toEqual([
      'tgt-corridor-doubling',
    ]);
  });

  it('keeps only conflicting targets when asked', () => {
    expect(ids(filterRows(rows().rows, { ...NO_FILTERS, conflictsOnly: true }))).toEqual([
      'tgt-semi-output-text',
      'tgt-semi-output-table',
    ]);
  });
});

describe('sortRows', () => {
  it('sorts numbers in both directions with missing values last', () => {
    const { rows: all } = rows();
    const ascending = ids(sortRows(all, { key: 'baseline', direction: 'ascending' }, 'zh'));
    expect(ascending.slice(0, 4)).toEqual([
      'tgt-bihu-firms',
      'tgt-semi-output-table',
      'tgt-liandu-output',
      'tgt-city-gdp',
    ]);
    const descending = ids(sortRows(all, { key: 'baseline', direction: 'descending' }, 'zh'));
    expect(descending.slice(0, 4)).toEqual([
      'tgt-city-gdp',
      'tgt-liandu-output',
      'tgt-semi-output-table',
      'tgt-bihu-firms',
    ]);
    expect(descending.slice(4)).toEqual([
      'tgt-corridor-doubling',
      'tgt-semi-output-text',
      'tgt-software-firms',
    ]);
  });

  it('puts years in order and targets without a year last', () => {
    const sorted = sortRows(rows().rows, { key: 'year', direction: 'descending' }, 'zh');
    expect(sorted.map((row) => row.target.year)).toEqual([
      2027,
      2027,
      2026,
      2025,
      2025,
      2025,
      null,
    ]);
  });

  it('sorts indicators by the current language', () => {
    const sorted = ids(
      sortRows(rows('en').rows, { key: 'indicator', direction: 'ascending' }, 'en'),
    );
    expect(sorted[0]).toBe('tgt-corridor-doubling');
    expect(sorted.at(-1)).toBe('tgt-software-firms');
  });

  it('does not reorder the input', () => {
    const { rows: all } = rows();
    const before = ids(all);
    sortRows(all, { key: 'year', direction: 'ascending' }, 'zh');
    expect(ids(all)).toEqual(before);
  });
});

describe('options', () => {
  it('lists target years and whether some have none', () => {
    expect(yearOptions(rows().rows)).toEqual({ years: [2025, 2026, 2027], hasNone: true });
  });

  it('lists industries with targets, their ancestors included, grouped by system', () => {
    const { data, rows: all } = rows();
    const groups = industryOptions(data, all).map((group) => [
      group.system,
      group.industries.map((industry) => industry.id),
    ]);
    expect(groups).toEqual([
      ['city', ['ind-city-semi', 'ind-city-semi-materials']],
      ['liandu', ['ind-liandu-software']],
    ]);
  });
});

describe('chartSelection', () => {
  it('charts only rows with a baseline and a numeric target, in one unit', () => {
    const { rows: all } = rows();
    expect(chartUnits(all)).toEqual([
      { unit: '亿元', count: 3 },
      { unit: '家', count: 1 },
    ]);
    const selection = chartSelection(all, null);
    expect(selection?.unit).toBe('亿元');
    expect(ids(selection?.rows ?? [])).toEqual([
      'tgt-city-gdp',
      'tgt-liandu-output',
      'tgt-semi-output-table',
    ]);
    expect(ids(chartSelection(all, '家')?.rows ?? [])).toEqual(['tgt-bihu-firms']);
  });

  it('caps the rows and reports how many there were', () => {
    const selection = chartSelection(rows().rows, '亿元', 2);
    expect(selection?.rows).toHaveLength(2);
    expect(selection?.total).toBe(3);
  });

  it('is null when nothing can be charted', () => {
    expect(
      chartSelection(filterRows(rows().rows, { ...NO_FILTERS, year: 'none' }), null),
    ).toBeNull();
  });
});

describe('scopeAction', () => {
  it('selects features and counties and filters by industry; the city does nothing', () => {
    const { data } = rows();
    const action = (id: string) => scopeAction(data, data.targetById.get(id)!);
    expect(action('tgt-bihu-firms')).toEqual({ kind: 'select', id: 'liandu-bihu' });
    expect(action('tgt-liandu-output')).toEqual({ kind: 'select', id: 'county-331102' });
    expect(action('tgt-software-firms')).toEqual({
      kind: 'filter-industry',
      id: 'ind-liandu-software',
    });
    expect(action('tgt-city-gdp')).toEqual({ kind: 'none' });
  });
});
