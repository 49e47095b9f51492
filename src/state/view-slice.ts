import type { StateCreator } from 'zustand';
import type { Camera } from '@/map/map-api';
import type { AppState } from './store';

/** Lishui and its neighbours fill a 1280×800 view at this camera. */
export const DEFAULT_CAMERA: Camera = { center: [119.65, 28.15], zoom: 7.6, bearing: 0, pitch: 0 };

export interface ViewSlice {
  /** The camera as last committed by the map (on moveend), not per frame. */
  camera: Camera;
  commitCamera: (camera: Camera) => void;
}

export const createViewSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ViewSlice> = (set) => ({
  camera: DEFAULT_CAMERA,
  commitCamera: (camera) => set({ camera }),
});
