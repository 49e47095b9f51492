import type { AppData } from '@/data/model';
import { formatTargetValue } from '@/components/TargetList';
import type { Translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import { localText } from '@/lib/names';
import { scopeAction, type ScopeAction, type TargetRow } from './targets-table';
import { baselineText, conflictDescription, sourceList, sourceSummary } from './target-cell-text';

/** One target: a click on the row opens its scope (a site, or the industry filter). */
export function TargetTableRow({
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

  return (
    <tr
      className={
        actionable ? 'targets-table__row targets-table__row--actionable' : 'targets-table__row'
      }
      data-testid={`targets-row-${target.id}`}
      onClick={() => onActivate(action)}
    >
      <td className="targets-table__indicator">
        {localText(target.indicator, target.indicatorEn, language)}
      </td>
      <td>
        <ScopeName row={row} action={action} t={t} />
        <span className="targets-table__scope-kind">
          {t(`targets.scopeKind.${target.scope.kind}`)}
        </span>
      </td>
      <td className="targets-table__numeric">{baselineText(target, language, t, none)}</td>
      <td
        className="targets-table__numeric"
        title={
          target.value !== null && target.valueText
            ? localText(target.valueText, target.valueTextEn, language)
            : undefined
        }
      >
        {/* Empty only when the plan states neither a number nor words. */}
        {formatTargetValue(target, language) || none}
      </td>
      <td className="targets-table__numeric">{target.year ?? none}</td>
      <td
        className="targets-table__source"
        title={sourceList(target, data, language, t).join('\n')}
      >
        {sourceSummary(target, data, language, t)}
      </td>
      <td>{target.conflictGroup && <ConflictBadge row={row} language={language} t={t} />}</td>
    </tr>
  );
}

/**
 * The scope's name, as a button when the row acts on it, so keyboard and
 * screen-reader users learn what the click does. The row handles the click.
 */
function ScopeName({ row, action, t }: { row: TargetRow; action: ScopeAction; t: Translate }) {
  if (action.kind === 'none') return row.scopeName;
  return (
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
  );
}

/** The warning that the plans contradict themselves, spelled out for screen readers. */
function ConflictBadge({ row, language, t }: { row: TargetRow; language: Language; t: Translate }) {
  const conflictText = conflictDescription(row, language, t);
  return (
    <span
      className="targets-badge"
      title={conflictText}
      data-testid={`targets-conflict-${row.target.id}`}
    >
      <span aria-hidden="true">⚠ </span>
      {t('targets.conflict.badge')}
      <span className="targets-visually-hidden">{conflictText}</span>
    </span>
  );
}
