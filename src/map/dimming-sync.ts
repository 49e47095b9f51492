import { dimmingInputs, selectDimmingSource } from '@/state/dimming';
import type { MapFilter } from '@/state/selection-slice';
import type { AppStore } from '@/state/store';
import type { MapApi } from './map-api';

/**
 * The one writer of the map's dimming: derives it from the store (tour step,
 * proximity result, filter) and writes it whenever one of them changes.
 * Returns the unsubscribe.
 */
export function syncDimming(
  store: AppStore,
  controller: Pick<MapApi, 'setFilteredFeatures'>,
  resolveFilter: (filter: MapFilter | null) => ReadonlySet<string> | null,
): () => void {
  const write = () => {
    const source = selectDimmingSource(store.getState());
    controller.setFilteredFeatures(
      source.kind === 'ids' ? source.activeIds : resolveFilter(source.filter),
    );
  };
  write();
  return store.subscribe(dimmingInputs, write, {
    equalityFn: (a, b) => a.every((value, index) => value === b[index]),
  });
}
