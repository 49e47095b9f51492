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

/** A row's label: up to three lines, so rows that share an indicator differ by their scope. */
const LABEL_LINE_HEIGHT = 14;
const LABEL_LINES = 3;

/** Height in CSS pixels that gives every pair of bars room for its label. */
export const chartHeight = (rowCount: number): number =>
  Math.max(160, 70 + rowCount * (LABEL_LINE_HEIGHT * LABEL_LINES + 6));

const SCOPE_SEPARATOR = ' · ';

/** Category of a row, as the tooltip names it: indicator (in the language) and scope. */
export function chartCategory(
  selection: ChartSelection,
  index: number,
  language: Language,
): string {
  const row = selection.rows[index];
  if (!row) return '';
  const indicator = language === 'zh' ? row.target.indicator : row.target.indicatorEn;
  return `${indicator}${SCOPE_SEPARATOR}${row.scopeName}`;
}

/** Characters of one label line at the label's width (Chinese characters are about twice as wide). */
const LINE_CHARACTERS: Record<Language, number> = { zh: 13, en: 26 };

const shorten = (text: string, characters: number) =>
  text.length <= characters ? text : `${text.slice(0, characters - 1).trimEnd()}…`;

/**
 * A category as its axis label: the indicator in up to two lines, then the scope
 * on its own line, so rows that share an indicator (one per county or zone) can
 * be told apart. The tooltip keeps the whole category.
 */
export function chartAxisLabel(category: string, language: Language): string {
  const split = category.lastIndexOf(SCOPE_SEPARATOR);
  if (split < 0) return shorten(category, LINE_CHARACTERS[language] * 2);
  const line = LINE_CHARACTERS[language];
  const indicator = category.slice(0, split);
  const scope = category.slice(split + SCOPE_SEPARATOR.length);
  // A little under two full lines, as wrapping breaks at word ends, not mid-line.
  return `${shorten(indicator, Math.floor(line * 1.8))}\n${shorten(scope, line)}`;
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
      // Wrapped, not cut to one line: three lines show the scope after the indicator.
      axisLabel: {
        formatter: (category: string) => chartAxisLabel(category, language),
        width: 170,
        overflow: 'break',
        lineHeight: LABEL_LINE_HEIGHT,
        height: LABEL_LINE_HEIGHT * LABEL_LINES,
        lineOverflow: 'truncate',
      },
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
