import type { StateCreator } from 'zustand';
import { BASEMAPS, requiresToken, type BasemapId } from '@/data/basemap-catalog';
import { readSettings, writeSettings } from './settings-storage';
import type { AppState } from './store';

export interface BasemapSlice {
  basemap: BasemapId;
  /** 天地图 key from VITE_TIANDITU_TOKEN or settings; null hides 天地图 options. */
  tiandituToken: string | null;
  setBasemap: (basemap: BasemapId) => void;
  setTiandituToken: (token: string | null) => void;
}

/** Basemaps that can be offered now: Tianditu only with a token. */
export function availableBasemaps(token: string | null): BasemapId[] {
  return BASEMAPS.filter((basemap) => !requiresToken(basemap) || Boolean(token));
}

const envToken = (): string | null => {
  const value = import.meta.env?.VITE_TIANDITU_TOKEN;
  return value && value.trim() ? value.trim() : null;
};

export const createBasemapSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  BasemapSlice
> = (set, get) => {
  const settings = readSettings();
  const token = settings.tiandituToken ?? envToken();
  return {
    // Offline by default: a stored online choice is kept only as a preference.
    basemap: 'none',
    tiandituToken: token,
    setBasemap: (basemap) => {
      if (!availableBasemaps(get().tiandituToken).includes(basemap)) return;
      set({ basemap });
    },
    setTiandituToken: (value) => {
      const tiandituToken = value && value.trim() ? value.trim() : null;
      writeSettings({ ...readSettings(), tiandituToken });
      const basemap = !tiandituToken && requiresToken(get().basemap) ? 'none' : get().basemap;
      set({ tiandituToken: tiandituToken ?? envToken(), basemap });
    },
  };
};
