/**
 * Which selectable features lie under the pointer. The layers a click can hit
 * are kept topmost first; which of the hits a click means is rankHits' rule.
 */
import type { LayerSpecification, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { rankHits } from '@/data/geo/hit-ranking';
import { BACKGROUND_LAYER, isContextLayer, thematicLayerOfStyleLayer } from './ids';
import type { FeatureRef } from './map-api';

/** How far from the pointer a feature still counts as under it, in CSS pixels. */
const HIT_TOLERANCE_PX = 4;

/** Style layers whose features can be clicked, topmost first so a platform wins over its zone. */
function clickableLayerIds(layers: LayerSpecification[]): string[] {
  return layers
    .filter((layer) => ['fill', 'line', 'circle'].includes(layer.type))
    .map((layer) => layer.id)
    .filter(
      (id) =>
        !id.startsWith('outline:') &&
        id !== BACKGROUND_LAYER &&
        !id.startsWith('basemap') &&
        // Rivers, seats and towns are context, with no details to show.
        !isContextLayer(thematicLayerOfStyleLayer(id)) &&
        // Synthetic benchmark data has no details to show.
        !id.startsWith('bench-'),
    )
    .reverse();
}

export class FeaturePicker {
  private layerIds: string[];

  constructor(
    private readonly map: MapLibreMap,
    styleLayers: LayerSpecification[],
  ) {
    this.layerIds = clickableLayerIds(styleLayers);
  }

  /** Layers added over all others (given bottom first) are hit before any other. */
  addTopLayers(layerIds: string[]): void {
    this.layerIds = [...[...layerIds].reverse(), ...this.layerIds];
  }

  /** Ids of every feature near a screen point (CSS pixels), most specific first. */
  pickIds(point: { x: number; y: number }): string[] {
    return rankHits(this.hitsNear(point).map((hit) => hit.properties));
  }

  /** The most specific feature near a screen point (CSS pixels) with its source, or null. */
  pickTop(point: { x: number; y: number }): FeatureRef | null {
    const hits = this.hitsNear(point);
    const [topId] = rankHits(hits.map((hit) => hit.properties));
    const topHit = hits.find((hit) => hit.properties.id === topId);
    return topHit && topId ? { source: topHit.source, id: topId } : null;
  }

  private hitsNear(point: { x: number; y: number }): MapGeoJSONFeature[] {
    const box: [[number, number], [number, number]] = [
      [point.x - HIT_TOLERANCE_PX, point.y - HIT_TOLERANCE_PX],
      [point.x + HIT_TOLERANCE_PX, point.y + HIT_TOLERANCE_PX],
    ];
    // Hidden layers are not rendered, so queryRenderedFeatures already leaves them out.
    return this.map.queryRenderedFeatures(box, { layers: this.layerIds });
  }
}
