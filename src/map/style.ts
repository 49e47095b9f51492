/**
 * The complete offline style, built in code from local GeoJSON only: no tile
 * server, no glyph server (MapLibre ≥ 5.11 draws labels with local fonts).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { shapesOf, type MapData } from '@/data/map-data';
import { LAYER_GROUPS, type ThematicLayerId } from '@/data/layer-catalog';
import { SYSTEMS } from '@/data/systems';
import type { Language } from '@/i18n/language';
import type { BasemapId } from '@/data/basemap-catalog';
import { buildBasemap } from './basemaps';
import { buildBenchLayers, buildBenchSources } from './bench-layers';
import { SOURCE, isContextLayer, thematicLayerOfStyleLayer } from './ids';
import { shapeSource } from './shape-source';
import {
  buildBackgroundLayers,
  buildCountyLayers,
  buildNeighbourLayers,
  buildPlaceLayers,
  buildPlanLayers,
  buildWaterLabelLayers,
  buildWaterLayers,
} from './layers';

export interface StyleOptions {
  language: Language;
  basemap: BasemapId;
  tiandituToken: string | null;
  /** Thematic layers to show; null shows all. */
  visibleLayers: ReadonlySet<ThematicLayerId> | null;
}

const geojson = (data: GeoJSON.GeoJSON): SourceSpecification => ({
  type: 'geojson',
  data,
  promoteId: 'id',
});

/** Sets layout.visibility on each style layer from its thematic layer. */
export function applyVisibility(
  layers: LayerSpecification[],
  visibleLayers: ReadonlySet<string> | null,
): LayerSpecification[] {
  if (!visibleLayers) return layers;
  return layers.map((layer) => {
    const thematic = thematicLayerOfStyleLayer(layer.id);
    if (thematic === 'background' || thematic === 'basemap' || thematic === 'outline') return layer;
    if (isContextLayer(thematic)) return layer;
    if (thematic.startsWith('bench-')) return layer;
    const visibility = visibleLayers.has(thematic) ? 'visible' : 'none';
    return { ...layer, layout: { ...(layer.layout ?? {}), visibility } } as LayerSpecification;
  });
}

export function buildStyle(data: MapData, options: StyleOptions): StyleSpecification {
  const { language } = options;
  const basemap = buildBasemap(options.basemap, language, options.tiandituToken);
  const online = basemap.layers.length > 0;

  const sources: Record<string, SourceSpecification> = {
    ...basemap.sources,
    [SOURCE.shapes]: shapeSource(shapesOf(data)),
    [SOURCE.labels]: geojson(data.labels),
  };

  const neighbourLayers = buildNeighbourLayers(language, online);
  const countyLayers = buildCountyLayers(language, online);
  const [basemapRaster, ...basemapAnnotations] = basemap.layers;
  const planLayers = LAYER_GROUPS.flatMap((group) =>
    SYSTEMS.flatMap((system) => buildPlanLayers(system, group, language)),
  );
  const isLabel = (layer: LayerSpecification) => layer.type === 'symbol';
  // Extra data plugs in here: a benchmark's synthetic points and polygons, or (for
  // registers too large for GeoJSON) a vector-tile source built the same way.
  const bench = data.bench ? buildBenchLayers(data.bench) : { polygons: [], points: [] };
  if (data.bench) Object.assign(sources, buildBenchSources(data.bench));

  const layers: LayerSpecification[] = [
    ...buildBackgroundLayers(),
    ...(basemapRaster ? [basemapRaster] : []),
    ...neighbourLayers.filter((layer) => !isLabel(layer)),
    ...countyLayers.filter((layer) => !isLabel(layer)),
    // Rivers lie on the land, under every plan shape (same source: no extra clipping pass).
    ...buildWaterLayers(online),
    ...basemapAnnotations,
    ...bench.polygons,
    ...planLayers.filter((layer) => !isLabel(layer)),
    // Context labels come first, so they are placed last: they give way to every plan
    // and county label.
    ...buildPlaceLayers(language),
    ...buildWaterLabelLayers(language, online),
    // MapLibre places the topmost symbol layer first, so county names win a
    // collision: a plan label gives way until the view is close enough for both.
    ...neighbourLayers.filter(isLabel),
    ...planLayers.filter(isLabel),
    ...countyLayers.filter(isLabel),
    ...bench.points,
  ];

  return {
    version: 8,
    name: '丽水产业平台一张图',
    // No paint transitions. MapLibre restarts the light's 300 ms transition on any
    // style change (a language switch, a layer toggled), and while any transition
    // runs it redraws the whole map every frame: two or three extra full frames,
    // 100–200 ms each in software WebGL, after every change, for nothing visible.
    transition: { duration: 0, delay: 0 },
    sources,
    layers: applyVisibility(layers, options.visibleLayers),
  };
}
