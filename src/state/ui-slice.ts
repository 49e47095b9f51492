import type { StateCreator } from 'zustand';
import { hasMessages, loadMessages } from '@/i18n';
import { markInteraction } from '@/lib/interaction-timing';
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
  /**
   * Switches language once its messages are loaded: at once when they are
   * (Chinese always is), else after loading them, unless another switch came
   * in between. A failed load leaves the language as it was.
   */
  setLanguage: (language: Language) => void;
  toggleLayerPanel: (open?: boolean) => void;
  markMapIdle: () => void;
}

export const createUiSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  UiSlice
> = (set, get) => {
  let latestRequest: Language | null = null;
  return {
    language: 'zh',
    // Open on wide screens; on tablets and phones the map comes first.
    isLayerPanelOpen: typeof window === 'undefined' || window.innerWidth >= 1100,
    isMapIdle: false,
    openView: null,
    setOpenView: (openView) => set({ openView }),
    activeTour: null,
    // Leaving a tour hands dimming back to the filter (and any later proximity result).
    setActiveTour: (activeTour) =>
      set(activeTour ? { activeTour } : { activeTour, stepDimming: null }),
    setLanguage: (language) => {
      // The language measure runs from here, the user's switch, to the map's new labels
      // on screen (MapController.setLanguage ends it).
      if (language !== get().language) markInteraction('language');
      latestRequest = language;
      if (hasMessages(language)) {
        set({ language });
        return;
      }
      loadMessages(language).then(
        () => {
          if (latestRequest === language) set({ language });
        },
        (error: unknown) => console.error(`Could not load the ${language} messages`, error),
      );
    },
    toggleLayerPanel: (open) =>
      set((state) => ({ isLayerPanelOpen: open ?? !state.isLayerPanelOpen })),
    markMapIdle: () => set({ isMapIdle: true }),
  };
};
