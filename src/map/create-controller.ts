import { bbox } from '@turf/bbox';
import type { MapData } from '@/data/map-data';
import type { ThematicLayerId } from '@/data/layer-catalog';
import { MapController } from './MapController';
import { panelLayoutOf, panelPadding } from './panel-padding';
import { LISHUI_BOUNDS } from '@/state/view-slice';
import type { ControllerFactory } from './MapView';
import { styleFor } from './MapView';

/** The drawn collections whose features can be selected, hovered and dimmed. */
const selectableCollections = (mapData: MapData) => [
  mapData.counties,
  mapData.neighbours,
  mapData.plan,
];

/** Ids of every selectable feature; all are drawn from the one shapes source. */
export function shapeIds(mapData: MapData): Set<string> {
  return new Set(
    selectableCollections(mapData).flatMap((collection) =>
      collection.features.map((feature) => feature.properties.id),
    ),
  );
}

/** [west, south, east, north] of a drawn feature, or null. */
function boundsOfMapFeature(mapData: MapData, id: string): [number, number, number, number] | null {
  for (const collection of selectableCollections(mapData)) {
    const feature = collection.features.find((candidate) => candidate.properties.id === id);
    if (feature) return bbox(feature.geometry) as [number, number, number, number];
  }
  return null;
}

/**
 * The opening camera: the URL's camera, else the selected feature framed,
 * else the whole of Lishui, leaving room for the open panels.
 */
export function realControllerFactory(allLayers: readonly ThematicLayerId[]): ControllerFactory {
  return ({ container, mapData, state, callbacks }) => {
    const selectedBounds = state.selectedId ? boundsOfMapFeature(mapData, state.selectedId) : null;
    return new MapController({
      container,
      style: styleFor(mapData, state, allLayers),
      camera: state.camera ?? {
        bounds: selectedBounds ?? LISHUI_BOUNDS,
        padding: panelPadding(panelLayoutOf(state), window.innerWidth, window.innerHeight),
        maxZoom: 13,
      },
      shapeIds: shapeIds(mapData),
      callbacks,
    });
  };
}
