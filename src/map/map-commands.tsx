/**
 * The verbs features use to act on the map. Programmatic camera moves are
 * commands, not props: the map never diffs camera props per render. Features
 * never hold the controller; what the map shows (dimming, selection, layers)
 * follows the store through the subscriptions in MapView.
 */
import { createContext, useContext } from 'react';
import { boundsOfFeatures } from '@/data/geo/bounds';
import type { Camera } from '@/data/geo/camera';
import type { AppData } from '@/data/model';
import type { AppStore } from '@/state/store';
import type { MapApi, OverlayApi } from './map-api';
import { hasOverlays } from './map-api';
import { panelLayoutOf, panelPadding, type Padding } from './panel-padding';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export interface MapCommands {
  /** Frames a plan feature or county (by id) in the free part of the map. */
  focusFeature: (id: string) => void;
  /** Frames several features at once. */
  focusFeatures: (ids: string[]) => void;
  /** Selects a plan feature or county and frames it: what choosing it anywhere does. */
  showFeature: (id: string) => void;
  /** Frames bounds in the part of the map the open panels leave free. */
  frameBounds: (bounds: Bounds, maxZoom?: number) => void;
  flyTo: (camera: Partial<Camera> & { center: [number, number] }) => void;
  /** Frames bounds with explicit padding (CSS px), e.g. a projector's caption band. */
  fitBounds: (bounds: Bounds, padding: Padding, maxZoom?: number) => void;
  /** The camera as drawn now, or null before the map exists. */
  getCamera: () => Camera | null;
  /** The map's drawing size in CSS pixels, or null before the map exists. */
  viewportSize: () => { width: number; height: number } | null;
  /** True once tiles, sources and transitions have finished. */
  isSettled: () => boolean;
  /** A copy of the view as drawn now, or null before the map exists. */
  snapshot: () => Promise<HTMLCanvasElement | null>;
  /** The view at `pixelRatio` with its attribution texts, or null before the map exists. */
  exportImage: (
    pixelRatio: number,
  ) => Promise<{ canvas: HTMLCanvasElement; attribution: string[] } | null>;
  /** The drawing surfaces of the planner tools, or null when the map has none (fakes). */
  overlays: () => (MapApi & OverlayApi) | null;
}

export function createMapCommands(
  store: AppStore,
  data: AppData,
  getController: () => MapApi | null,
): MapCommands {
  const padding = () =>
    panelPadding(panelLayoutOf(store.getState()), window.innerWidth, window.innerHeight);
  const frame = (bounds: Bounds | null, maxZoom: number) => {
    const controller = getController();
    if (controller && bounds) controller.fitBounds(bounds, padding(), maxZoom);
  };
  const focusFeatures = (ids: string[]) => frame(boundsOfFeatures(data, ids), 13);
  return {
    focusFeature: (id) => focusFeatures([id]),
    focusFeatures,
    showFeature: (id) => {
      store.getState().select(id);
      focusFeatures([id]);
    },
    frameBounds: (bounds, maxZoom = 13) => frame(bounds, maxZoom),
    flyTo: (camera) => getController()?.flyTo(camera),
    fitBounds: (bounds, explicitPadding, maxZoom) =>
      getController()?.fitBounds(bounds, explicitPadding, maxZoom),
    getCamera: () => getController()?.getCamera() ?? null,
    viewportSize: () => {
      const canvas = getController()?.getCanvas();
      return canvas ? { width: canvas.clientWidth, height: canvas.clientHeight } : null;
    },
    isSettled: () => getController()?.isSettled() ?? false,
    snapshot: async () => {
      const controller = getController();
      return controller ? controller.snapshot() : null;
    },
    exportImage: async (pixelRatio) => {
      const controller = getController();
      if (!controller) return null;
      return controller.exportImage
        ? controller.exportImage(pixelRatio)
        : { canvas: await controller.snapshot(), attribution: [] };
    },
    overlays: () => {
      const controller = getController();
      return hasOverlays(controller) ? controller : null;
    },
  };
}

const MapCommandsContext = createContext<MapCommands | null>(null);
export const MapCommandsProvider = MapCommandsContext.Provider;

export function useMapCommands(): MapCommands {
  const commands = useContext(MapCommandsContext);
  if (!commands) throw new Error('useMapCommands needs <MapCommandsProvider>');
  return commands;
}
