/**
 * A small store for the compare selection (this session) and the shortlist
 * (saved to localStorage under a versioned schema on every change). Separate
 * from the app store: only the detail panel buttons and the tray use it.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  SHORTLIST_STORAGE_KEY,
  addToCompare,
  addToShortlist,
  mergeShortlists,
  parseShortlist,
  serializeShortlist,
} from '@/data/sites/site-lists';

export interface SiteListsState {
  compareIds: string[];
  shortlistIds: string[];
  toggleCompare: (id: string) => void;
  toggleShortlist: (id: string) => void;
  mergeShortlist: (ids: string[]) => void;
  clearCompare: () => void;
  clearShortlist: () => void;
  /** Drops stored ids the data does not know (called once the data has loaded). */
  restore: (isSiteId: (id: string) => boolean) => void;
}

function save(ids: string[]): void {
  try {
    localStorage.setItem(SHORTLIST_STORAGE_KEY, serializeShortlist(ids));
  } catch {
    // Private browsing or a full quota: the shortlist lives for this session only.
  }
}

function load(isSiteId: (id: string) => boolean): string[] {
  try {
    return parseShortlist(localStorage.getItem(SHORTLIST_STORAGE_KEY), isSiteId);
  } catch {
    return [];
  }
}

export const siteListsStore = createStore<SiteListsState>()((set, get) => ({
  compareIds: [],
  // Read at once so a list shared into this tab merges with what is stored; restore() prunes unknown ids.
  shortlistIds: load(() => true),
  toggleCompare: (id) => {
    const ids = get().compareIds;
    set({
      compareIds: ids.includes(id) ? ids.filter((other) => other !== id) : addToCompare(ids, id),
    });
  },
  toggleShortlist: (id) => {
    const ids = get().shortlistIds;
    const next = ids.includes(id) ? ids.filter((other) => other !== id) : addToShortlist(ids, id);
    set({ shortlistIds: next });
    save(next);
  },
  mergeShortlist: (shared) => {
    const next = mergeShortlists(get().shortlistIds, shared);
    set({ shortlistIds: next });
    save(next);
  },
  clearCompare: () => set({ compareIds: [] }),
  clearShortlist: () => {
    set({ shortlistIds: [] });
    save([]);
  },
  restore: (isSiteId) => set({ shortlistIds: load(isSiteId) }),
}));

export function useSiteLists<T>(selector: (state: SiteListsState) => T): T {
  return useStore(siteListsStore, selector);
}
