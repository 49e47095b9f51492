/**
 * The basemaps the app can offer, by id, and the tile URLs each one reads;
 * how they are drawn lives in map/basemaps.ts. This file is also the one list
 * of online tile hosts the Content-Security-Policy allows
 * (scripts/content-security-policy.ts), so it imports nothing.
 */
export const BASEMAPS = ['none', 'osm', 'tianditu-vec', 'tianditu-img'] as const;
export type BasemapId = (typeof BASEMAPS)[number];

/** 天地图 basemaps need a key; without one they are not offered. */
export const requiresToken = (basemap: BasemapId): boolean => basemap.startsWith('tianditu');

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Tianditu WMTS tile URLs (Web-Mercator "_w" sets) for a layer such as vec, cva, img, eva. */
export function tiandituTiles(layer: string, token: string): string[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].map(
    (server) =>
      `https://t${server}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
      `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}` +
      `&tk=${encodeURIComponent(token)}`,
  );
}

/** Tile URL templates of a basemap: the base raster and, for 天地图, its annotation raster. */
export interface BasemapTiles {
  base: string[];
  labels: string[] | null;
}

/**
 * The tiles a basemap reads, labels in `labelLanguage` ('zh' or 'en');
 * null for "none" or a 天地图 basemap without a token.
 */
export function basemapTiles(
  basemap: BasemapId,
  labelLanguage: 'zh' | 'en',
  token: string | null,
): BasemapTiles | null {
  if (basemap === 'osm') return { base: [OSM_TILE_URL], labels: null };
  if (requiresToken(basemap) && token) {
    const base = basemap === 'tianditu-img' ? 'img' : 'vec';
    // Chinese annotation (cva/cia) or the English one (eva/eia) to follow the app language.
    const annotation = `${labelLanguage === 'en' ? 'e' : 'c'}${base === 'img' ? 'ia' : 'va'}`;
    return { base: tiandituTiles(base, token), labels: tiandituTiles(annotation, token) };
  }
  return null;
}
