/** The gap report as a table for CSV and XLSX: one row per gap, sources in words. */
import type { AppData } from '@/data/model';
import type { GapRow } from '@/data/chains/chain-coverage';
import type { Enterprise } from '@/data/schema';
import { documentShortTitle } from '@/data/document-title';
import { translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import { localName, localText } from '@/lib/names';
import type { Table } from '@/lib/table';

/** A prospect firm with where it is: "中芯国际 (上海)". */
export function prospectText(firm: Enterprise, language: Language): string {
  const where = firm.location ? ` (${localText(firm.location, firm.locationEn, language)})` : '';
  return `${localName(firm, language)}${where}`;
}

export function gapTable(data: AppData, rows: GapRow[], language: Language): Table {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return {
    name: t('chains.gaps.sheet'),
    headers: [
      t('chains.gaps.chain'),
      t('chains.gaps.stage'),
      t('chains.gaps.link'),
      t('chains.gaps.presence'),
      t('chains.gaps.plan'),
      t('chains.gaps.prospects'),
      t('chains.gaps.sites'),
      t('chains.gaps.sources'),
    ],
    rows: rows.map((row) => [
      localName(row.chain, language),
      localText(row.stageName, row.stageNameEn, language),
      localName(row.link.link, language),
      translate(language, `chains.presence.${row.presence}`),
      row.verdict
        ? `${translate(language, `chains.verdict.${row.verdict.kind}`)}: ${localText(row.verdict.note, row.verdict.noteEn, language)}`
        : t('chains.gaps.computedOnly'),
      row.prospects.map((firm) => prospectText(firm, language)).join('; '),
      row.sites.map((site) => localName(site.properties, language)).join('; '),
      row.sources
        .map(
          (source) =>
            `${documentShortTitle(data, source.seed, language)} ${translate(language, 'detail.sourceLine', { line: String(source.line) })}`,
        )
        .join('; '),
    ]),
  };
}
