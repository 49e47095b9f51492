import type { AppState } from './store';

type SetState = (partial: (state: AppState) => Partial<AppState>) => void;
type NestedKey = 'planner' | 'siteLists' | 'tourLibrary' | 'tourPlayer';

/**
 * A setter for one nested slice of the app store: merges a patch (or a patch
 * computed from the slice) into `state[key]`, so a slice's actions read like
 * those of a store of its own while the app keeps one store.
 */
export function nestedSetter<Key extends NestedKey>(set: SetState, key: Key) {
  return (patch: Partial<AppState[Key]> | ((slice: AppState[Key]) => Partial<AppState[Key]>)) =>
    set((state) => ({
      [key]: { ...state[key], ...(typeof patch === 'function' ? patch(state[key]) : patch) },
    }));
}
