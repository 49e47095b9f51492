/**
 * Enterprises and targets as tables with Chinese headers and a sources
 * column ("来源"), for CSV and Excel. Cells are plain strings and numbers:
 * formatting for spreadsheets happens in csv.ts / workbook.ts.
 */
import type { AppData } from '@/data/model';
import type { Enterprise, Source } from '@/data/schema';
import { documentShortTitle } from '@/data/document-title';

import type { Cell, Table } from '@/lib/table';
export type { Cell, Table };

/** "丽水市人才科技“十四五”规划 第 12 行; …": a fact's sources in words. */
export function sourcesText(data: AppData, sources: Source[]): string {
  return sources
    .map((source) => {
      const title = documentShortTitle(data, source.seed, 'zh');
      return `${title} 第 ${source.line} 行`;
    })
    .join('; ');
}

const KIND_ZH = {
  local: '本地企业',
  partner: '合作企业',
  benchmark: '对标企业（外地）',
} as const satisfies Record<Enterprise['kind'], string>;

/** The main kind, the firm's other roles, and a presence the plans only hope for. */
function kindText(enterprise: Enterprise): string {
  const others = (enterprise.roles ?? []).filter((role) => role !== enterprise.kind);
  return [
    KIND_ZH[enterprise.kind],
    others.length > 0 ? `兼${others.map((role) => KIND_ZH[role]).join('、')}` : null,
    enterprise.presence === 'planned' ? '仅为规划意向' : null,
  ]
    .filter(Boolean)
    .join('；');
}

function siteName(data: AppData, featureId: string | undefined, countyCode: string | undefined) {
  if (featureId) return data.featureById.get(featureId)?.properties.name ?? featureId;
  if (countyCode) return data.countyByCode.get(countyCode)?.properties.name ?? countyCode;
  return null;
}

export function enterprisesTable(data: AppData): Table {
  return {
    name: '企业',
    headers: [
      '编号',
      '企业名称',
      '英文名称',
      '类别',
      '产业',
      '所在平台/区县',
      '所在地',
      '所在地（英文）',
      '备注',
      '备注（英文）',
      '来源',
    ],
    rows: data.enterprises.map((enterprise) => [
      enterprise.id,
      enterprise.name,
      enterprise.nameEn ?? null,
      kindText(enterprise),
      enterprise.industryIds.map((id) => data.industryById.get(id)?.name ?? id).join('、'),
      siteName(data, enterprise.featureId, enterprise.countyCode),
      enterprise.location ?? null,
      enterprise.locationEn ?? null,
      enterprise.note ?? null,
      enterprise.noteEn ?? null,
      sourcesText(data, enterprise.sources),
    ]),
  };
}

const SCOPE_ZH = { city: '市', county: '区县', feature: '平台/区域', industry: '产业' } as const;

function scopeName(data: AppData, kind: keyof typeof SCOPE_ZH, id: string): string {
  if (kind === 'feature') return data.featureById.get(id)?.properties.name ?? id;
  if (kind === 'industry') return data.industryById.get(id)?.name ?? id;
  if (kind === 'county' || kind === 'city')
    return data.countyByCode.get(id)?.properties.name ?? (id === '331100' ? '丽水市' : id);
  return id;
}

export function targetsTable(data: AppData): Table {
  return {
    name: '目标',
    headers: [
      '编号',
      '指标',
      '英文指标',
      '范围',
      '范围名称',
      '比较',
      '目标值',
      '文字表述',
      '单位',
      '目标年份',
      '基期值',
      '基期年份',
      '口径冲突说明',
      '来源',
    ],
    rows: data.targets.map((target) => [
      target.id,
      target.indicator,
      target.indicatorEn,
      SCOPE_ZH[target.scope.kind],
      scopeName(data, target.scope.kind, target.scope.id),
      target.comparator,
      target.value,
      target.valueText ?? null,
      target.unit || null,
      target.year,
      target.baselineValue ?? null,
      target.baselineYear ?? null,
      target.conflictNote ?? null,
      sourcesText(data, target.sources),
    ]),
  };
}
