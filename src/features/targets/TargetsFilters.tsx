import { useMemo } from 'react';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { localName } from '@/lib/names';
import {
  SCOPE_KINDS,
  TARGET_SYSTEMS,
  industryOptions,
  yearOptions,
  type TargetFilters,
  type TargetRow,
} from './targets-table';
import { FilterSelect } from './FilterSelect';

/**
 * The filter bar. Its options come from all rows, not the filtered ones, so
 * a choice never removes the options that would undo it.
 */
export function TargetsFilters({
  allRows,
  filters,
  onUpdate,
  onReset,
}: {
  allRows: TargetRow[];
  filters: TargetFilters;
  onUpdate: (patch: Partial<TargetFilters>) => void;
  onReset: () => void;
}) {
  const t = useT();
  const systems = useMemo(
    () => TARGET_SYSTEMS.filter((system) => allRows.some((row) => row.system === system)),
    [allRows],
  );
  return (
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
          onChange={(event) => onUpdate({ text: event.target.value })}
        />
      </label>
      <FilterSelect
        label={t('targets.filter.system')}
        testId="targets-filter-system"
        value={filters.system}
        onChange={(value) => onUpdate({ system: value as TargetFilters['system'] })}
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
        onChange={(value) => onUpdate({ scopeKind: value as TargetFilters['scopeKind'] })}
      >
        <option value="all">{t('targets.filter.all')}</option>
        {SCOPE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`targets.scopeKind.${kind}`)}
          </option>
        ))}
      </FilterSelect>
      <IndustryFilter
        allRows={allRows}
        value={filters.industryId}
        onChange={(industryId) => onUpdate({ industryId })}
      />
      <YearFilter allRows={allRows} value={filters.year} onChange={(year) => onUpdate({ year })} />
      <label className="targets-filters__check">
        <input
          type="checkbox"
          checked={filters.conflictsOnly}
          data-testid="targets-filter-conflicts"
          onChange={(event) => onUpdate({ conflictsOnly: event.target.checked })}
        />
        {t('targets.filter.conflictsOnly')}
      </label>
      <button type="button" className="button button--quiet" onClick={onReset}>
        {t('targets.filter.reset')}
      </button>
    </form>
  );
}

/** Industries that some target names, grouped by system; sub-industries marked with a dot. */
function IndustryFilter({
  allRows,
  value,
  onChange,
}: {
  allRows: TargetRow[];
  value: string;
  onChange: (industryId: string) => void;
}) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const industries = useMemo(() => industryOptions(data, allRows), [data, allRows]);
  return (
    <FilterSelect
      label={t('targets.filter.industry')}
      testId="targets-filter-industry"
      value={value}
      onChange={onChange}
    >
      <option value="all">{t('targets.filter.all')}</option>
      {industries.map((group) => (
        <optgroup key={group.system} label={t(`targets.system.${group.system}`)}>
          {group.industries.map((industry) => (
            <option key={industry.id} value={industry.id}>
              {industry.parentId ? '· ' : ''}
              {localName(industry, language)}
            </option>
          ))}
        </optgroup>
      ))}
    </FilterSelect>
  );
}

/** Target years present in the rows, and "no year" when some target states none. */
function YearFilter({
  allRows,
  value,
  onChange,
}: {
  allRows: TargetRow[];
  value: TargetFilters['year'];
  onChange: (year: TargetFilters['year']) => void;
}) {
  const t = useT();
  const years = useMemo(() => yearOptions(allRows), [allRows]);
  return (
    <FilterSelect
      label={t('targets.filter.year')}
      testId="targets-filter-year"
      value={String(value)}
      onChange={(choice) =>
        onChange(choice === 'all' || choice === 'none' ? choice : Number(choice))
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
  );
}
