import type { StateCreator } from 'zustand';
import type { Camera } from '@/data/geo/camera';
import type { AppState } from './store';

/** Whole Lishui, [west, south, east, north] in degrees: the opening view when no camera is given. */
export const LISHUI_BOUNDS: [number, number, number, number] = [118.68, 27.42, 120.45, 28.95];

export interface ViewSlice {
  /** The camera as last committed by the map (on moveend), not per frame; null = fit Lishui. */
  camera: Camera | null;
  commitCamera: (camera: Camera) => void;
}

export const createViewSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ViewSlice
> = (set) => ({
  camera: null,
  commitCamera: (camera) => set({ camera }),
});
