/**
 * Programmatic camera moves are commands, not props: features call these to
 * show a feature or selection; the map never diffs camera props per render.
 */
import { createContext, useContext } from 'react';
import { boundsOfFeatures } from '@/data/geo/bounds';
import type { AppData } from '@/data/model';
import type { MapApi } from '@/map/map-api';

export interface MapCommands {
  /** Frames a plan feature or county (by id) in the free part of the map. */
  focusFeature: (id: string) => void;
  /** Frames several features at once. */
  focusFeatures: (ids: string[]) => void;
  controller: () => MapApi | null;
}

/** Room left for the side panels so a framed feature is not hidden under them. */
export function panelPadding(): { top: number; right: number; bottom: number; left: number } {
  if (typeof window === 'undefined') return { top: 40, right: 40, bottom: 40, left: 40 };
  const narrow = window.innerWidth < 760;
  const sheetOpen = Boolean(document.querySelector('[data-testid="detail-panel"], #layer-panel'));
  if (narrow) {
    // Bottom sheets cover up to half the screen on phones.
    return {
      top: 30,
      right: 30,
      bottom: sheetOpen ? Math.round(window.innerHeight * 0.5) : 30,
      left: 30,
    };
  }
  const leftPanel = document.querySelector('#layer-panel') ? 330 : 40;
  const rightPanel = document.querySelector('[data-testid="detail-panel"]') ? 420 : 40;
  return { top: 50, right: rightPanel, bottom: 50, left: leftPanel };
}

export function createMapCommands(data: AppData, getController: () => MapApi | null): MapCommands {
  const fit = (ids: string[]) => {
    const controller = getController();
    const bounds = boundsOfFeatures(data, ids);
    if (!controller || !bounds) return;
    controller.fitBounds(bounds, panelPadding(), 13);
  };
  return {
    focusFeature: (id) => fit([id]),
    focusFeatures: fit,
    controller: getController,
  };
}

const MapCommandsContext = createContext<MapCommands | null>(null);
export const MapCommandsProvider = MapCommandsContext.Provider;

export function useMapCommands(): MapCommands {
  const commands = useContext(MapCommandsContext);
  if (!commands) throw new Error('useMapCommands needs <MapCommandsProvider>');
  return commands;
}
