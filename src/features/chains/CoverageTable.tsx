import { useMemo } from 'react';
import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { localName } from '@/lib/names';
import { coverageTable } from '@/data/chains/chain-coverage';
import { countyFeatureId } from '@/data/county-id';

/**
 * Chains × counties (a row per chain, so thirty chains read down the page):
 * how many links each county hosts, and the gaps left per chain. A cell filters the map by the chain's industry and shows the county.
 */
export function CoverageTable() {
  const t = useT();
  const data = useAppData();
  const store = useAppStoreApi();
  const commands = useMapCommands();
  const language = useAppStore((state) => state.language);
  const table = useMemo(() => coverageTable(data), [data]);
  const max = Math.max(1, ...table.cells.flat().map((cell) => cell.covered));
  return (
    <div className="coverage" data-testid="chain-coverage">
      <table className="coverage__table">
        <thead>
          <tr>
            <th scope="col">{t('chains.coverage.chain')}</th>
            {table.counties.map((county) => (
              <th key={county.code} scope="col">
                {localName(county, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.chains.map(({ chain, links, gaps }, column) => (
            <tr key={chain.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => store.getState().showChain(chain.industryId)}
                >
                  {localName(chain, language)}
                </button>
                <div className="muted">{t('chains.coverage.gaps', { gaps, links })}</div>
              </th>
              {table.counties.map((county, row) => {
                const cell = table.cells[row]![column]!;
                return (
                  <td key={county.code}>
                    <button
                      type="button"
                      className="coverage__cell"
                      data-testid="coverage-cell"
                      data-county={county.code}
                      data-chain={chain.industryId}
                      style={{ '--heat': cell.covered / max } as React.CSSProperties}
                      aria-label={t('chains.coverage.cellLabel', {
                        county: localName(county, language),
                        chain: localName(chain, language),
                        count: cell.covered,
                      })}
                      onClick={() => {
                        store.getState().setFilter({ kind: 'industry', id: chain.industryId });
                        commands.showFeature(countyFeatureId(county.code));
                      }}
                    >
                      {cell.covered}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
