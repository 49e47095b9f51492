import { useMemo, type ReactNode } from 'react';
import { useAppData } from '@/state/store-context';
import { formatTargetValue } from '@/components/TargetList';
import { translate, type MessageKey } from '@/i18n';
import { formatArea, formatLength, formatNumber } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import { localName, localText } from '@/lib/names';
import { groupSources } from '@/data/sites/dossier-sources';
import { compareSites, type Figure, type FigureSource } from '@/data/sites/compare-model';
import './compare.css';
import type { CandidateSiteRecord } from '@/data/planner/planner-db';
import { documentShortTitle } from '@/data/document-title';

function useTranslate(language: Language) {
  return (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
}

function SourceNote({ source, language }: { source: FigureSource; language: Language }) {
  const data = useAppData();
  const t = useTranslate(language);
  if (source.kind === 'computed') {
    return (
      <span className="compare-source">
        {source.schematic ? t('compare.sourceComputed') : t('compare.sourceComputedOfficial')}
      </span>
    );
  }
  if (source.sources.length === 0) return null;
  return (
    <span className="compare-source">
      {groupSources(source.sources)
        .map((group) => {
          const title = documentShortTitle(data, group.seed, language);
          const lines = group.lines
            .slice(0, 6)
            .map((line) => t('dossier.sourceLine', { line: String(line) }));
          const more =
            group.lines.length > 6
              ? ` ${t('dossier.more', { count: group.lines.length - 6 })}`
              : '';
          return `${title} ${lines.join(language === 'zh' ? '、' : ', ')}${more}`;
        })
        .join('; ')}
    </span>
  );
}

function FigureCell<T>({
  figure,
  format,
  language,
  testId,
}: {
  figure: Figure<T> | null;
  format: (value: T) => ReactNode;
  language: Language;
  testId: string;
}) {
  const t = useTranslate(language);
  return (
    <td data-testid={testId}>
      {figure ? (
        <>
          <span className="compare-value">{format(figure.value)}</span>
          <SourceNote source={figure.source} language={language} />
        </>
      ) : (
        <span className="muted">{t('compare.none')}</span>
      )}
    </td>
  );
}

/** Two or three sites side by side, every figure with its source; printable on A4 landscape. */
export default function CompareView({
  ids,
  language,
  candidates = [],
}: {
  ids: string[];
  language: Language;
  candidates?: readonly CandidateSiteRecord[];
}) {
  const data = useAppData();
  const t = useTranslate(language);
  const comparison = useMemo(() => compareSites(data, ids, candidates), [data, ids, candidates]);
  const { columns } = comparison;
  const nameOf = (id: string) => {
    const column = columns.find((entry) => entry.site.id === id);
    return column ? localName(column.site, language) : id;
  };
  return (
    <article
      className="compare-page"
      data-testid="compare-page"
      lang={language === 'zh' ? 'zh-CN' : 'en'}
    >
      <h1 className="compare-page__title">{t('compare.title')}</h1>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.figure')}</th>
            {columns.map((column) => (
              <th key={column.site.id} scope="col" data-testid="compare-site">
                <span className="compare-site__name">{localName(column.site, language)}</span>
                <span className="compare-site__other">
                  {language === 'en' ? column.site.name : column.site.nameEn}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('compare.area')}</th>
            {columns.map((column) => (
              <FigureCell
                key={column.site.id}
                figure={column.areaKm2}
                format={(km2) => formatArea(km2, language)}
                language={language}
                testId="compare-area"
              />
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.county')}</th>
            {columns.map((column) => (
              <FigureCell
                key={column.site.id}
                figure={column.countyName}
                format={(county) => localName(county, language)}
                language={language}
                testId="compare-county"
              />
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.industries')}</th>
            {columns.map((column) => (
              <td key={column.site.id} data-testid="compare-industries">
                {column.industries.length > 0 ? (
                  <>
                    <ul className="compare-industries">
                      {column.industries.map(({ industry, shared }) => (
                        <li
                          key={industry.id}
                          className={shared ? 'compare-industries__shared' : undefined}
                          data-shared={shared}
                          data-industry-id={industry.id}
                        >
                          {shared ? '★ ' : ''}
                          {localName(industry, language)}
                        </li>
                      ))}
                    </ul>
                    <SourceNote
                      source={{ kind: 'plan', sources: column.industrySources }}
                      language={language}
                    />
                  </>
                ) : (
                  <span className="muted">{t('compare.none')}</span>
                )}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.enterpriseCount')}</th>
            {columns.map((column) => (
              <FigureCell
                key={column.site.id}
                figure={column.enterpriseCount}
                format={(count) => formatNumber(count, language, 0)}
                language={language}
                testId="compare-enterprises"
              />
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.distanceCorridor')}</th>
            {columns.map((column) => (
              <FigureCell
                key={column.site.id}
                figure={column.lineDistances['corridor-zhexinan-corridor']}
                format={(km) => formatLength(km, language)}
                language={language}
                testId="compare-distance-corridor"
              />
            ))}
          </tr>
          <tr>
            <th scope="row">{t('compare.distanceAxis')}</th>
            {columns.map((column) => (
              <FigureCell
                key={column.site.id}
                figure={column.lineDistances['liandu-axis']}
                format={(km) => formatLength(km, language)}
                language={language}
                testId="compare-distance-axis"
              />
            ))}
          </tr>
        </tbody>
        {comparison.targetRows.length > 0 && (
          <tbody data-testid="compare-targets">
            <tr>
              <th colSpan={columns.length + 1} className="compare-table__group">
                {t('compare.targets')}
              </th>
            </tr>
            {comparison.targetRows.map((row) => (
              <tr key={`${row.indicator}|${row.year}`} data-testid="compare-target-row">
                <th scope="row">
                  {localText(row.indicator, row.indicatorEn, language)}
                  {row.year ? ` · ${row.year}` : ''}
                </th>
                {row.cells.map((target, index) => (
                  <td key={columns[index]!.site.id}>
                    {target ? (
                      <>
                        <span className="compare-value">{formatTargetValue(target, language)}</span>
                        <SourceNote
                          source={{ kind: 'plan', sources: target.sources }}
                          language={language}
                        />
                      </>
                    ) : (
                      <span className="muted">{t('compare.none')}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        )}
      </table>
      {comparison.pairDistances.length > 0 && (
        <section className="compare-distances" data-testid="compare-distances">
          <h2>{t('compare.distances')}</h2>
          <ul>
            {comparison.pairDistances.map((pair) => (
              <li key={`${pair.from}|${pair.to}`} data-testid="compare-pair">
                {nameOf(pair.from)} ↔ {nameOf(pair.to)}:{' '}
                <strong>{formatLength(pair.km.value, language)}</strong>{' '}
                <SourceNote source={pair.km.source} language={language} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
