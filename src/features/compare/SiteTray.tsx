import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { tabbableElements } from '@/components/dialog-stack';
import { usePublishedHeight } from '@/components/use-published-height';
import { useShallow } from 'zustand/react/shallow';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { appBase } from '@/data/sites/deep-link';
import { printRouteLink } from '@/data/sites/print-route';
import { isSiteId } from '@/data/sites/site-ids';
import { localName } from '@/lib/names';
import '@/components/site-actions.css';
import { countyCodeOf } from '@/data/county-id';

/** The compare selection and the shortlist, floating over the map while either has sites. */
export function SiteTray() {
  const store = useAppStoreApi();
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const compareIds = useAppStore(useShallow((state) => state.siteLists.compareIds));
  const shortlistIds = useAppStore(useShallow((state) => state.siteLists.shortlistIds));
  const candidateSites = useAppStore((state) => state.planner.sites);
  const [copied, setCopied] = useState(false);
  const { trayRef, keepFocus } = useTrayFocusAndHeight();
  useEffect(() => {
    store.getState().siteLists.restore((id) => isSiteId(data, id));
  }, [data, store]);
  if (compareIds.length === 0 && shortlistIds.length === 0) return null;
  const base = appBase(window.location);
  const nameOf = (id: string) => {
    const record =
      data.featureById.get(id)?.properties ??
      data.countyByCode.get(countyCodeOf(id) ?? '')?.properties;
    if (record) return localName(record, language);
    return candidateSites.find((site) => site.id === id)?.name ?? id;
  };
  return (
    <aside
      ref={trayRef}
      className="site-tray"
      aria-label={t('compare.trayLabel')}
      data-testid="site-tray"
    >
      {compareIds.length > 0 && (
        <div className="site-tray__group" data-testid="compare-tray">
          {compareIds.map((id) => (
            <span key={id} className="site-tray__chip" data-testid="compare-tray-item">
              {nameOf(id)}
              <button
                type="button"
                aria-label={t('compare.remove.label', { name: nameOf(id) })}
                onClick={keepFocus(() => store.getState().siteLists.toggleCompare(id))}
              >
                ×
              </button>
            </span>
          ))}
          {compareIds.length >= 2 ? (
            <a
              className="button"
              href={printRouteLink(base, 'compare', compareIds, language)}
              target="_blank"
              rel="noopener"
              data-testid="compare-open"
            >
              {t('compare.open', { count: compareIds.length })}
            </a>
          ) : (
            <span className="muted">{t('compare.needTwo')}</span>
          )}
          <button
            type="button"
            className="link-button"
            onClick={keepFocus(() => store.getState().siteLists.clearCompare())}
          >
            {t('compare.clear')}
          </button>
        </div>
      )}
      {shortlistIds.length > 0 && (
        <div className="site-tray__group" data-testid="shortlist-tray">
          <strong>{t('shortlist.title', { count: shortlistIds.length })}</strong>
          <a
            className="button"
            href={printRouteLink(base, 'dossier', shortlistIds, language, true)}
            target="_blank"
            rel="noopener"
            data-testid="shortlist-pdf"
          >
            {t('shortlist.pdf')}
          </a>
          <button
            type="button"
            className="button"
            data-testid="shortlist-share"
            data-share-link={printRouteLink(base, 'shortlist', shortlistIds, language)}
            onClick={() => {
              void navigator.clipboard
                ?.writeText(printRouteLink(base, 'shortlist', shortlistIds, language))
                .then(() => setCopied(true));
            }}
          >
            {copied ? t('shortlist.copied') : t('shortlist.share')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={keepFocus(() => store.getState().siteLists.clearShortlist())}
          >
            {t('shortlist.clear')}
          </button>
        </div>
      )}
    </aside>
  );
}

/**
 * The tray's element, for two jobs. It publishes its height on its parent as
 * --site-tray-height (it wraps to two rows with longer names), so what sits
 * along the bottom (the enclave inset, and the side panels on mid-size screens)
 * can stand above it. And a control that removes itself (a chip's ×, "clear")
 * hands focus on instead of dropping it to the page: to the control now in its
 * place in the tray, or to the map once the tray has gone.
 */
function useTrayFocusAndHeight() {
  const tray = useRef<HTMLElement | null>(null);
  const publishHeight = usePublishedHeight<HTMLElement>('--site-tray-height', 'parent');
  const trayRef = useCallback(
    (element: HTMLElement | null) => {
      tray.current = element;
      publishHeight(element);
    },
    [publishHeight],
  );

  // The tab position of the control that removed itself, until the render after.
  const removedAt = useRef<number | null>(null);
  const keepFocus = (action: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    removedAt.current = tray.current
      ? tabbableElements(tray.current).indexOf(event.currentTarget)
      : 0;
    action();
  };
  useEffect(() => {
    const index = removedAt.current;
    if (index === null) return;
    removedAt.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const controls = tray.current ? tabbableElements(tray.current) : [];
    const next = controls[Math.min(Math.max(index, 0), controls.length - 1)];
    (next ?? document.querySelector<HTMLElement>('.maplibregl-canvas'))?.focus();
  });
  return { trayRef, keepFocus };
}
