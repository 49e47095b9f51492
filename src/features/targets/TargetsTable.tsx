import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { MessageKey } from '@/i18n';
import type { ScopeAction, SortKey, SortState, TargetRow } from './targets-table';
import { TargetTableRow } from './TargetTableRow';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: MessageKey; numeric?: boolean }> = [
  { key: 'indicator', label: 'targets.column.indicator' },
  { key: 'scope', label: 'targets.column.scope' },
  { key: 'baseline', label: 'targets.column.baseline', numeric: true },
  { key: 'target', label: 'targets.column.target', numeric: true },
  { key: 'year', label: 'targets.column.year', numeric: true },
  { key: 'source', label: 'targets.column.source' },
  { key: 'conflict', label: 'targets.column.conflict' },
];

/** The filtered targets, in the given order; a column header toggles its sort. */
export function TargetsTable({
  rows,
  sort,
  onToggleSort,
  onActivate,
}: {
  rows: TargetRow[];
  sort: SortState | null;
  onToggleSort: (key: SortKey) => void;
  onActivate: (action: ScopeAction) => void;
}) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  return (
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
                  onClick={() => onToggleSort(column.key)}
                >
                  {t(column.label)}
                  <span aria-hidden="true" className="targets-table__sort-mark">
                    {sortMark(sort, column.key)}
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
              onActivate={onActivate}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="targets-view__empty">{t('targets.empty')}</p>}
    </div>
  );
}

/** The arrow beside a header: its direction when it sorts the table, else "sortable". */
function sortMark(sort: SortState | null, key: SortKey): string {
  if (sort?.key !== key) return '↕';
  return sort.direction === 'ascending' ? '▲' : '▼';
}
