import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Language } from '@/i18n/language';
import { appBase, siteDeepLink } from '@/data/sites/deep-link';
import { DossierPage } from './DossierPage';
import { parsePrintRoute, printRouteLink } from '@/data/sites/print-route';
import { siteOrCandidateSummary } from '@/data/sites/candidate-site';
import { isCandidateSiteId, isSiteId } from '@/data/sites/site-ids';
import { loadPlannerData, type CandidateSiteRecord } from '@/data/planner/planner-db';
import './dossier.css';

const CompareView = lazy(() => import('@/features/dossier/CompareView'));

/**
 * The print-only views (no map): ?dossier=a[,b], ?shortlist=a,b and
 * ?compare=a,b[,c]. Loaded lazily by the app shell.
 */
export default function DossierRoot() {
  const data = useAppData();
  const route = useMemo(
    () => parsePrintRoute(window.location.search, (id) => isSiteId(data, id)),
    [data],
  );
  const language = useAppStore((state) => state.language);
  const store = useAppStoreApi();
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  // Keep ?lang= in step when the reader switches language, so a reload or a shared link keeps it.
  useEffect(
    () =>
      store.subscribe(
        (state) => state.language,
        (next) => {
          const params = new URLSearchParams(window.location.search);
          params.set('lang', next);
          history.replaceState(null, '', `?${params.toString().replace(/%2C/g, ',')}`);
        },
      ),
    [store],
  );
  const candidates = useCandidateSites(route?.ids ?? []);
  const autoPrint = route?.kind === 'dossier' && route.autoPrint && candidates !== null;
  useEffect(() => {
    if (!autoPrint) return;
    // Give the QR encoder and the fonts a moment before the dialog freezes the page.
    const timer = window.setTimeout(() => window.print(), 800);
    return () => window.clearTimeout(timer);
  }, [autoPrint]);

  if (!route) return <NotFound />;
  if (candidates === null) return null;
  return (
    <div className="print-root" data-testid="print-root" data-route={route.kind}>
      <Toolbar kind={route.kind} ids={route.ids} language={language} />
      {route.kind === 'compare' ? (
        <Suspense fallback={null}>
          <CompareView ids={route.ids} language={language} candidates={candidates} />
        </Suspense>
      ) : (
        <Pages ids={route.ids} language={language} candidates={candidates} />
      )}
    </div>
  );
}

/**
 * The planner's candidate sites named in the route, read from this browser's
 * IndexedDB; null while reading. Routes without candidates need no read.
 */
function useCandidateSites(ids: string[]): readonly CandidateSiteRecord[] | null {
  const wanted = ids.some(isCandidateSiteId);
  const [sites, setSites] = useState<readonly CandidateSiteRecord[] | null>(wanted ? null : []);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    loadPlannerData().then(
      (loaded) => !cancelled && setSites(loaded.sites),
      () => !cancelled && setSites([]),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return sites;
}

function Pages({
  ids,
  language,
  candidates,
}: {
  ids: string[];
  language: Language;
  candidates: readonly CandidateSiteRecord[];
}) {
  const data = useAppData();
  const sites = useMemo(
    () => ids.flatMap((id) => siteOrCandidateSummary(data, id, candidates) ?? []),
    [data, ids, candidates],
  );
  return (
    <div className="dossier-pages">
      {sites.map((site) => (
        <DossierPage key={site.id} site={site} language={language} />
      ))}
    </div>
  );
}

function Toolbar({
  kind,
  ids,
  language,
}: {
  kind: 'dossier' | 'shortlist' | 'compare';
  ids: string[];
  language: Language;
}) {
  const store = useAppStoreApi();
  const t = useT();
  const setLanguage = useAppStore((state) => state.setLanguage);
  const [saved, setSaved] = useState(false);
  const base = appBase(window.location);
  const backLink =
    ids.length === 1 ? siteDeepLink(base, ids[0]!, language) : `${base}?lang=${language}`;
  return (
    <nav className="print-toolbar no-print" aria-label={t('dossier.docTitle')}>
      <a className="button" href={backLink}>
        {t('dossier.backToMap')}
      </a>
      <button
        type="button"
        className="button"
        onClick={() => window.print()}
        data-testid="print-button"
      >
        {t('dossier.print')}
      </button>
      <button
        type="button"
        className="button"
        lang={language === 'zh' ? 'en' : 'zh-CN'}
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        data-testid="print-lang-switch"
      >
        {t('lang.switch')}
      </button>
      {kind === 'shortlist' && (
        <>
          <span className="print-toolbar__title">
            {t('shortlist.sharedTitle', { count: ids.length })}
          </span>
          <button
            type="button"
            className="button"
            data-testid="shortlist-save-shared"
            onClick={() => {
              store.getState().siteLists.mergeShortlist(ids);
              setSaved(true);
            }}
          >
            {saved ? t('shortlist.saved') : t('shortlist.saveShared')}
          </button>
          <a className="button" href={printRouteLink(base, 'dossier', ids, language, true)}>
            {t('shortlist.pdf')}
          </a>
        </>
      )}
    </nav>
  );
}

function NotFound() {
  const t = useT();
  return (
    <div className="splash" role="alert" data-testid="dossier-not-found">
      <p>{t('dossier.notFound')}</p>
      <a href={appBase(window.location)}>{t('dossier.backToMap')}</a>
    </div>
  );
}
