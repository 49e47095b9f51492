/** Every MapLibre source and style-layer id the app uses, in one place. */
import type { ThematicLayerId } from '@/data/layer-catalog';

export const SOURCE = {
  /** Neighbours, counties, the city outline and all plan features (see shapesOf). */
  shapes: 'shapes',
  basemap: 'basemap',
  basemapLabels: 'basemap-labels',
  /** Label points of neighbours, counties and plan features (MapData.labels). */
  labels: 'labels',
  /** The planner's own imported layers and candidate sites. */
  userFeatures: 'user-features',
  /** The shape being drawn with a planner tool. */
  sketch: 'sketch',
} as const;

/** Suffixes of the style layers drawn for one thematic layer. */
export const PART = ['fill', 'outline', 'line', 'circle', 'label'] as const;
export type Part = (typeof PART)[number];

/**
 * Context layers drawn from the data but not listed in the layer panel: rivers
 * ("water"), county seats ("places") and towns ("towns"). Always shown offline, never clickable.
 */
export const CONTEXT_LAYERS = ['water', 'places', 'towns'] as const;
export type ContextLayerId = (typeof CONTEXT_LAYERS)[number];
export const isContextLayer = (thematic: string): boolean =>
  (CONTEXT_LAYERS as readonly string[]).includes(thematic);

export const styleLayerId = (
  layer: ThematicLayerId | ContextLayerId | 'outline' | 'background',
  part: Part | 'base',
) => `${layer}:${part}`;

export const BASEMAP_LAYER = 'basemap:raster';
export const BASEMAP_LABEL_LAYER = 'basemap:labels';
export const BACKGROUND_LAYER = 'background:base';

/** The thematic layer a style layer belongs to ("liandu-areas:fill" → "liandu-areas"). */
export function thematicLayerOfStyleLayer(styleLayer: string): string {
  const index = styleLayer.indexOf(':');
  return index < 0 ? styleLayer : styleLayer.slice(0, index);
}
