import type { StateCreator } from 'zustand';
import type { Language } from '@/i18n/language';
import type { AppState } from './store';

export interface UiSlice {
  language: Language;
  isLayerPanelOpen: boolean;
  isMapIdle: boolean;
  /** Which large view covers the map, if any. */
  openView: 'targets' | 'tours' | null;
  setOpenView: (view: 'targets' | 'tours' | null) => void;
  /** The tour being played and its 1-based step (null: exploring). */
  activeTour: { id: string; step: number } | null;
  setActiveTour: (tour: { id: string; step: number } | null) => void;
  setLanguage: (language: Language) => void;
  toggleLayerPanel: (open?: boolean) => void;
  markMapIdle: () => void;
}

export const createUiSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  UiSlice
> = (set) => ({
  language: 'zh',
  // Open on wide screens; on tablets and phones the map comes first.
  isLayerPanelOpen: typeof window === 'undefined' || window.innerWidth >= 1100,
  isMapIdle: false,
  openView: null,
  setOpenView: (openView) => set({ openView }),
  activeTour: null,
  setActiveTour: (activeTour) => set({ activeTour }),
  setLanguage: (language) => set({ language }),
  toggleLayerPanel: (open) =>
    set((state) => ({ isLayerPanelOpen: open ?? !state.isLayerPanelOpen })),
  markMapIdle: () => set({ isMapIdle: true }),
});
