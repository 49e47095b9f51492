import type { StateCreator } from 'zustand';
import type { Language } from '@/i18n/language';
import type { AppState } from './store';

export interface UiSlice {
  language: Language;
  isLayerPanelOpen: boolean;
  isMapIdle: boolean;
  setLanguage: (language: Language) => void;
  toggleLayerPanel: (open?: boolean) => void;
  markMapIdle: () => void;
}

export const createUiSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], UiSlice> = (set) => ({
  language: 'zh',
  isLayerPanelOpen: true,
  isMapIdle: false,
  setLanguage: (language) => set({ language }),
  toggleLayerPanel: (open) => set((state) => ({ isLayerPanelOpen: open ?? !state.isLayerPanelOpen })),
  markMapIdle: () => set({ isMapIdle: true }),
});
