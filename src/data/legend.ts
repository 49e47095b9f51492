import { planLayerIdOf } from './layer-catalog';
import type { AppData } from './model';
import { SYSTEMS, type SystemId } from './systems';

/** The spatial systems a map picture's legend lists: those with a feature in a shown layer. */
export function legendSystems(data: AppData, hiddenLayers: readonly string[]): SystemId[] {
  const hidden = new Set(hiddenLayers);
  return SYSTEMS.filter((system) =>
    data.features.some(
      (feature) =>
        feature.properties.system === system && !hidden.has(planLayerIdOf(feature.properties)),
    ),
  );
}
