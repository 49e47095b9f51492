/**
 * Enterprises and targets as tables for CSV and Excel, in the language the
 * user reads: headers, kinds, scopes, industry and site names and the sources
 * column ("来源" / "Sources", file and line in words) follow it, while both
 * languages' names stay in their own columns for a bilingual hand-over.
 * Cells are plain strings and numbers: formatting for spreadsheets happens in
 * csv.ts / workbook.ts. The view messages must be loaded (the export menu is
 * loaded with them).
 */
import type { AppData } from '@/data/model';
import type { Enterprise, Source } from '@/data/schema';
import { documentShortTitle } from '@/data/document-title';
import { translate, type MessageKey } from '@/i18n';
import { unitName } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import { localName, localText } from '@/lib/names';
import { scopeName } from '@/data/target-scope';

import type { Cell, Table } from '@/lib/table';
export type { Cell, Table };

/** "丽水市人才科技“十四五”规划 第 12 行; …" / "Lishui talent plan line 12; …": a fact's sources in words. */
export function sourcesText(data: AppData, sources: Source[], language: Language): string {
  return sources
    .map(
      (source) =>
        `${documentShortTitle(data, source.seed, language)} ${translate(language, 'detail.sourceLine', { line: String(source.line) })}`,
    )
    .join('; ');
}

const KIND_KEY = {
  local: 'exports.table.kindLocal',
  partner: 'exports.table.kindPartner',
  benchmark: 'exports.table.kindBenchmark',
} as const satisfies Record<Enterprise['kind'], MessageKey>;

/** The main kind, the firm's other roles, and a presence the plans only hope for. */
function kindText(enterprise: Enterprise, language: Language): string {
  const others = (enterprise.roles ?? []).filter((role) => role !== enterprise.kind);
  const list = language === 'zh' ? '、' : ', ';
  return [
    translate(language, KIND_KEY[enterprise.kind]),
    others.length > 0
      ? translate(language, 'exports.table.alsoRoles', {
          roles: others.map((role) => translate(language, KIND_KEY[role])).join(list),
        })
      : null,
    enterprise.presence === 'planned' ? translate(language, 'exports.table.plannedOnly') : null,
  ]
    .filter(Boolean)
    .join(language === 'zh' ? '；' : '; ');
}

function siteName(
  data: AppData,
  featureId: string | undefined,
  countyCode: string | undefined,
  language: Language,
) {
  if (featureId) {
    const feature = data.featureById.get(featureId);
    return feature ? localName(feature.properties, language) : featureId;
  }
  if (countyCode) {
    const county = data.countyByCode.get(countyCode);
    return county ? localName(county.properties, language) : countyCode;
  }
  return null;
}

const headers = (language: Language, keys: readonly MessageKey[]) =>
  keys.map((key) => translate(language, key));

export function enterprisesTable(data: AppData, language: Language): Table {
  return {
    name: translate(language, 'exports.table.enterprises'),
    headers: headers(language, [
      'exports.table.id',
      'exports.table.name',
      'exports.table.nameEn',
      'exports.table.kind',
      'exports.table.industries',
      'exports.table.site',
      'exports.table.location',
      'exports.table.locationEn',
      'exports.table.note',
      'exports.table.noteEn',
      'exports.table.sources',
    ]),
    rows: data.enterprises.map((enterprise) => [
      enterprise.id,
      enterprise.name,
      enterprise.nameEn ?? null,
      kindText(enterprise, language),
      enterprise.industryIds
        .map((id) => {
          const industry = data.industryById.get(id);
          return industry ? localName(industry, language) : id;
        })
        .join(language === 'zh' ? '、' : '; '),
      siteName(data, enterprise.featureId, enterprise.countyCode, language),
      enterprise.location ?? null,
      enterprise.locationEn ?? null,
      enterprise.note ?? null,
      enterprise.noteEn ?? null,
      sourcesText(data, enterprise.sources, language),
    ]),
  };
}

export function targetsTable(data: AppData, language: Language): Table {
  const cityName = translate(language, 'targets.cityName');
  return {
    name: translate(language, 'exports.table.targets'),
    headers: headers(language, [
      'exports.table.id',
      'exports.table.indicator',
      'exports.table.indicatorEn',
      'exports.table.scope',
      'exports.table.scopeName',
      'exports.table.comparator',
      'exports.table.value',
      'exports.table.valueText',
      'exports.table.unit',
      'exports.table.year',
      'exports.table.baseline',
      'exports.table.baselineYear',
      'exports.table.conflict',
      'exports.table.sources',
    ]),
    rows: data.targets.map((target) => [
      target.id,
      target.indicator,
      target.indicatorEn,
      translate(language, `targets.scopeKind.${target.scope.kind}`),
      scopeName(data, target.scope, language, cityName),
      target.comparator,
      target.value,
      target.valueText ? localText(target.valueText, target.valueTextEn, language) : null,
      target.unit ? unitName(target.unit, language) || target.unit : null,
      target.year,
      target.baselineValue ?? null,
      target.baselineYear ?? null,
      target.conflictNote ? localText(target.conflictNote, target.conflictNoteEn, language) : null,
      sourcesText(data, target.sources, language),
    ]),
  };
}
