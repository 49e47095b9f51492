import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** An active map filter: features hosting an industry, or lying in a county. */
export type MapFilter = { kind: 'industry'; id: string } | { kind: 'county'; id: string };

export interface SelectionSlice {
  /** Selected plan feature or county feature id (e.g. "liandu-bihu-new-town", "county-331102"). */
  selectedId: string | null;
  hoveredId: string | null;
  filter: MapFilter | null;
  /** Other features under the last map click, offered as "also here". */
  pickedIds: string[];
  select: (id: string | null) => void;
  /** A map click: selects the most specific hit and remembers the others. */
  pick: (ids: string[]) => void;
  setHovered: (id: string | null) => void;
  setFilter: (filter: MapFilter | null) => void;
}

export const createSelectionSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  SelectionSlice
> = (set) => ({
  selectedId: null,
  hoveredId: null,
  filter: null,
  pickedIds: [],
  select: (selectedId) => set({ selectedId, pickedIds: [] }),
  pick: (ids) => set({ selectedId: ids[0] ?? null, pickedIds: ids }),
  setHovered: (hoveredId) => set({ hoveredId }),
  setFilter: (filter) => set({ filter }),
});
