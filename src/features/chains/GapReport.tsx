import { useMemo, useState } from 'react';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { localName, localText } from '@/lib/names';
import { SourceList } from '@/components/SourceList';
import type { Chain } from '@/data/schema';
import { gapRows } from '@/data/chains/chain-coverage';
import { tableToCsv } from '@/lib/csv';
import { downloadBlob, todayStamp } from '@/lib/download';
import { gapTable, prospectText } from './gap-table';

/**
 * The gaps investment staff go after: for the open chain (or every chain),
 * each gap or link the plan wants brought in, the plan's reason and lines,
 * the prospect firms it cites and where it would go. Exports as CSV or XLSX.
 */
export function GapReport({ chain }: { chain: Chain | null }) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const store = useAppStoreApi();
  const shortlist = useAppStore((state) => state.siteLists.shortlistIds);
  const [everyChain, setEveryChain] = useState(chain === null);
  const rows = useMemo(
    () => gapRows(data, everyChain || !chain ? data.chains : [chain]),
    [data, chain, everyChain],
  );
  const fileName = `lishui-chain-gaps-${everyChain || !chain ? 'all' : chain.industryId}-${todayStamp()}`;
  const table = () => gapTable(data, rows, language);
  return (
    <div className="gap-report" data-testid="gap-report">
      <div className="gap-report__tools">
        {chain && (
          <label className="gap-report__scope">
            <input
              type="checkbox"
              checked={everyChain}
              onChange={(event) => setEveryChain(event.target.checked)}
            />{' '}
            {t('chains.gaps.everyChain')}
          </label>
        )}
        <button
          type="button"
          className="button button--small"
          data-testid="gap-export-csv"
          onClick={() =>
            downloadBlob(
              `${fileName}.csv`,
              new Blob([tableToCsv(table())], { type: 'text/csv;charset=utf-8' }),
            )
          }
        >
          {t('chains.gaps.downloadCsv')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="gap-export-xlsx"
          onClick={async () => {
            const { tablesToXlsx } = await import('@/lib/workbook');
            const buffer = await tablesToXlsx([table()]);
            downloadBlob(
              `${fileName}.xlsx`,
              new Blob([buffer], {
                type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              }),
            );
          }}
        >
          {t('chains.gaps.downloadXlsx')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('chains.gaps.none')}</p>
      ) : (
        <table className="gap-report__table">
          <thead>
            <tr>
              <th scope="col">{t('chains.gaps.link')}</th>
              <th scope="col">{t('chains.gaps.plan')}</th>
              <th scope="col">{t('chains.gaps.prospects')}</th>
              <th scope="col">{t('chains.gaps.sites')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.link.link.id} data-testid="gap-row" data-presence={row.presence}>
                <td>
                  <strong>{localName(row.link.link, language)}</strong>
                  <div className="muted">
                    {localName(row.chain, language)} ·{' '}
                    {localText(row.stageName, row.stageNameEn, language)} ·{' '}
                    {t(`chains.presence.${row.presence}`)}
                  </div>
                </td>
                <td>
                  {row.verdict ? (
                    <>
                      <span
                        className={`chain-link__verdict chain-link__verdict--${row.verdict.kind}`}
                      >
                        {t(`chains.verdict.${row.verdict.kind}`)}
                      </span>{' '}
                      {localText(row.verdict.note, row.verdict.noteEn, language)}
                      {row.link.disagrees && (
                        <p className="link-detail__disagree">{t('chains.disagrees')}</p>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t('chains.gaps.computedOnly')}</span>
                  )}
                  <SourceList sources={row.sources} />
                </td>
                <td>
                  {row.prospects.length === 0 ? (
                    <span className="muted">{t('chains.gaps.noProspects')}</span>
                  ) : (
                    row.prospects.map((firm) => prospectText(firm, language)).join('；')
                  )}
                </td>
                <td>
                  {row.sites.length === 0 ? (
                    t('chains.gaps.noSites')
                  ) : (
                    <ul className="gap-report__sites">
                      {row.sites.slice(0, 6).map((site) => {
                        const id = site.properties.id;
                        const listed = shortlist.includes(id);
                        return (
                          <li key={id}>
                            {localName(site.properties, language)}{' '}
                            <button
                              type="button"
                              className="chip chip--chain"
                              data-testid="gap-shortlist"
                              aria-pressed={listed}
                              aria-label={t('chains.gaps.shortlistLabel', {
                                site: localName(site.properties, language),
                                link: localName(row.link.link, language),
                              })}
                              onClick={() =>
                                store.getState().siteLists.shortlistForGap(id, {
                                  industryId: row.chain.industryId,
                                  linkId: row.link.link.id,
                                })
                              }
                            >
                              {listed ? t('chains.gaps.shortlisted') : t('chains.gaps.shortlist')}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {row.sites.length > 6 && ` +${row.sites.length - 6}`}
                  <div className="muted">{t(`chains.gaps.sitesBasis.${row.sitesBasis}`)}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
