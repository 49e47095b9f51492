/**
 * Puts a resolved step on screen: layers, filter and selection through the
 * store (so panels and the URL follow), dimming and the camera through the
 * map controller, and the tour position into store.activeTour.
 */
import type { ThematicLayerId } from '@/data/layer-catalog';
import type { MapApi } from '@/map/map-api';
import type { AppStore } from '@/state/store';
import type { ResolvedStep } from './step-resolution';

export type Padding = { top: number; right: number; bottom: number; left: number };

/** Room around framed features on a projector: the caption band sits at the bottom. */
export function presentingPadding(width: number, height: number): Padding {
  const side = Math.round(Math.min(width, height) * 0.06);
  return { top: side, right: side, bottom: Math.round(height * 0.32), left: side };
}

export function applyStep(
  store: AppStore,
  controller: MapApi | null,
  tourId: string,
  resolved: ResolvedStep,
  padding: Padding,
): void {
  const state = store.getState();
  state.setHiddenLayers(resolved.hiddenLayers as ThematicLayerId[]);
  state.setFilter(resolved.filter);
  state.select(resolved.selectedId);
  const current = state.activeTour;
  if (!current || current.id !== tourId || current.step !== resolved.number)
    state.setActiveTour({ id: tourId, step: resolved.number });
  if (!controller) return;
  // After the store: the filter subscription has just set its own dimming.
  controller.setFilteredFeatures(resolved.activeIds);
  if (resolved.camera?.kind === 'view') controller.flyTo(resolved.camera.camera);
  else if (resolved.camera?.kind === 'fit')
    controller.fitBounds(resolved.camera.bounds, padding, 12);
}
