import { useEffect } from 'react';
import { useAppStoreApi } from '@/state/store-context';

/** Escape undoes the most recent narrowing: first the filter, then the selection. */
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
