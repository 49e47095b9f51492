import type { StateCreator } from 'zustand';
import type { Camera } from '@/data/geo/camera';
import type { AppState } from './store';

/** Whole Lishui, [west, south, east, north] in degrees: the opening view when no camera is given. */
export const LISHUI_BOUNDS: [number, number, number, number] = [118.68, 27.42, 120.45, 28.95];

export interface ViewSlice {
  /** The camera as last committed by the map (on moveend), not per frame; null = fit Lishui. */
  camera: Camera | null;
  commitCamera: (camera: Camera) => void;
  /**
   * What the map shows, [west, south, east, north] in degrees, as of the last
   * finished move (null until the first view is drawn): for the features-in-view list.
   */
  viewBounds: [number, number, number, number] | null;
  setViewBounds: (bounds: [number, number, number, number]) => void;
}

export const createViewSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ViewSlice
> = (set) => ({
  camera: null,
  commitCamera: (camera) => set({ camera }),
  viewBounds: null,
  setViewBounds: (viewBounds) => set({ viewBounds }),
});
