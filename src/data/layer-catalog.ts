/**
 * The thematic layers users toggle, grouped by spatial system. A plan feature
 * belongs to exactly one layer, derived from its system and kind, so adding a
 * feature never needs a catalogue edit.
 */
import type { FeatureProperties, SystemId } from './schema';
import { PLATFORM_KINDS } from './systems';

/** Layer groups: axes, areas and sites of each plan; one per platform kind for the city plan's platforms. */
export const LAYER_GROUPS = ['axes', 'areas', 'sites', ...PLATFORM_KINDS] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export const PANEL_GROUPS = [
  'corridor',
  'liandu',
  'jinyun',
  'xianju',
  'enclave',
  'city',
  'counties',
] as const;
export type PanelGroupId = (typeof PANEL_GROUPS)[number];

export const BOUNDARY_LAYERS = ['counties', 'neighbours'] as const;
export type BoundaryLayerId = (typeof BOUNDARY_LAYERS)[number];

export type PlanLayerId = `${SystemId}-${LayerGroup}`;
export type ThematicLayerId = PlanLayerId | BoundaryLayerId;

/** Which layer group a feature is drawn in: its platform kind for city-plan platforms, else by kind. */
export function layerGroupOf(
  properties: Pick<FeatureProperties, 'kind' | 'platformKind'>,
): LayerGroup {
  if (properties.platformKind) return properties.platformKind;
  const kind = properties.kind;
  if (kind === 'corridor') return 'axes';
  if (kind === 'zone' || kind === 'town' || kind === 'block') return 'areas';
  return 'sites';
}

export function planLayerIdOf(
  properties: Pick<FeatureProperties, 'system' | 'kind' | 'platformKind'>,
): PlanLayerId {
  return `${properties.system}-${layerGroupOf(properties)}`;
}

export interface ThematicLayer {
  id: ThematicLayerId;
  panelGroup: PanelGroupId;
  system: SystemId | null;
  group: LayerGroup | null;
}

/** All thematic layers that exist for the given features, in panel order. */
export function thematicLayers(
  features: Array<{ properties: FeatureProperties }>,
): ThematicLayer[] {
  const present = new Set(features.map((feature) => planLayerIdOf(feature.properties)));
  const layers: ThematicLayer[] = [];
  for (const panelGroup of PANEL_GROUPS) {
    if (panelGroup === 'counties') {
      for (const id of BOUNDARY_LAYERS) layers.push({ id, panelGroup, system: null, group: null });
      continue;
    }
    for (const group of LAYER_GROUPS) {
      const id: PlanLayerId = `${panelGroup}-${group}`;
      if (present.has(id)) layers.push({ id, panelGroup, system: panelGroup, group });
    }
  }
  return layers;
}
