/**
 * The targets view: every quantified target of the plans in one sortable,
 * filterable table, with baseline-against-target bars for the filtered rows.
 * A lazy chunk (default export) shown as an overlay below the header; its
 * chart is a further lazy chunk that loads ECharts on demand.
 */
import { useMemo, useState } from 'react';
import { useFocusReturn } from '@/components/use-focus-return';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { useMapCommands } from '@/map/map-commands';
import {
  NO_FILTERS,
  buildTargetRows,
  filterRows,
  sortRows,
  type ScopeAction,
  type SortKey,
  type SortState,
  type TargetFilters,
} from './targets-table';
import { TargetsFilters } from './TargetsFilters';
import { TargetsTable } from './TargetsTable';
import { TargetsChartPanel } from './TargetsChartPanel';
import './targets-view.css';

export interface TargetsViewProps {
  onClose: () => void;
}

export default function TargetsView({ onClose }: TargetsViewProps) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const activate = useScopeActivation(onClose);

  const [filters, setFilters] = useState<TargetFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState | null>(null);

  const cityName = t('targets.cityName');
  const allRows = useMemo(
    () => buildTargetRows(data, language, cityName),
    [data, language, cityName],
  );
  const filteredRows = useMemo(() => filterRows(allRows, filters), [allRows, filters]);
  const rows = useMemo(
    () => (sort ? sortRows(filteredRows, sort, language) : filteredRows),
    [filteredRows, sort, language],
  );

  // A modal dialog over the map: focus moves to its title, stays inside while it is
  // open, and Escape (the top-most panel's) closes it.
  const dialogRef = useFocusReturn<HTMLElement>({ isOpen: true, onClose, modal: true });

  const updateFilters = (patch: Partial<TargetFilters>) =>
    setFilters((current) => ({ ...current, ...patch }));
  const toggleSort = (key: SortKey) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );

  return (
    <section
      ref={dialogRef}
      className="targets-view"
      role="dialog"
      aria-modal="true"
      aria-label={t('targets.dialogLabel')}
      data-testid="targets-view"
    >
      <header className="targets-view__header">
        <h2 id="targets-view-title" className="targets-view__title">
          {t('targets.title')}
        </h2>
        <p className="targets-view__count" aria-live="polite" data-testid="targets-count">
          {t('targets.count', { shown: rows.length, total: allRows.length })}
        </p>
        <button
          type="button"
          className="button"
          aria-label={t('targets.closeLabel')}
          data-testid="targets-close"
          onClick={onClose}
        >
          {t('targets.close')}
        </button>
      </header>

      <TargetsFilters
        allRows={allRows}
        filters={filters}
        onUpdate={updateFilters}
        onReset={() => setFilters(NO_FILTERS)}
      />

      <div className="targets-view__content">
        <TargetsTable rows={rows} sort={sort} onToggleSort={toggleSort} onActivate={activate} />
        <TargetsChartPanel rows={rows} />
      </div>
    </section>
  );
}

/** What a click on a row does: show its site on the map, or filter the map by its industry. */
function useScopeActivation(onClose: () => void): (action: ScopeAction) => void {
  const setFilter = useAppStore((state) => state.setFilter);
  const { showFeature } = useMapCommands();
  return (action) => {
    if (action.kind === 'select') {
      showFeature(action.id);
      onClose();
    } else if (action.kind === 'filter-industry') {
      setFilter({ kind: 'industry', id: action.id });
      onClose();
    }
  };
}
