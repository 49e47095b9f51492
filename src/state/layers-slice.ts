import type { StateCreator } from 'zustand';
import type { ThematicLayerId } from '@/data/layer-catalog';
import type { AppState } from './store';

export interface LayersSlice {
  /** Thematic layers hidden by the user (everything else is shown). */
  hiddenLayers: ThematicLayerId[];
  setLayerVisible: (id: ThematicLayerId, visible: boolean) => void;
  setLayersVisible: (ids: ThematicLayerId[], visible: boolean) => void;
  setHiddenLayers: (ids: ThematicLayerId[]) => void;
}

export const createLayersSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  LayersSlice
> = (set) => ({
  hiddenLayers: [],
  setLayerVisible: (id, visible) =>
    set((state) => ({
      hiddenLayers: visible
        ? state.hiddenLayers.filter((hidden) => hidden !== id)
        : state.hiddenLayers.includes(id)
          ? state.hiddenLayers
          : [...state.hiddenLayers, id],
    })),
  setLayersVisible: (ids, visible) =>
    set((state) => {
      const rest = state.hiddenLayers.filter((hidden) => !ids.includes(hidden));
      return { hiddenLayers: visible ? rest : [...rest, ...ids] };
    }),
  setHiddenLayers: (ids) => set({ hiddenLayers: [...new Set(ids)] }),
});
