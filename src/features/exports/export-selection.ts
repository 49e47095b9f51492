/**
 * Which plan features a GeoJSON export holds: the filter result, the layer
 * of the selected feature, or every visible layer. Pure.
 */
import { planLayerIdOf } from '@/data/layer-catalog';
import { featureIdsForFilter, type FilterSpec } from '@/data/filter';
import type { AppData } from '@/data/model';

export type GeojsonScope = 'filter' | 'layer' | 'visible';

export function featureIdsForExport(
  data: AppData,
  scope: GeojsonScope,
  state: { filter: FilterSpec | null; selectedId: string | null; hiddenLayers: readonly string[] },
): string[] {
  if (scope === 'filter') return state.filter ? [...featureIdsForFilter(data, state.filter)] : [];
  if (scope === 'layer') {
    const selected = state.selectedId ? data.featureById.get(state.selectedId) : undefined;
    if (!selected) return [];
    const layerId = planLayerIdOf(selected.properties);
    return data.features
      .filter((feature) => planLayerIdOf(feature.properties) === layerId)
      .map((feature) => feature.properties.id);
  }
  const hidden = new Set(state.hiddenLayers);
  return data.features
    .filter((feature) => !hidden.has(planLayerIdOf(feature.properties)))
    .map((feature) => feature.properties.id);
}
