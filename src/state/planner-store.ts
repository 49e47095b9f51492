/**
 * State of the planner tools, kept out of the app store: is the panel open,
 * which tool is drawing, the vertices drawn, and the user's saved layers and
 * candidate sites (mirrors of IndexedDB). No heavy imports: Header uses it.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Position } from 'geojson';
import type { CandidateSiteRecord, UserLayerRecord } from '@/data/planner/planner-db';

export type PlannerTab = 'import' | 'measure' | 'candidates' | 'proximity';
export type DrawTool = 'distance' | 'area' | 'candidate';

export interface PlannerState {
  isOpen: boolean;
  tab: PlannerTab;
  /** The tool drawing on the map (null: none); vertices stay after drawing ends, for editing. */
  tool: DrawTool | null;
  isDrawing: boolean;
  vertices: Position[];
  layers: UserLayerRecord[];
  sites: CandidateSiteRecord[];
  hiddenLayerIds: string[];
  /** Stored records that failed their schema (kept, not shown). */
  skippedRecords: number;
  setOpen: (open: boolean) => void;
  setTab: (tab: PlannerTab) => void;
  startDrawing: (tool: DrawTool) => void;
  finishDrawing: () => void;
  clearSketch: () => void;
  addVertex: (position: Position) => void;
  moveVertex: (index: number, position: Position) => void;
  setLayers: (layers: UserLayerRecord[]) => void;
  setSites: (sites: CandidateSiteRecord[]) => void;
  toggleLayerHidden: (id: string) => void;
  setSkippedRecords: (count: number) => void;
}

export const plannerStore = createStore<PlannerState>()((set) => ({
  isOpen: false,
  tab: 'import',
  tool: null,
  isDrawing: false,
  vertices: [],
  layers: [],
  sites: [],
  hiddenLayerIds: [],
  skippedRecords: 0,
  setOpen: (isOpen) =>
    set(isOpen ? { isOpen } : { isOpen, isDrawing: false, tool: null, vertices: [] }),
  setTab: (tab) => set({ tab, isDrawing: false, tool: null, vertices: [] }),
  startDrawing: (tool) => set({ tool, isDrawing: true, vertices: [] }),
  finishDrawing: () => set({ isDrawing: false }),
  clearSketch: () => set({ tool: null, isDrawing: false, vertices: [] }),
  addVertex: (position) => set((state) => ({ vertices: [...state.vertices, position] })),
  moveVertex: (index, position) =>
    set((state) => ({
      vertices: state.vertices.map((vertex, at) => (at === index ? position : vertex)),
    })),
  setLayers: (layers) => set({ layers }),
  setSites: (sites) => set({ sites }),
  toggleLayerHidden: (id) =>
    set((state) => ({
      hiddenLayerIds: state.hiddenLayerIds.includes(id)
        ? state.hiddenLayerIds.filter((hidden) => hidden !== id)
        : [...state.hiddenLayerIds, id],
    })),
  setSkippedRecords: (skippedRecords) => set({ skippedRecords }),
}));

export function usePlannerStore<T>(selector: (state: PlannerState) => T): T {
  return useStore(plannerStore, selector);
}
