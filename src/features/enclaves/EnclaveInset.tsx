import { useMemo, useState } from 'react';
import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { MAP_BOUNDS } from '@/data/geo/map-bounds';
import { enclaveGroups } from './enclave-groups';
import { SYSTEM_COLOURS } from '@/map/theme';

/**
 * The out-of-town enclaves sit far from Lishui: this inset lists them by
 * host city, and a click frames that city's enclaves (or all of them with Lishui).
 */
export function EnclaveInset() {
  const t = useT();
  const data = useAppData();
  const commands = useMapCommands();
  const select = useAppStore((state) => state.select);
  const isLayerHidden = useAppStore((state) => state.hiddenLayers.includes('enclave-sites'));
  const [isOpen, setIsOpen] = useState(false);
  const groups = useMemo(() => enclaveGroups(data, MAP_BOUNDS), [data]);
  if (groups.length === 0 || isLayerHidden) return null;
  const onMap = groups.filter((group) => group.isOnMap);
  const total = groups.reduce((sum, group) => sum + group.featureIds.length, 0);
  return (
    <section className="enclave-inset" aria-label={t('enclaves.title')} data-testid="enclave-inset">
      <button
        type="button"
        className="enclave-inset__toggle"
        aria-expanded={isOpen}
        onClick={() => setIsOpen((value) => !value)}
      >
        <span
          className="swatch"
          style={{ background: SYSTEM_COLOURS.enclave }}
          aria-hidden="true"
        />{' '}
        {t('enclaves.title')} · {total}
      </button>
      {isOpen && (
        <div className="enclave-inset__body">
          <ul className="chips">
            <li>
              <button
                type="button"
                className="chip"
                onClick={() =>
                  commands.focusFeatures([
                    'county-331102',
                    ...onMap.flatMap((group) => group.featureIds),
                  ])
                }
              >
                {t('enclaves.showAll')}
              </button>
            </li>
            {groups.map((group) => (
              <li key={group.hostCity}>
                {group.isOnMap ? (
                  <button
                    type="button"
                    className="chip chip--quiet"
                    data-testid="enclave-city"
                    onClick={() => {
                      if (group.featureIds.length === 1) select(group.featureIds[0]!);
                      commands.focusFeatures(group.featureIds);
                    }}
                  >
                    {group.hostCity} · {group.featureIds.length}
                  </button>
                ) : (
                  <span className="chip chip--static" title={t('enclaves.offMap')}>
                    {group.hostCity} · {group.featureIds.length}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="muted">{t('enclaves.hint')}</p>
        </div>
      )}
    </section>
  );
}
