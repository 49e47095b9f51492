import { BasemapControl } from '@/features/basemap/BasemapControl';
import { SearchBox } from '@/features/search/SearchBox';
import { ExportButton } from '@/features/exports/ExportButton';
import { useAppStore, useAppStoreApi } from '@/state/store-context';
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
          lang={language === 'zh' ? 'en' : 'zh'}
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
