/**
 * The ECharts option for the baseline-against-target bars. Pure: the same
 * selection and labels give the same option. Texts reach ECharts only as
 * names and formatted values, which it escapes; never as HTML.
 */
import { formatQuantity } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import type { TargetsChartOption } from './echarts-setup';
import type { ChartSelection } from './targets-table';

export interface ChartLabels {
  baseline: string;
  target: string;
}

export const BASELINE_COLOUR = '#8d99a6';
export const TARGET_COLOUR = '#1f63c6';

/** Height in CSS pixels that gives every pair of bars room for its label. */
export const chartHeight = (rowCount: number): number => Math.max(160, 70 + rowCount * 34);

/** Category label of a row: indicator (in the language) and scope. */
export function chartCategory(
  selection: ChartSelection,
  index: number,
  language: Language,
): string {
  const row = selection.rows[index];
  if (!row) return '';
  const indicator = language === 'zh' ? row.target.indicator : row.target.indicatorEn;
  return `${indicator} · ${row.scopeName}`;
}

export function buildChartOption(
  selection: ChartSelection,
  language: Language,
  labels: ChartLabels,
): TargetsChartOption {
  const format = (value: unknown) =>
    typeof value === 'number' ? formatQuantity(value, selection.unit, language) : '';
  return {
    grid: {
      left: 8,
      right: 28,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: { top: 0, left: 0, data: [labels.baseline, labels.target] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: format,
      confine: true,
    },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: (value: number) => format(value), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: selection.rows.map((_, index) => chartCategory(selection, index, language)),
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: labels.baseline,
        data: selection.rows.map((row) => row.target.baselineValue ?? null),
        itemStyle: { color: BASELINE_COLOUR },
      },
      {
        type: 'bar',
        name: labels.target,
        data: selection.rows.map((row) => row.target.value),
        itemStyle: { color: TARGET_COLOUR },
      },
    ],
  };
}
