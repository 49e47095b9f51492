import { describe, expect, it } from 'vitest';
import { chartAxisLabel } from './chart-option';

describe('chartAxisLabel', () => {
  it('puts the scope on a line of its own, so rows sharing an indicator differ', () => {
    const indicator = 'Digital economy core industry value added';
    const labels = ['Lishui High-tech Zone', 'Liandu District'].map((scope) =>
      chartAxisLabel(`${indicator} · ${scope}`, 'en'),
    );
    expect(labels[0]!.split('\n')).toEqual([indicator, 'Lishui High-tech Zone']);
    expect(new Set(labels).size).toBe(2);
  });

  it('shortens a long indicator to about two lines and keeps the scope whole when it fits', () => {
    const label = chartAxisLabel(
      '规上工业产值增长及数字经济核心产业增加值占地区生产总值比重 · 丽水高新区',
      'zh',
    );
    const [indicator, scope] = label.split('\n');
    expect(indicator!.endsWith('…')).toBe(true);
    expect(indicator!.length).toBeLessThanOrEqual(23);
    expect(scope).toBe('丽水高新区');
  });

  it('shortens a long scope to one line', () => {
    const scope = 'Lishui Economic and Technological Development Zone and its extension areas';
    const [, shown] = chartAxisLabel(`Output · ${scope}`, 'en').split('\n');
    expect(shown!.length).toBeLessThanOrEqual(26);
    expect(scope.startsWith(shown!.slice(0, -1))).toBe(true);
  });
});
