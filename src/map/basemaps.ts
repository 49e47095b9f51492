/**
 * Optional online basemaps, drawn under the overlays. The default ("none")
 * needs no network. AMap and Baidu tiles are deliberately not offered: their
 * datums (GCJ-02/BD-09) do not match the project's WGS-84 data.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { requiresToken, type BasemapId } from '@/data/basemap-catalog';
import type { Language } from '@/i18n/language';
import { BASEMAP_LABEL_LAYER, BASEMAP_LAYER, SOURCE } from './ids';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';
export const TIANDITU_ATTRIBUTION = '© 天地图 Tianditu (国家地理信息公共服务平台)';

/** Tianditu WMTS tile URLs (Web-Mercator "_w" sets) for a layer such as vec, cva, img, eva. */
export function tiandituTiles(layer: string, token: string): string[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].map(
    (server) =>
      `https://t${server}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
      `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}` +
      `&tk=${encodeURIComponent(token)}`,
  );
}

export interface BasemapParts {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Sources and raster layers for a basemap; empty for "none" or a Tianditu basemap without token. */
export function buildBasemap(
  basemap: BasemapId,
  language: Language,
  token: string | null,
): BasemapParts {
  if (basemap === 'osm') {
    return {
      sources: {
        [SOURCE.basemap]: {
          type: 'raster',
          tiles: [OSM_TILE_URL],
          tileSize: 256,
          maxzoom: 19,
          attribution: OSM_ATTRIBUTION,
        },
      },
      layers: [{ id: BASEMAP_LAYER, type: 'raster', source: SOURCE.basemap }],
    };
  }
  if (requiresToken(basemap) && token) {
    const base = basemap === 'tianditu-img' ? 'img' : 'vec';
    // Chinese annotation (cva/cia) or the English one (eva/eia) to follow the app language.
    const annotation = `${language === 'en' ? 'e' : 'c'}${base === 'img' ? 'ia' : 'va'}`;
    return {
      sources: {
        [SOURCE.basemap]: {
          type: 'raster',
          tiles: tiandituTiles(base, token),
          tileSize: 256,
          maxzoom: 18,
          attribution: TIANDITU_ATTRIBUTION,
        },
        [SOURCE.basemapLabels]: {
          type: 'raster',
          tiles: tiandituTiles(annotation, token),
          tileSize: 256,
          maxzoom: 18,
        },
      },
      layers: [
        { id: BASEMAP_LAYER, type: 'raster', source: SOURCE.basemap },
        { id: BASEMAP_LABEL_LAYER, type: 'raster', source: SOURCE.basemapLabels },
      ],
    };
  }
  return { sources: {}, layers: [] };
}
