/**
 * Grouped bars of baseline against target. Lazily loaded by TargetsView;
 * ECharts itself is imported dynamically on mount, so it never weighs on
 * the first map view.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { unitName } from '@/i18n/format';
import { buildChartOption, chartHeight } from './chart-option';
import type { ChartHandle } from './echarts-setup';
import type { ChartSelection } from './targets-table';

export default function TargetsChart({ selection }: { selection: ChartSelection }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const containerRef = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ChartHandle | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    let cancelled = false;
    let handle: ChartHandle | null = null;
    let observer: ResizeObserver | null = null;
    import('./echarts-setup').then(
      ({ createChart }) => {
        const element = containerRef.current;
        if (cancelled || !element) return;
        handle = createChart(element);
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => handle?.resize());
          observer.observe(element);
        }
        setChart(handle);
        setStatus('ready');
      },
      () => {
        if (!cancelled) setStatus('error');
      },
    );
    return () => {
      cancelled = true;
      observer?.disconnect();
      handle?.dispose();
    };
  }, []);

  const baseline = t('targets.chart.baseline');
  const target = t('targets.chart.target');
  useEffect(() => {
    if (!chart) return;
    chart.setOption(buildChartOption(selection, language, { baseline, target }), true);
    chart.resize();
  }, [chart, selection, language, baseline, target]);

  return (
    <div className="targets-chart">
      {status !== 'ready' && (
        <p className="targets-chart__status" role={status === 'error' ? 'alert' : 'status'}>
          {t(status === 'error' ? 'targets.chart.loadError' : 'targets.chart.loading')}
        </p>
      )}
      <div
        ref={containerRef}
        className="targets-chart__canvas"
        role="img"
        aria-label={t('targets.chart.aria', {
          count: selection.rows.length,
          unit: unitName(selection.unit, language) || t('targets.chart.noUnit'),
        })}
        data-testid="targets-chart"
        style={{ height: chartHeight(selection.rows.length) }}
      />
    </div>
  );
}
