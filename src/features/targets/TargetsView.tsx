/**
 * The targets view: every quantified target of the plans in one sortable,
 * filterable table, with baseline-against-target bars for the filtered rows.
 * A lazy chunk (default export) shown as an overlay below the header; its
 * chart is a further lazy chunk that loads ECharts on demand.
 */
import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { useMapCommands } from '@/map/map-commands';
import type { AppData } from '@/data/model';
import type { Target } from '@/data/schema';
import { localText } from '@/lib/names';
import type { MessageKey, Translate } from '@/i18n';
import { comparatorPrefix, formatQuantity } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import {
  NO_FILTERS,
  SCOPE_KINDS,
  TARGET_SYSTEMS,
  buildTargetRows,
  chartSelection,
  chartUnits,
  filterRows,
  industryOptions,
  scopeAction,
  sortRows,
  yearOptions,
  type ScopeAction,
  type SortKey,
  type SortState,
  type TargetFilters,
  type TargetRow,
} from './targets-table';
import './targets-view.css';
import { documentShortTitle } from '@/data/document-title';

const TargetsChart = lazy(() => import('./TargetsChart'));

/** Bars are read one pair per row; more than this stops being readable. */
const CHART_LIMIT = 20;

const COLUMNS: ReadonlyArray<{ key: SortKey; label: MessageKey; numeric?: boolean }> = [
  { key: 'indicator', label: 'targets.column.indicator' },
  { key: 'scope', label: 'targets.column.scope' },
  { key: 'baseline', label: 'targets.column.baseline', numeric: true },
  { key: 'target', label: 'targets.column.target', numeric: true },
  { key: 'year', label: 'targets.column.year', numeric: true },
  { key: 'source', label: 'targets.column.source' },
  { key: 'conflict', label: 'targets.column.conflict' },
];

export interface TargetsViewProps {
  onClose: () => void;
}

export default function TargetsView({ onClose }: TargetsViewProps) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const select = useAppStore((state) => state.select);
  const setFilter = useAppStore((state) => state.setFilter);
  const { focusFeature } = useMapCommands();

  const [filters, setFilters] = useState<TargetFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState | null>(null);
  const [chartUnit, setChartUnit] = useState<string | null>(null);

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
  const units = useMemo(() => chartUnits(rows), [rows]);
  const selection = useMemo(() => chartSelection(rows, chartUnit, CHART_LIMIT), [rows, chartUnit]);
  const systems = useMemo(
    () => TARGET_SYSTEMS.filter((system) => allRows.some((row) => row.system === system)),
    [allRows],
  );
  const years = useMemo(() => yearOptions(allRows), [allRows]);
  const industries = useMemo(() => industryOptions(data, allRows), [data, allRows]);

  const dialogRef = useRef<HTMLElement>(null);
  useEffect(() => {
    dialogRef.current?.focus();
  }, []);

  const update = (patch: Partial<TargetFilters>) =>
    setFilters((current) => ({ ...current, ...patch }));
  const toggleSort = (key: SortKey) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );

  const activate = (action: ScopeAction) => {
    if (action.kind === 'select') {
      select(action.id);
      focusFeature(action.id);
      onClose();
    } else if (action.kind === 'filter-industry') {
      setFilter({ kind: 'industry', id: action.id });
      onClose();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <section
      ref={dialogRef}
      className="targets-view"
      role="dialog"
      aria-label={t('targets.dialogLabel')}
      data-testid="targets-view"
      tabIndex={-1}
      onKeyDown={onKeyDown}
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

      <form
        className="targets-filters"
        aria-label={t('targets.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <label className="targets-filters__field targets-filters__field--text">
          <span>{t('targets.filter.text')}</span>
          <input
            type="search"
            value={filters.text}
            placeholder={t('targets.filter.textPlaceholder')}
            data-testid="targets-filter-text"
            onChange={(event) => update({ text: event.target.value })}
          />
        </label>
        <FilterSelect
          label={t('targets.filter.system')}
          testId="targets-filter-system"
          value={filters.system}
          onChange={(value) => update({ system: value as TargetFilters['system'] })}
        >
          <option value="all">{t('targets.filter.all')}</option>
          {systems.map((system) => (
            <option key={system} value={system}>
              {t(`targets.system.${system}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('targets.filter.scope')}
          testId="targets-filter-scope"
          value={filters.scopeKind}
          onChange={(value) => update({ scopeKind: value as TargetFilters['scopeKind'] })}
        >
          <option value="all">{t('targets.filter.all')}</option>
          {SCOPE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`targets.scopeKind.${kind}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('targets.filter.industry')}
          testId="targets-filter-industry"
          value={filters.industryId}
          onChange={(value) => update({ industryId: value })}
        >
          <option value="all">{t('targets.filter.all')}</option>
          {industries.map((group) => (
            <optgroup key={group.system} label={t(`targets.system.${group.system}`)}>
              {group.industries.map((industry) => (
                <option key={industry.id} value={industry.id}>
                  {industry.parentId ? '· ' : ''}
                  {language === 'zh' ? industry.name : industry.nameEn}
                </option>
              ))}
            </optgroup>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('targets.filter.year')}
          testId="targets-filter-year"
          value={String(filters.year)}
          onChange={(value) =>
            update({ year: value === 'all' || value === 'none' ? value : Number(value) })
          }
        >
          <option value="all">{t('targets.filter.all')}</option>
          {years.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
          {years.hasNone && <option value="none">{t('targets.filter.noYear')}</option>}
        </FilterSelect>
        <label className="targets-filters__check">
          <input
            type="checkbox"
            checked={filters.conflictsOnly}
            data-testid="targets-filter-conflicts"
            onChange={(event) => update({ conflictsOnly: event.target.checked })}
          />
          {t('targets.filter.conflictsOnly')}
        </label>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setFilters(NO_FILTERS)}
        >
          {t('targets.filter.reset')}
        </button>
      </form>

      <div className="targets-view__content">
        <div className="targets-table-wrap">
          <table className="targets-table" data-testid="targets-table">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.numeric ? 'targets-table__numeric' : undefined}
                    aria-sort={sort?.key === column.key ? sort.direction : 'none'}
                  >
                    <button
                      type="button"
                      className="targets-table__sort"
                      title={t('targets.sortBy', { column: t(column.label) })}
                      data-testid={`targets-sort-${column.key}`}
                      onClick={() => toggleSort(column.key)}
                    >
                      {t(column.label)}
                      <span aria-hidden="true" className="targets-table__sort-mark">
                        {sort?.key === column.key
                          ? sort.direction === 'ascending'
                            ? '▲'
                            : '▼'
                          : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <TargetTableRow
                  key={row.target.id}
                  row={row}
                  data={data}
                  language={language}
                  t={t}
                  onActivate={activate}
                />
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="targets-view__empty">{t('targets.empty')}</p>}
        </div>

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
                        unit: unit || t('targets.chart.noUnit'),
                        count,
                      })}
                    </option>
                  ))}
                </FilterSelect>
              )}
              <p className="targets-view__chart-note" data-testid="targets-chart-note">
                {t(
                  selection.total > selection.rows.length
                    ? 'targets.chart.limited'
                    : 'targets.chart.all',
                  {
                    shown: selection.rows.length,
                    total: selection.total,
                    unit: selection.unit || t('targets.chart.noUnit'),
                  },
                )}
              </p>
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
      </div>
    </section>
  );
}

