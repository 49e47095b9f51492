import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { thematicLayers } from '@/data/layer-catalog';
import { loadDefaultData } from '@/data/load';
import { pageBenchDataUrls, type BenchData } from '@/data/bench-urls';
import { buildMapData } from '@/data/map-data';
import type { AppData } from '@/data/model';
import { loadMessages, preloadMessages, translate, withViewMessages } from '@/i18n';
import { realControllerFactory } from '@/map/create-controller';
import type { MapApi } from '@/map/map-api';
import { MapView } from '@/map/MapView';
import { createAppStore, type AppState } from '@/state/store';
import { Header } from './Header';
import { LayerPanel } from '@/features/layers/LayerPanel';
import { AppProviders, useAppStore, useAppStoreApi } from '@/state/store-context';
import { waitForFonts } from './fonts';
import { exposeDebugHandle } from './debug-handle';
import { createMapCommands, MapCommandsProvider } from '@/map/map-commands';
import { FilterBar } from '@/features/filter/FilterBar';
import { EnclaveInset } from '@/features/enclaves/EnclaveInset';
import { featureIdsForFilter } from '@/data/filter';
import { useGlobalKeys } from './use-global-keys';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { applyUrlState, readUrl, urlVocabulary, useUrlSync } from './use-url-sync';
import { isEmbedUrl, urlLanguage } from './url-state';
import { ok } from '@/lib/result';
import { SHIPPED_TOUR_IDS } from '@/data/tours/tour-files';
import { presenterTourId } from '@/features/tours/presenter-url';
import { wantsPrintRoute } from '@/data/sites/print-route';
import { startServiceWorker } from './service-worker';
import { UpdatePrompt } from './UpdatePrompt';

// Loaded only when opened, so the first map view stays small; each with the
// messages of the views after the first one.
const TargetsView = lazy(withViewMessages(() => import('@/features/targets/TargetsView')));
const ToursRoot = lazy(withViewMessages(() => import('@/features/tours/ToursRoot')));
const PresenterView = lazy(withViewMessages(() => import('@/features/tours/PresenterView')));
const PlannerRoot = lazy(withViewMessages(() => import('@/features/planner/PlannerRoot')));
const ChainView = lazy(withViewMessages(() => import('@/features/chains/ChainView')));
const DossierRoot = lazy(withViewMessages(() => import('@/features/dossier/DossierRoot')));
// Not needed for the first map view: loaded when a selection needs them, or fetched
// in the background once the map is idle so the first click does not wait.
const loadDetailPanel = withViewMessages(() => import('@/features/detail/DetailPanel'));
const DetailPanel = lazy(() =>
  loadDetailPanel().then((module) => ({ default: module.DetailPanel })),
);
const loadSiteTray = withViewMessages(() => import('@/features/compare/SiteTray'));
const SiteTray = lazy(() => loadSiteTray().then((module) => ({ default: module.SiteTray })));

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; data: AppData; bench: BenchData | null }
  | { status: 'error'; errors: string[] };

