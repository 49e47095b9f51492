/**
 * Presentation state that is not part of the app store or the URL: whether
 * the presenter has left the script (moved, clicked, opened something) and
 * whether the screen is blacked out.
 */
import { createStore } from 'zustand/vanilla';

export interface PlayerState {
  offScript: boolean;
  black: boolean;
}

export const playerState = createStore<PlayerState>()(() => ({ offScript: false, black: false }));
