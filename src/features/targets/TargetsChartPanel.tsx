import { lazy, Suspense, useMemo, useState } from 'react';
import { unitName } from '@/i18n/format';
import { useLanguage, useT } from '@/i18n/use-t';
import { chartSelection, chartUnits, type ChartSelection, type TargetRow } from './targets-table';
import { FilterSelect } from './FilterSelect';

const TargetsChart = lazy(() => import('./TargetsChart'));

/** Bars are read one pair per row; more than this stops being readable. */
const CHART_LIMIT = 20;

/**
 * Baseline against target for the shown rows of one unit (bars of different
 * units share no axis), with a picker when the rows use several.
 */
export function TargetsChartPanel({ rows }: { rows: TargetRow[] }) {
  const t = useT();
  const language = useLanguage();
  const [chartUnit, setChartUnit] = useState<string | null>(null);
  const units = useMemo(() => chartUnits(rows), [rows]);
  const selection = useMemo(() => chartSelection(rows, chartUnit, CHART_LIMIT), [rows, chartUnit]);
  return (
    <details className="targets-view__chart" open>
      <summary>{t('targets.chart.title')}</summary>
      {selection ? (
        <>
          {units.length > 1 && (
            <FilterSelect
              label={t('targets.chart.unit')}
              testId="targets-chart-unit"
              value={selection.unit}
              onChange={setChartUnit}
            >
              {units.map(({ unit, count }) => (
                <option key={unit} value={unit}>
                  {t('targets.chart.unitOption', {
                    unit: unitName(unit, language) || t('targets.chart.noUnit'),
                    count,
                  })}
                </option>
              ))}
            </FilterSelect>
          )}
          <ChartNote selection={selection} />
          <Suspense
            fallback={<p className="targets-chart__status">{t('targets.chart.loading')}</p>}
          >
            <TargetsChart selection={selection} />
          </Suspense>
        </>
      ) : (
        <p className="targets-view__chart-note" data-testid="targets-chart-note">
          {t('targets.chart.none')}
        </p>
      )}
    </details>
  );
}

/** What the bars show: all rows of the unit, or the first CHART_LIMIT of them. */
function ChartNote({ selection }: { selection: ChartSelection }) {
  const t = useT();
  const language = useLanguage();
  return (
    <p className="targets-view__chart-note" data-testid="targets-chart-note">
      {t(selection.total > selection.rows.length ? 'targets.chart.limited' : 'targets.chart.all', {
        shown: selection.rows.length,
        total: selection.total,
        unit: unitName(selection.unit, language) || t('targets.chart.noUnit'),
      })}
    </p>
  );
}
