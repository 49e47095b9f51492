import { BasemapControl } from '@/features/basemap/BasemapControl';
import { SearchBox } from '@/features/search/SearchBox';
import { ExportButton } from '@/features/exports/ExportButton';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import type { AppData } from '@/data/model';
import type { MapFilter } from '@/state/selection-slice';
import { chainForIndustry } from '@/data/chains/chain-model';
import { useT } from '@/i18n/use-t';

export function Header() {
  const store = useAppStoreApi();
  const t = useT();
  const language = useAppStore((state) => state.language);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const toggleLayerPanel = useAppStore((state) => state.toggleLayerPanel);
  const isLayerPanelOpen = useAppStore((state) => state.isLayerPanelOpen);
  const openView = useAppStore((state) => state.openView);
  const setOpenView = useAppStore((state) => state.setOpenView);
  const isPlannerOpen = useAppStore((state) => state.planner.isOpen);
  const openChain = useAppStore((state) => state.openChain);
  const data = useAppData();
  return (
    <header className="header">
      <button
        type="button"
        className="header__icon-button"
        aria-label={t('layers.toggleLabel')}
        aria-expanded={isLayerPanelOpen}
        aria-controls="layer-panel"
        onClick={() => toggleLayerPanel()}
        data-testid="layer-panel-toggle"
      >
        <span aria-hidden="true">☰</span>
      </button>
      <div className="header__titles">
        <h1 className="header__title">{t('app.title')}</h1>
        <p className="header__subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header__search">
        <SearchBox />
      </div>
      <div className="header__tools">
        <button
          type="button"
          className="button"
          aria-label={t('targets.openLabel')}
          aria-pressed={openView === 'targets'}
          data-testid="targets-open"
          onClick={() => setOpenView(openView === 'targets' ? null : 'targets')}
        >
          {t('targets.open')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('chains.openLabel')}
          aria-pressed={openChain !== null}
          data-testid="chains-open"
          onClick={() => {
            const state = store.getState();
            if (openChain) state.closeChain();
            else state.showChain(defaultChainIndustry(data, state.filter) ?? '');
          }}
          disabled={data.chains.length === 0}
        >
          {t('chains.open')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('tours.openLabel')}
          aria-pressed={openView === 'tours'}
          data-testid="tours-open"
          onClick={() => setOpenView(openView === 'tours' ? null : 'tours')}
        >
          {t('tours.open')}
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('planner.openLabel')}
          aria-pressed={isPlannerOpen}
          data-testid="planner-open"
          onClick={() => store.getState().planner.setOpen(!isPlannerOpen)}
        >
          {t('planner.open')}
        </button>
        <ExportButton />
        <BasemapControl />
        <button
          type="button"
          className="button"
          lang={language === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('lang.switchLabel')}
          data-testid="lang-switch"
          onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        >
          {t('lang.switch')}
        </button>
      </div>
    </header>
  );
}

/** The chain the header opens: of the industry the map is filtered by, else the first. */
function defaultChainIndustry(data: AppData, filter: MapFilter | null): string | null {
  const filtered = filter?.kind === 'industry' ? chainForIndustry(data, filter.id) : null;
  return filtered?.industryId ?? data.chains[0]?.industryId ?? null;
}
