/**
 * The words of a targets-table row that need more than one field: baseline,
 * sources and conflicts. Pure, so the row component only lays them out.
 */
import type { AppData } from '@/data/model';
import type { Target } from '@/data/schema';
import { documentShortTitle } from '@/data/document-title';
import { localText } from '@/lib/names';
import type { Translate } from '@/i18n';
import { formatQuantity } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import type { TargetRow } from './targets-table';

/** "32.5 亿元（2020年）", or `none` when the plan states no baseline. */
export function baselineText(
  target: Target,
  language: Language,
  t: Translate,
  none: string,
): string {
  if (target.baselineValue === undefined) return none;
  const year = target.baselineYear
    ? t('targets.baselineYear', { year: String(target.baselineYear) })
    : '';
  return `${formatQuantity(target.baselineValue, target.unit, language)}${year}`;
}

/** One "document, line N" per source of the target, in the plans' order. */
export function sourceList(
  target: Target,
  data: AppData,
  language: Language,
  t: Translate,
): string[] {
  return target.sources.map((source) => {
    const title = documentShortTitle(data, source.seed, language);
    return t('targets.source.line', { title, line: String(source.line) });
  });
}

/** The first source and how many more: the cell is narrow, the full list is its tooltip. */
export function sourceSummary(
  target: Target,
  data: AppData,
  language: Language,
  t: Translate,
): string {
  const [first, ...rest] = sourceList(target, data, language, t);
  if (!first) return t('targets.none');
  return rest.length > 0 ? `${first} ${t('targets.source.more', { count: rest.length })}` : first;
}

/** Which targets this one contradicts and the plan's note on it, one per line. */
export function conflictDescription(row: TargetRow, language: Language, t: Translate): string {
  const others = row.conflicts.map((other) =>
    localText(other.indicator, other.indicatorEn, language),
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
