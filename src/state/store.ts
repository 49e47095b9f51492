/**
 * The app store: zustand slices combined, with subscribeWithSelector so the
 * map can follow store changes outside React render.
 */
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { createBasemapSlice, type BasemapSlice } from './basemap-slice';
import { createChainSlice, type ChainSlice } from './chain-slice';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createPlannerSlice, type PlannerSlice } from './planner-slice';
import { createSiteListsSlice, type SiteListsSlice } from './site-lists-slice';
import { createTourLibrarySlice, type TourLibrarySlice } from './tour-library-slice';
import { createTourPlayerSlice, type TourPlayerSlice } from './tour-player-slice';

export type AppState = ViewSlice &
  BasemapSlice &
  LayersSlice &
  UiSlice &
  SelectionSlice &
  PlannerSlice &
  SiteListsSlice &
  TourLibrarySlice &
  TourPlayerSlice &
  ChainSlice;

export function createAppStore() {
  return createStore<AppState>()(
    subscribeWithSelector((...args) => ({
      ...createViewSlice(...args),
      ...createBasemapSlice(...args),
      ...createLayersSlice(...args),
      ...createUiSlice(...args),
      ...createSelectionSlice(...args),
      ...createPlannerSlice(...args),
      ...createSiteListsSlice(...args),
      ...createTourLibrarySlice(...args),
      ...createTourPlayerSlice(...args),
      ...createChainSlice(...args),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
