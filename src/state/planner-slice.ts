/**
 * State of the planner tools: is the panel open, which tool is drawing, the
 * vertices drawn, and the user's saved layers and candidate sites (mirrors of
 * IndexedDB, see data/planner/planner-db). No heavy imports: the header uses it.
 */
import type { StateCreator } from 'zustand';
import type { Position } from 'geojson';
import type { CandidateSiteRecord, UserLayerRecord } from '@/data/planner/planner-db';
import { nestedSetter } from './nested-slice';
import type { AppState } from './store';

export type PlannerTab = 'import' | 'measure' | 'candidates' | 'proximity';
export type DrawTool = 'distance' | 'area' | 'candidate';

export interface PlannerState {
  isOpen: boolean;
  tab: PlannerTab;
  /** The tool drawing on the map (null: none); vertices stay after drawing ends, for editing. */
  tool: DrawTool | null;
  isDrawing: boolean;
  /** Sketch vertices, [lng, lat] in degrees. */
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

export interface PlannerSlice {
  planner: PlannerState;
}

export const createPlannerSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  PlannerSlice
> = (set) => {
  const update = nestedSetter(set, 'planner');
  return {
    planner: {
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
        update(isOpen ? { isOpen } : { isOpen, isDrawing: false, tool: null, vertices: [] }),
      setTab: (tab) => update({ tab, isDrawing: false, tool: null, vertices: [] }),
      startDrawing: (tool) => update({ tool, isDrawing: true, vertices: [] }),
      finishDrawing: () => update({ isDrawing: false }),
      clearSketch: () => update({ tool: null, isDrawing: false, vertices: [] }),
      addVertex: (position) => update((planner) => ({ vertices: [...planner.vertices, position] })),
      moveVertex: (index, position) =>
        update((planner) => ({
          vertices: planner.vertices.map((vertex, at) => (at === index ? position : vertex)),
        })),
      setLayers: (layers) => update({ layers }),
      setSites: (sites) => update({ sites }),
      toggleLayerHidden: (id) =>
        update((planner) => ({
          hiddenLayerIds: planner.hiddenLayerIds.includes(id)
            ? planner.hiddenLayerIds.filter((hidden) => hidden !== id)
            : [...planner.hiddenLayerIds, id],
        })),
      setSkippedRecords: (skippedRecords) => update({ skippedRecords }),
    },
  };
};
