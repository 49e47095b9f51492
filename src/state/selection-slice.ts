import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** An active map filter: features hosting an industry, or lying in a county. */
export type MapFilter = { kind: 'industry'; id: string } | { kind: 'county'; id: string };

export interface SelectionSlice {
  /** Selected plan feature or county feature id (e.g. "liandu-bihu-new-town", "county-331102"). */
  selectedId: string | null;
  filter: MapFilter | null;
  /** Other features under the last map click, offered as "also here". */
  pickedIds: string[];
  /** Features a planner proximity query found (null: no result shown); the rest is dimmed. */
  proximityIds: ReadonlySet<string> | null;
  /**
   * What the tour step on screen lights up (null: no step applied). `activeIds`
   * null means the step dims nothing.
   */
  stepDimming: { activeIds: ReadonlySet<string> | null } | null;
  select: (id: string | null) => void;
  /** A map click: selects the most specific hit and remembers the others. */
  pick: (ids: string[]) => void;
  /** A new filter replaces any proximity result, chain link or step lighting: the latest choice shows. */
  setFilter: (filter: MapFilter | null) => void;
  setProximity: (ids: ReadonlySet<string> | null) => void;
  setStepDimming: (activeIds: ReadonlySet<string> | null) => void;
}

export const createSelectionSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  SelectionSlice
> = (set) => ({
  selectedId: null,
  filter: null,
  pickedIds: [],
  proximityIds: null,
  stepDimming: null,
  select: (selectedId) => set({ selectedId, pickedIds: [] }),
  pick: (ids) => set({ selectedId: ids[0] ?? null, pickedIds: ids }),
  setFilter: (filter) => set({ filter, proximityIds: null, stepDimming: null, chainLinkIds: null }),
  setProximity: (proximityIds) => set({ proximityIds }),
  setStepDimming: (activeIds) => set({ stepDimming: { activeIds } }),
});