export function App() {
  const store = useMemo(() => createAppStore(), []);
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  // ?presenter=<tourId>: this window is the presenter's notes view of a tour played elsewhere.
  const [presenterTour] = useState(() => presenterTourId(window.location.search));
  // ?dossier= / ?compare= / ?shortlist=: a print page without the map.
  const [printRoute] = useState(() => wantsPrintRoute(window.location.search));

  // The presenter view and print pages register the service worker at once; the map
  // registers it once it is drawn (see Shell), so precaching never delays the first view.
  useEffect(() => {
    if (presenterTour || printRoute) startServiceWorker();
  }, [presenterTour, printRoute]);

  useEffect(() => {
    let cancelled = false;
    // ?bench-data=: synthetic data for `npm run bench -- --scale` only; absent, neither
    // the files nor their parser are fetched.
    const benchUrls = pageBenchDataUrls();
    // A page opened in English loads its messages alongside the data (a failure is
    // retried, and reported, when the URL state is applied).
    const messages = loadMessages(urlLanguage(window.location.search)).catch(() => undefined);
    const benchData =
      benchUrls.length === 0
        ? Promise.resolve(ok(null))
        : import('@/data/bench-data').then((module) => module.loadBenchData(benchUrls));
    void Promise.all([loadDefaultData(), waitForFonts(), benchData, messages]).then(
      ([loaded, , bench]) => {
        if (cancelled) return;
        const result = loaded.ok && !bench.ok ? bench : loaded;
        if (result.ok) {
          const layerIds = thematicLayers(result.data.features).map((layer) => layer.id);
          applyUrlState(store, readUrl(urlVocabulary(result.data, layerIds, SHIPPED_TOUR_IDS)));
        }
        setLoad(
          result.ok
            ? { status: 'ready', data: result.data, bench: bench.ok ? bench.data : null }
            : { status: 'error', errors: result.error },
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store]);

  return (
    <AppProviders store={store} data={load.status === 'ready' ? load.data : null}>
      {load.status !== 'ready' ? (
        <Splash load={load} />
      ) : presenterTour ? (
        <Suspense fallback={null}>
          <PresenterView tourId={presenterTour} />
        </Suspense>
      ) : printRoute ? (
        <Suspense fallback={null}>
          <DossierRoot />
        </Suspense>
      ) : (
        <Shell data={load.data} bench={load.bench} />
      )}
    </AppProviders>
  );
}

function Splash({ load }: { load: Exclude<LoadState, { status: 'ready' }> }) {
  const language = useAppStore((state) => state.language);
  if (load.status === 'loading') {
    return (
      <div className="splash" role="status" data-testid="splash">
        {translate(language, 'app.loading')}
      </div>
    );
  }
  return (
    <div className="splash splash--error" role="alert" data-testid="load-error">
      <h1>{translate(language, 'app.loadError')}</h1>
      <p>{translate(language, 'app.loadErrorHint')}</p>
      <ul>
        {load.errors.slice(0, 20).map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}

function LazyViews() {
  const openView = useAppStore((state) => state.openView);
  const setOpenView = useAppStore((state) => state.setOpenView);
  const isTouring = useAppStore((state) => state.activeTour !== null);
  if (openView === 'tours' || isTouring) {
    return (
      <Suspense fallback={null}>
        <ToursRoot />
      </Suspense>
    );
  }
  if (openView !== 'targets') return null;
  return (
    <Suspense fallback={null}>
      <TargetsView onClose={() => setOpenView(null)} />
    </Suspense>
  );
}

/** The industry chain docked under the map, loaded when one is opened. */
function ChainSlot() {
  const isOpen = useAppStore((state) => state.openChain !== null);
  if (!isOpen) return null;
  return (
    <Suspense fallback={null}>
      <ChainView />
    </Suspense>
  );
}

/**
 * The planner loads when it is first opened, or once the map is idle if the user has saved
 * layers or sites for it to restore onto the map (a count in IndexedDB, nothing else loaded);
 * a user who has neither never downloads it. Once loaded it stays, drawing those layers.
 */
function PlannerTools() {
  const isMapIdle = useAppStore((state) => state.isMapIdle);
  const isOpen = useAppStore((state) => state.planner.isOpen);
  const [hasStoredRecords, setHasStoredRecords] = useState(false);
  const [wasOpened, setWasOpened] = useState(false);
  useEffect(() => {
    if (isOpen) setWasOpened(true);
  }, [isOpen]);
  useEffect(() => {
    if (!isMapIdle) return;
    let cancelled = false;
    import('@/data/planner/planner-storage')
      .then(({ hasStoredPlannerRecords }) => hasStoredPlannerRecords())
      .then((hasRecords) => {
        if (!cancelled && hasRecords) setHasStoredRecords(true);
      })
      .catch(() => {
        // No IndexedDB (private mode, blocked): nothing was saved, the planner loads when opened.
      });
    return () => {
      cancelled = true;
    };
  }, [isMapIdle]);
  if (!isOpen && !wasOpened && !hasStoredRecords) return null;
  return (
    <Suspense fallback={null}>
      <PlannerRoot />
    </Suspense>
  );
}

/** The detail panel: at once for a selection from a deep link, else after the first view. */
function DetailSlot() {
  const isNeeded = useAppStore((state) => state.isMapIdle || state.selectedId !== null);
  if (!isNeeded) return null;
  return (
    <Suspense fallback={null}>
      <DetailPanel />
    </Suspense>
  );
}

/** The compare and shortlist tray restores its lists from storage once the map is idle. */
function SiteTraySlot() {
  const isMapIdle = useAppStore((state) => state.isMapIdle);
  if (!isMapIdle) return null;
  return (
    <Suspense fallback={null}>
      <SiteTray />
    </Suspense>
  );
}

/**
 * ?embed=1, for an iframe on another site: the map with its legend, detail and
 * chains, no tools that change or export anything; every link opens the full
 * app in a new tab (a <base target> for the page's links).
 */
function useEmbedMode(): boolean {
  const [embed] = useState(() => isEmbedUrl(window.location.search));
  useEffect(() => {
    if (!embed) return;
    const base = document.createElement('base');
    base.target = '_blank';
    document.head.append(base);
    document.documentElement.classList.add('embed');
    return () => {
      base.remove();
      document.documentElement.classList.remove('embed');
    };
  }, [embed]);
  return embed;
}

function Shell({ data, bench }: { data: AppData; bench: BenchData | null }) {
  const mapData = useMemo(
    () => (bench ? { ...buildMapData(data), bench } : buildMapData(data)),
    [data, bench],
  );
  const layers = useMemo(() => thematicLayers(data.features), [data]);
  const layerIds = useMemo(() => layers.map((layer) => layer.id), [layers]);
  const createController = useMemo(() => realControllerFactory(layerIds), [layerIds]);
  const controllerRef = useRef<MapApi | null>(null);
  const onController = useCallback((controller: MapApi | null) => {
    controllerRef.current = controller;
    // Test and dev builds only: production and the portable briefing ship no probe of the live map.
    if (import.meta.env.MODE !== 'production' && import.meta.env.MODE !== 'portable') {
      exposeDebugHandle(controller);
    }
  }, []);
  const store = useAppStoreApi();
  const commands = useMemo(
    () => createMapCommands(store, data, () => controllerRef.current),
    [store, data],
  );
  const resolveFilter = useCallback(
    (filter: AppState['filter']) => (filter ? featureIdsForFilter(data, filter) : null),
    [data],
  );
  const [isShortcutsOpen, setIsShortcutsOpen] = useState(false);
  const toggleShortcuts = useCallback(() => setIsShortcutsOpen((open) => !open), []);
  const closeShortcuts = useCallback(() => setIsShortcutsOpen(false), []);
  useGlobalKeys(toggleShortcuts);
  const language = useAppStore((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  // Once the first view is drawn: the other language's messages (a switch then never waits),
  // and the service worker, which precaches the whole app for offline use.
  const isMapIdle = useAppStore((state) => state.isMapIdle);
  useEffect(() => {
    if (!isMapIdle) return;
    preloadMessages();
    startServiceWorker();
  }, [isMapIdle]);
  const vocabulary = useMemo(
    () => urlVocabulary(data, layerIds, SHIPPED_TOUR_IDS),
    [data, layerIds],
  );
  const embed = useEmbedMode();
  useUrlSync(store, vocabulary, commands, embed);

  return (
    <MapCommandsProvider value={commands}>
      <div className="shell">
        <Header embed={embed} />
        <main className="shell__main">
          <MapView
            mapData={mapData}
            allLayers={layerIds}
            createController={createController}
            onController={onController}
            resolveFilter={resolveFilter}
          />
          <LayerPanel layers={layers} />
          <FilterBar />
          <EnclaveInset />
          <DetailSlot />
          {!embed && <LazyViews />}
          <ChainSlot />
          {!embed && <PlannerTools />}
          {!embed && <SiteTraySlot />}
          <UpdatePrompt />
        </main>
        {isShortcutsOpen && <ShortcutsOverlay onClose={closeShortcuts} />}
      </div>
    </MapCommandsProvider>
  );
}
