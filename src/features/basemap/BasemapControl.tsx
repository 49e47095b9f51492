import { useState } from 'react';
import { useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { BasemapId } from '@/data/basemap-catalog';
import { availableBasemaps } from '@/state/basemap-slice';

const TOKEN_OPTION = 'tianditu-key';

export function BasemapControl() {
  const t = useT();
  const basemap = useAppStore((state) => state.basemap);
  const token = useAppStore((state) => state.tiandituToken);
  const setBasemap = useAppStore((state) => state.setBasemap);
  const setToken = useAppStore((state) => state.setTiandituToken);
  const [draft, setDraft] = useState('');
  const [open, setOpen] = useState(false);

  return (
    <div className="basemap">
      <label className="basemap__label">
        <span>{t('basemap.label')}</span>
        <select
          value={basemap}
          data-testid="basemap-select"
          title={t('basemap.offlineNote')}
          onChange={(event) => {
            // The last entry opens the key form instead of choosing a basemap.
            if (event.target.value === TOKEN_OPTION) setOpen(true);
            else setBasemap(event.target.value as BasemapId);
          }}
        >
          {availableBasemaps(token).map((id) => (
            <option key={id} value={id}>
              {t(`basemap.${id}`)}
            </option>
          ))}
          <option value={TOKEN_OPTION} data-testid="tianditu-settings">
            {t('basemap.tokenOption')}
          </option>
        </select>
      </label>
      {open && (
        <form
          className="basemap__token"
          onSubmit={(event) => {
            event.preventDefault();
            setToken(draft);
            setDraft('');
            setOpen(false);
          }}
        >
          <input
            type="password"
            autoComplete="off"
            value={draft}
            aria-label={t('basemap.tokenLabel')}
            placeholder={t('basemap.tokenPlaceholder')}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button">
            {t('basemap.tokenSave')}
          </button>
          {token && (
            <button type="button" className="button button--quiet" onClick={() => setToken(null)}>
              {t('basemap.tokenClear')}
            </button>
          )}
        </form>
      )}
    </div>
  );
}
