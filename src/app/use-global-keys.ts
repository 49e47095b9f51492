import { useEffect } from 'react';
import { useAppStoreApi } from '@/state/store-context';

/**
 * Escape with no panel on the dialog stack (src/components/dialog-stack.ts, which
 * closes the top-most open panel first and marks the event handled): clears the
 * filter, then the selection, e.g. before the detail panel's chunk has loaded.
 */
export function useGlobalKeys(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const state = store.getState();
      if (state.filter) state.setFilter(null);
      else if (state.selectedId) state.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
