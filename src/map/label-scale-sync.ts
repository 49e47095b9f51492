import type { AppStore } from '@/state/store';
import { projectorLabelScale } from './label-scale';
import type { MapApi } from './map-api';

/**
 * The one writer of label sizes: while a tour plays (the projector theme)
 * labels grow with the viewport's width; otherwise they keep the builders'
 * sizes. `viewportWidth` gives the width in CSS px. Returns the unsubscribe.
 */
export function syncLabelScale(
  store: AppStore,
  controller: Pick<MapApi, 'setLabelScale'>,
  viewportWidth: () => number,
): () => void {
  const write = () =>
    controller.setLabelScale(
      store.getState().activeTour ? projectorLabelScale(viewportWidth()) : 1,
    );
  write();
  const unsubscribe = store.subscribe((state) => state.activeTour !== null, write);
  window.addEventListener('resize', write);
  return () => {
    unsubscribe();
    window.removeEventListener('resize', write);
  };
}
