/** The basemaps the app can offer, by id; how each is drawn lives in map/basemaps.ts. */
export const BASEMAPS = ['none', 'osm', 'tianditu-vec', 'tianditu-img'] as const;
export type BasemapId = (typeof BASEMAPS)[number];

/** 天地图 basemaps need a key; without one they are not offered. */
export const requiresToken = (basemap: BasemapId): boolean => basemap.startsWith('tianditu');