function FilterSelect({
  label,
  testId,
  value,
  onChange,
  children,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="targets-filters__field">
      <span>{label}</span>
      <select value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </label>
  );
}

function TargetTableRow({
  row,
  data,
  language,
  t,
  onActivate,
}: {
  row: TargetRow;
  data: AppData;
  language: Language;
  t: Translate;
  onActivate: (action: ScopeAction) => void;
}) {
  const { target } = row;
  const none = t('targets.none');
  const action = scopeAction(data, target);
  const actionable = action.kind !== 'none';
  const conflictText = target.conflictGroup ? conflictDescription(row, language, t) : '';

  return (
    <tr
      className={
        actionable ? 'targets-table__row targets-table__row--actionable' : 'targets-table__row'
      }
      data-testid={`targets-row-${target.id}`}
      onClick={() => onActivate(action)}
    >
      <td className="targets-table__indicator">
        {language === 'zh' ? target.indicator : target.indicatorEn}
      </td>
      <td>
        {actionable ? (
          <button
            type="button"
            className="targets-table__scope"
            aria-label={t(
              action.kind === 'select' ? 'targets.action.select' : 'targets.action.filterIndustry',
              { name: row.scopeName },
            )}
          >
            {row.scopeName}
          </button>
        ) : (
          row.scopeName
        )}
        <span className="targets-table__scope-kind">
          {t(`targets.scopeKind.${target.scope.kind}`)}
        </span>
      </td>
      <td className="targets-table__numeric">
        {target.baselineValue === undefined
          ? none
          : `${formatQuantity(target.baselineValue, target.unit, language)}${
              target.baselineYear ? t('targets.baselineYear', { year: target.baselineYear }) : ''
            }`}
      </td>
      <td
        className="targets-table__numeric"
        title={target.value !== null ? target.valueText : undefined}
      >
        {formatTarget(target, language, none)}
      </td>
      <td className="targets-table__numeric">{target.year ?? none}</td>
      <td
        className="targets-table__source"
        title={sourceList(target, data, language, t).join('\n')}
      >
        {sourceSummary(target, data, language, t)}
      </td>
      <td>
        {target.conflictGroup && (
          <span
            className="targets-badge"
            title={conflictText}
            data-testid={`targets-conflict-${target.id}`}
          >
            <span aria-hidden="true">⚠ </span>
            {t('targets.conflict.badge')}
            <span className="targets-visually-hidden">{conflictText}</span>
          </span>
        )}
      </td>
    </tr>
  );
}

/** "≥ 120 亿元", or the words of a target stated without a number. */
function formatTarget(target: Target, language: Language, none: string): string {
  if (target.value !== null)
    return `${comparatorPrefix(target.comparator, language)}${formatQuantity(target.value, target.unit, language)}`;
  return target.valueText ?? none;
}

function sourceList(target: Target, data: AppData, language: Language, t: Translate): string[] {
  return target.sources.map((source) => {
    const title = documentShortTitle(data, source.seed, language);
    return t('targets.source.line', { title, line: source.line });
  });
}

function sourceSummary(target: Target, data: AppData, language: Language, t: Translate): string {
  const [first, ...rest] = sourceList(target, data, language, t);
  if (!first) return t('targets.none');
  return rest.length > 0 ? `${first} ${t('targets.source.more', { count: rest.length })}` : first;
}

function conflictDescription(row: TargetRow, language: Language, t: Translate): string {
  const others = row.conflicts.map((other) =>
    language === 'zh' ? other.indicator : other.indicatorEn,
  );
  const parts = [];
  if (others.length > 0)
    parts.push(
      t('targets.conflict.with', { others: others.join(t('targets.conflict.separator')) }),
    );
  if (row.target.conflictNote)
    parts.push(
      t('targets.conflict.note', {
        note: localText(row.target.conflictNote, row.target.conflictNoteEn, language),
      }),
    );
  return parts.join('\n');
}
