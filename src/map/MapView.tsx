/**
 * Mounts the map once and keeps it in step with the store through
 * subscriptions outside React render. The camera belongs to MapLibre while
 * the user moves it; only committed views reach the store.
 */
import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import type { MapData } from '@/data/map-data';
import type { ThematicLayerId } from '@/data/layer-catalog';
import type { AppState } from '@/state/store';
import { markInteraction } from '@/lib/interaction-timing';
import type { MapApi, MapCallbacks } from './map-api';
import { buildStyle } from './style';
import { syncDimming } from './dimming-sync';
import { syncLabelScale } from './label-scale-sync';

export type ControllerFactory = (options: {
  container: HTMLElement;
  mapData: MapData;
  state: AppState;
  callbacks: MapCallbacks;
}) => MapApi;

interface MapViewProps {
  mapData: MapData;
  allLayers: readonly ThematicLayerId[];
  createController: ControllerFactory;
  /** Receives the controller once mounted (for commands from other features). */
  onController?: (controller: MapApi | null) => void;
  /** Feature ids an active filter keeps (null: no filter). */
  resolveFilter: (filter: AppState['filter']) => ReadonlySet<string> | null;
}

export function MapView({
  mapData,
  allLayers,
  createController,
  onController,
  resolveFilter,
}: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const isIdle = useAppStore((state) => state.isMapIdle);
  const t = useT();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = createController({
      container,
      mapData,
      state: store.getState(),
      callbacks: {
        onViewCommit: (camera) => store.getState().commitCamera(camera),
        onViewBounds: (bounds) => store.getState().setViewBounds(bounds),
        onReady: () => store.getState().markMapIdle(),
        onFeatureClick: (ids) => {
          // Click → detail painted; ended by the detail panel after its next paint.
          if (ids.length > 0) markInteraction('detail');
          store.getState().pick(ids);
        },
      },
    });
    const initial = store.getState();
    controller.setSelectedFeature(initial.selectedId);
    controller.setControlLabels?.(controlLabels(initial.language));

    const unsubscribers = [
      store.subscribe(
        (state) => state.language,
        (language) => {
          controller.setLanguage(language);
          controller.setControlLabels?.(controlLabels(language));
          const { basemap, tiandituToken } = store.getState();
          if (basemap !== 'none') controller.setBasemap(basemap, language, tiandituToken);
        },
      ),
      store.subscribe(
        (state) => [state.basemap, state.tiandituToken] as const,
        ([basemap, token]) => controller.setBasemap(basemap, store.getState().language, token),
        { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
      store.subscribe(
        (state) => state.selectedId,
        (id) => controller.setSelectedFeature(id),
      ),
      syncDimming(store, controller, resolveFilter),
      syncLabelScale(store, controller, () => window.innerWidth),
      store.subscribe(
        (state) => state.hiddenLayers,
        (hidden) => {
          for (const layer of allLayers)
            controller.setLayerVisibility(layer, !hidden.includes(layer));
        },
      ),
    ];
    onController?.(controller);
    const observer = new ResizeObserver(() => controller.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      for (const unsubscribe of unsubscribers) unsubscribe();
      onController?.(null);
      controller.destroy();
    };
  }, [mapData, allLayers, createController, onController, resolveFilter, store]);

  return (
    <div
      ref={containerRef}
      className="map"
      data-testid="map"
      data-map-idle={isIdle ? 'true' : 'false'}
      role="region"
      aria-label={t('map.label')}
    />
  );
}

function controlLabels(language: Language) {
  return {
    fullscreen: translate(language, 'map.fullscreen'),
    exitFullscreen: translate(language, 'map.exitFullscreen'),
    locate: translate(language, 'map.locate'),
    locateFailed: translate(language, 'map.locateFailed'),
  };
}

/** The real controller: style from the store's state, sources from the map data. */
export function styleFor(mapData: MapData, state: AppState, allLayers: readonly ThematicLayerId[]) {
  const visible = new Set(allLayers.filter((layer) => !state.hiddenLayers.includes(layer)));
  return buildStyle(mapData, {
    language: state.language,
    basemap: state.basemap,
    tiandituToken: state.tiandituToken,
    visibleLayers: visible,
  });
}
