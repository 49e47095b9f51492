import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { BasemapControl } from '@/features/basemap/BasemapControl';
import { SearchBox } from '@/features/search/SearchBox';
import { ExportButton } from '@/features/exports/ExportButton';
import type { CopyStatus } from '@/features/share/SharePanel';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import type { AppData } from '@/data/model';
import type { MapFilter } from '@/state/selection-slice';
import { chainForIndustry } from '@/data/chains/chain-model';
import { useT } from '@/i18n/use-t';
import { withViewMessages } from '@/i18n';
import type { Language } from '@/i18n/language';
import { useMapCommands, type MapCommands } from '@/map/map-commands';
import type { AppStore } from '@/state/store';
import { copyText, prefersSystemShare } from '@/lib/clipboard';
import { usePublishedHeight } from '@/components/use-published-height';
import { HeaderMenu } from './HeaderMenu';
import { shareUrl } from './url-state';
import { currentUrlState } from './use-url-sync';
import { useMediaQuery } from './use-media-query';

const SharePanel = lazy(withViewMessages(() => import('@/features/share/SharePanel')));

/**
 * Below these widths (CSS px) the tools no longer fit beside the title and a
 * search field that shows its whole placeholder, and move into the tools menu.
 * English labels are longer, so its menu comes in earlier.
 */
export const TOOLS_MENU_BELOW: Record<Language, number> = { zh: 1480, en: 1640 };

/** The link that reopens what the map shows now, in the full app (the camera as drawn). */
export function currentViewLink(store: AppStore, commands: MapCommands): string {
  const state = currentUrlState(store, false);
  return shareUrl({ ...state, camera: commands.getCamera() ?? state.camera }, window.location);
}

export function Header({ embed }: { embed: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const commands = useMapCommands();
  const language = useAppStore((state) => state.language);
  const toggleLayerPanel = useAppStore((state) => state.toggleLayerPanel);
  const isLayerPanelOpen = useAppStore((state) => state.isLayerPanelOpen);
  const isCompact = useMediaQuery(`(max-width: ${TOOLS_MENU_BELOW[language] - 0.02}px)`);
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const [share, setShare] = useState<{ link: string; status: CopyStatus } | null>(null);
  const closeShare = useCallback(() => setShare(null), []);
  // Its real height (two rows on a phone), for what opens below it (the targets view).
  const publishHeight = usePublishedHeight<HTMLElement>('--header-height', 'root');

  const onShare = () => {
    const link = currentViewLink(store, commands);
    if (prefersSystemShare()) {
      // A phone: the system share sheet (messages, mail, AirDrop…); cancelling it is no error.
      navigator.share({ title: t('app.title'), url: link }).catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError'))
          setShare({ link, status: null });
      });
      return;
    }
    // Copied inside the click, while the page may still write the clipboard.
    setShare({ link, status: null });
    void copyText(link).then((copied) =>
      setShare((open) =>
        open?.link === link ? { link, status: copied ? 'copied' : 'failed' } : open,
      ),
    );
  };

  return (
    <header
      ref={publishHeight}
      className={`header${isCompact ? ' header--compact' : ''}`}
      data-testid="header"
    >
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
        <h1 className="header__title" data-testid="header-title">
          {t('app.title')}
        </h1>
        <p className="header__subtitle">{t('app.subtitle')}</p>
      </div>
      {embed ? (
        <div className="header__tools">
          <a
            className="button"
            href={currentViewLink(store, commands)}
            target="_blank"
            rel="noopener"
            aria-label={t('header.openFullLabel')}
            data-testid="embed-open-full"
            // The view may have moved since render: the link is made again as it is followed.
            onClick={(event) => {
              event.currentTarget.href = currentViewLink(store, commands);
            }}
          >
            {t('header.openFull')} <span aria-hidden="true">↗</span>
          </a>
        </div>
      ) : (
        <>
          <div className="header__search">
            <SearchBox />
          </div>
          {isCompact ? (
            <HeaderMenu
              label={t('header.menu')}
              description={t('header.menuLabel')}
              open={isMenuOpen}
              onOpenChange={setIsMenuOpen}
            >
              <Tools asMenuItems onShare={onShare} />
            </HeaderMenu>
          ) : (
            <div className="header__tools" data-testid="header-tools">
              <Tools asMenuItems={false} onShare={onShare} />
            </div>
          )}
        </>
      )}
      {share && (
        <Suspense fallback={null}>
          <SharePanel link={share.link} initialStatus={share.status} onClose={closeShare} />
        </Suspense>
      )}
    </header>
  );
}

/** The header's tools, in a row or as the items of the tools menu. */
function Tools({ asMenuItems, onShare }: { asMenuItems: boolean; onShare: () => void }) {
  const store = useAppStoreApi();
  const t = useT();
  const language = useAppStore((state) => state.language);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const openView = useAppStore((state) => state.openView);
  const setOpenView = useAppStore((state) => state.setOpenView);
  const isPlannerOpen = useAppStore((state) => state.planner.isOpen);
  const openChain = useAppStore((state) => state.openChain);
  const data = useAppData();
  // In the menu, a tool that does its job at once closes the menu (data-closes-menu).
  const item = asMenuItems ? ({ role: 'menuitem', 'data-closes-menu': true } as const) : {};
  // A tool that opens or closes a view: a toggle button in the row, a checkbox item in the menu.
  const toggle = (isOn: boolean) =>
    asMenuItems
      ? ({ role: 'menuitemcheckbox', 'aria-checked': isOn, 'data-closes-menu': true } as const)
      : { 'aria-pressed': isOn };
  const group = (label: string, children: ReactNode) =>
    asMenuItems ? (
      <div role="group" aria-label={label} className="header-menu__group">
        {children}
      </div>
    ) : (
      children
    );
  return (
    <>
      <button
        type="button"
        className="button"
        {...toggle(openView === 'targets')}
        aria-label={t('targets.openLabel')}
        data-testid="targets-open"
        onClick={() => setOpenView(openView === 'targets' ? null : 'targets')}
      >
        {t('targets.open')}
      </button>
      <button
        type="button"
        className="button"
        {...toggle(openChain !== null)}
        aria-label={t('chains.openLabel')}
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
        {...toggle(openView === 'tours')}
        aria-label={t('tours.openLabel')}
        data-testid="tours-open"
        onClick={() => setOpenView(openView === 'tours' ? null : 'tours')}
      >
        {t('tours.open')}
      </button>
      <button
        type="button"
        className="button"
        {...toggle(isPlannerOpen)}
        aria-label={t('planner.openLabel')}
        data-testid="planner-open"
        onClick={() => store.getState().planner.setOpen(!isPlannerOpen)}
      >
        {t('planner.open')}
      </button>
      <ExportButton asMenuItem={asMenuItems} />
      {group(t('basemap.label'), <BasemapControl />)}
      <button
        type="button"
        className="button"
        {...item}
        lang={language === 'zh' ? 'en' : 'zh-CN'}
        aria-label={t('lang.switchLabel')}
        data-testid="lang-switch"
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switch')}
      </button>
      <button
        type="button"
        className="button"
        {...item}
        aria-label={t('share.openLabel')}
        data-testid="share-open"
        onClick={onShare}
      >
        {t('share.open')}
      </button>
    </>
  );
}

/** The chain the header opens: of the industry the map is filtered by, else the first. */
function defaultChainIndustry(data: AppData, filter: MapFilter | null): string | null {
  const filtered = filter?.kind === 'industry' ? chainForIndustry(data, filter.id) : null;
  return filtered?.industryId ?? data.chains[0]?.industryId ?? null;
}
