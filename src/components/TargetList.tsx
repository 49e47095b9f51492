import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Target } from '@/data/schema';
import { comparatorPrefix, formatQuantity } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import { SourceList } from './SourceList';
import { localText } from '@/lib/names';

/** "≥ 120 亿元" / "≥ CNY 12 bn", or the plan's words when it gives no number. */
export function formatTargetValue(target: Target, language: Language): string {
  if (target.value === null)
    return target.valueText ? localText(target.valueText, target.valueTextEn, language) : '';
  return `${comparatorPrefix(target.comparator, language)}${formatQuantity(target.value, target.unit, language)}`;
}

export function TargetList({
  targets,
  onSelect,
}: {
  targets: Target[];
  onSelect?: (target: Target) => void;
}) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  return (
    <ul className="targets" data-testid="target-list">
      {targets.map((target) => {
        const conflicting = target.conflictGroup
          ? data.targets.filter(
              (other) => other.conflictGroup === target.conflictGroup && other.id !== target.id,
            )
          : [];
        return (
          <li key={target.id} className="targets__item" data-testid="target-item">
            <button
              type="button"
              className="link-button targets__indicator"
              onClick={() => onSelect?.(target)}
              disabled={!onSelect}
            >
              {localText(target.indicator, target.indicatorEn, language)}
            </button>
            <div className="targets__values">
              {target.baselineValue !== undefined && (
                <span className="targets__baseline">
                  {t('detail.baseline')}{' '}
                  {formatQuantity(target.baselineValue, target.unit, language)}
                  {target.baselineYear ? ` (${target.baselineYear})` : ''} →{' '}
                </span>
              )}
              <strong>{formatTargetValue(target, language)}</strong>
              {target.year ? <span className="targets__year"> · {target.year}</span> : null}
            </div>
            {conflicting.length > 0 && (
              <p className="badge badge--warning" role="note">
                ⚠ {t('detail.conflict')}
                {target.conflictNote
                  ? `: ${localText(target.conflictNote, target.conflictNoteEn, language)}`
                  : ''}
                {conflicting.map((other) => ` · ${formatTargetValue(other, language)}`).join('')}
              </p>
            )}
            <SourceList sources={target.sources} />
          </li>
        );
      })}
    </ul>
  );
}
