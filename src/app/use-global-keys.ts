import { useEffect } from 'react';
import { useAppStoreApi } from '@/state/store-context';

export type GlobalKeyAction = 'clear' | 'shortcuts';

/**
 * The keys the app answers to anywhere (outside text fields), per action: the
 * one list the handler below and the shortcuts overlay read.
 */
export const GLOBAL_KEYS: Readonly<Record<GlobalKeyAction, readonly string[]>> = {
  // Undoes the most recent narrowing: first the filter, then the selection.
  clear: ['Escape'],
  // Shows or hides the list of shortcuts.
  shortcuts: ['?'],
};

/** The action a key (KeyboardEvent.key) stands for, or null. */
export function globalKeyAction(key: string): GlobalKeyAction | null {
  for (const [action, keys] of Object.entries(GLOBAL_KEYS) as Array<
    [GlobalKeyAction, readonly string[]]
  >)
    if (keys.includes(key)) return action;
  return null;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable)
  );
}

/**
 * Escape with no panel on the dialog stack (src/components/dialog-stack.ts, which
 * closes the top-most open panel first and marks the event handled): clears the
 * filter, then the selection, e.g. before the detail panel's chunk has loaded.
 */
export function useGlobalKeys(onToggleShortcuts: () => void): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const action = globalKeyAction(event.key);
      if (action === 'shortcuts') {
        event.preventDefault();
        onToggleShortcuts();
      } else if (action === 'clear') {
        const state = store.getState();
        if (state.filter) state.setFilter(null);
        else if (state.selectedId) state.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, onToggleShortcuts]);
}
