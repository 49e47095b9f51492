/**
 * Presentation state that is not in the URL: whether the presenter has left
 * the script (moved, clicked, opened something) and whether the screen is
 * blacked out.
 */
import type { StateCreator } from 'zustand';
import { nestedSetter } from './nested-slice';
import type { AppState } from './store';

export interface TourPlayerState {
  offScript: boolean;
  black: boolean;
  setOffScript: (offScript: boolean) => void;
  setBlack: (black: boolean) => void;
  /** Back on script with the screen shown (a new step, or leaving the tour). */
  resetPlayer: () => void;
}

export interface TourPlayerSlice {
  tourPlayer: TourPlayerState;
}

export const createTourPlayerSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  TourPlayerSlice
> = (set) => {
  const update = nestedSetter(set, 'tourPlayer');
  return {
    tourPlayer: {
      offScript: false,
      black: false,
      setOffScript: (offScript) => update({ offScript }),
      setBlack: (black) => update({ black }),
      resetPlayer: () => update({ black: false, offScript: false }),
    },
  };
};
