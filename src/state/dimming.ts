import type { MapFilter } from './selection-slice';
import type { AppState } from './store';

/**
 * What decides which features the map dims: explicit ids (a tour step, a
 * chain link, a proximity result) or the plan filter, resolved against the data by the map.
 */
export type DimmingSource =
  | { kind: 'ids'; activeIds: ReadonlySet<string> | null }
  | { kind: 'filter'; filter: MapFilter | null };

/**
 * The one rule for dimming: a tour step's lighting, else the chosen link of
 * an open chain, else a proximity result, else the filter.
 */
export function selectDimmingSource(state: AppState): DimmingSource {
  if (state.stepDimming) return { kind: 'ids', activeIds: state.stepDimming.activeIds };
  if (state.chainLinkIds) return { kind: 'ids', activeIds: state.chainLinkIds };
  if (state.proximityIds) return { kind: 'ids', activeIds: state.proximityIds };
  return { kind: 'filter', filter: state.filter };
}

/** The store fields the dimming rule reads, for a subscription that runs only when they change. */
export const dimmingInputs = (state: AppState) =>
  [state.stepDimming, state.chainLinkIds, state.proximityIds, state.filter] as const;
