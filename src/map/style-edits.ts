/**
 * Changes to the live style after the map is made: which thematic layers
 * show, which language the labels use, and which basemap lies under the
 * overlays. The layers themselves come from the pure builders.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapId } from '@/data/basemap-catalog';
import type { Language } from '@/i18n/language';
import { buildBasemap } from './basemaps';
import {
  BASEMAP_LABEL_LAYER,
  BASEMAP_LAYER,
  SOURCE,
  styleLayerId,
  thematicLayerOfStyleLayer,
} from './ids';
import { scaleTextSize, type TextSize } from './label-scale';
import { countyFillOpacity, labelField, neighbourFillOpacity } from './layers';

/** Shows or hides every style layer of one thematic layer. */
export function setThematicLayerVisibility(
  map: MapLibreMap,
  thematicLayerId: string,
  visible: boolean,
): void {
  for (const layer of map.getStyle().layers ?? []) {
    if (thematicLayerOfStyleLayer(layer.id) === thematicLayerId) {
      map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
    }
  }
}

/** Points every label at the names of `language`. */
export function setLabelLanguage(map: MapLibreMap, language: Language): void {
  for (const layer of map.getStyle().layers ?? []) {
    // Cluster counts (benchmark data) are numbers, the same in every language.
    if (layer.type === 'symbol' && !layer.id.startsWith('bench-'))
      map.setLayoutProperty(layer.id, 'text-field', labelField(language));
  }
}

/**
 * Multiplies every label's size by `factor` (1: the builders' own sizes).
 * `baseSizes` keeps each layer's unscaled size, read the first time it is seen.
 */
export function setLabelScale(
  map: MapLibreMap,
  factor: number,
  baseSizes: Map<string, TextSize | undefined>,
): void {
  for (const layer of map.getStyle().layers ?? []) {
    if (layer.type !== 'symbol') continue;
    if (!baseSizes.has(layer.id)) baseSizes.set(layer.id, layer.layout?.['text-size']);
    map.setLayoutProperty(layer.id, 'text-size', scaleTextSize(baseSizes.get(layer.id), factor));
  }
}

/** Replaces the basemap under the overlays; "none" is the offline default. */
export function swapBasemap(
  map: MapLibreMap,
  basemap: BasemapId,
  language: Language,
  token: string | null,
): void {
  for (const id of [BASEMAP_LABEL_LAYER, BASEMAP_LAYER]) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of [SOURCE.basemapLabels, SOURCE.basemap])
    if (map.getSource(id)) map.removeSource(id);
  const parts = buildBasemap(basemap, language, token);
  for (const [id, source] of Object.entries(parts.sources)) map.addSource(id, source);
  const [raster, ...annotations] = parts.layers;
  if (raster) map.addLayer(raster, styleLayerId('neighbours', 'fill'));
  const firstPlanLayer = map
    .getStyle()
    .layers?.find((layer) => layer.id.startsWith('corridor-') || layer.id.includes('-areas:'));
  for (const annotation of annotations) map.addLayer(annotation, firstPlanLayer?.id);
  const online = parts.layers.length > 0;
  map.setPaintProperty(styleLayerId('counties', 'fill'), 'fill-opacity', countyFillOpacity(online));
  map.setPaintProperty(
    styleLayerId('neighbours', 'fill'),
    'fill-opacity',
    neighbourFillOpacity(online),
  );
  // An online basemap draws its own water; ours (generalised) would sit beside it.
  for (const id of [styleLayerId('water', 'line'), styleLayerId('water', 'label')])
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', online ? 'none' : 'visible');
}
