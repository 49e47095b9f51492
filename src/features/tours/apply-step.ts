/**
 * Puts a resolved step on screen: layers, filter, selection and the step's
 * lighting through the store (so panels, the URL and the map's one dimming
 * writer follow), the camera through the map commands, and the tour position
 * into store.activeTour.
 */
import type { ThematicLayerId } from '@/data/layer-catalog';
import type { MapCommands } from '@/map/map-commands';
import { chainTourWidth, type Padding } from '@/map/panel-padding';
import type { AppStore } from '@/state/store';
import type { ResolvedStep } from './step-resolution';

/**
 * Room around framed features on a projector, for a map `width` × `height`
 * CSS px. The caption band is outside the map (the map ends above it), so
 * the margin is the same on every side.
 */
export function presentingPadding(width: number, height: number): Padding {
  const side = Math.round(Math.min(width, height) * 0.06);
  return { top: side, right: side, bottom: side, left: side };
}

export function applyStep(
  store: AppStore,
  commands: MapCommands,
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
  // After setFilter, which clears any earlier step's lighting.
  state.setStepDimming(resolved.activeIds);
  const chain = resolved.step.chain;
  if (chain) state.showChain(chain.industryId, chain.linkId ?? null);
  else if (state.openChain) state.closeChain();
  // A step that shows its chain (docked on the right during a tour) frames its features beside it.
  const framePadding = chain
    ? { ...padding, right: Math.max(padding.right, chainTourWidth(window.innerWidth) + 30) }
    : padding;
  if (resolved.camera?.kind === 'view') commands.flyTo(resolved.camera.camera);
  else if (resolved.camera?.kind === 'fit')
    commands.fitBounds(resolved.camera.bounds, framePadding, 12);
}
