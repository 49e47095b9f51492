/**
 * Optional online basemaps, drawn under the overlays. The default ("none")
 * needs no network. AMap and Baidu tiles are deliberately not offered: their
 * datums (GCJ-02/BD-09) do not match the project's WGS-84 data.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { basemapTiles, type BasemapId } from '@/data/basemap-catalog';
import type { Language } from '@/i18n/language';
import { BASEMAP_LABEL_LAYER, BASEMAP_LAYER, SOURCE } from './ids';

export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';
export const TIANDITU_ATTRIBUTION = '© 天地图 Tianditu (国家地理信息公共服务平台)';

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
  const tiles = basemapTiles(basemap, language, token);
  if (!tiles) return { sources: {}, layers: [] };
  if (!tiles.labels) {
    return {
      sources: {
        [SOURCE.basemap]: {
          type: 'raster',
          tiles: tiles.base,
          tileSize: 256,
          maxzoom: 19,
          attribution: OSM_ATTRIBUTION,
        },
      },
      layers: [{ id: BASEMAP_LAYER, type: 'raster', source: SOURCE.basemap }],
    };
  }
  return {
    sources: {
      [SOURCE.basemap]: {
        type: 'raster',
        tiles: tiles.base,
        tileSize: 256,
        maxzoom: 18,
        attribution: TIANDITU_ATTRIBUTION,
      },
      [SOURCE.basemapLabels]: {
        type: 'raster',
        tiles: tiles.labels,
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
