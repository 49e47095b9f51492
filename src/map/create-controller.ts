import type { MapData } from '@/data/map-data';
import type { ThematicLayerId } from '@/data/layer-catalog';
import { SYSTEMS } from '@/data/schema';
import { SOURCE } from './ids';
import { MapController } from './MapController';
import { panelPadding } from '@/app/map-commands';
import { LISHUI_BOUNDS } from '@/state/view-slice';
import type { ControllerFactory } from './MapView';
import { styleFor } from './MapView';

/** Which source each selectable feature id is drawn from. */
export function sourceIndex(mapData: MapData): Map<string, string> {
  const index = new Map<string, string>();
  for (const feature of mapData.neighbours.features)
    index.set(feature.properties.id, SOURCE.neighbours);
  for (const feature of mapData.counties.features)
    index.set(feature.properties.id, SOURCE.counties);
  for (const system of SYSTEMS) {
    for (const feature of mapData.plan[system].features)
      index.set(feature.properties.id, SOURCE.plan(system));
  }
  return index;
}

export function realControllerFactory(allLayers: readonly ThematicLayerId[]): ControllerFactory {
  return ({ container, mapData, state }) =>
    new MapController({
      container,
      style: styleFor(mapData, state, allLayers),
      camera: state.camera ?? { bounds: LISHUI_BOUNDS, padding: panelPadding() },
      sourceOfFeature: sourceIndex(mapData),
    });
}
