/**
 * The compare selection (this session) and the investor's shortlist (saved to
 * localStorage under a versioned schema on every change, see data/sites/site-lists).
 */
import type { StateCreator } from 'zustand';
import {
  GAP_REASONS_STORAGE_KEY,
  SHORTLIST_STORAGE_KEY,
  addGapReason,
  parseGapReasons,
  serializeGapReasons,
  type GapReason,
  type GapReasons,
  addToCompare,
  addToShortlist,
  mergeShortlists,
  parseShortlist,
  serializeShortlist,
} from '@/data/sites/site-lists';
import { nestedSetter } from './nested-slice';
import type { AppState } from './store';

export interface SiteListsState {
  compareIds: string[];
  shortlistIds: string[];
  /** For sites added from the gap report: the gaps they could fill. */
  gapReasons: GapReasons;
  /** Shortlists a site for a gap (it stays shortlisted if it already was). */
  shortlistForGap: (siteId: string, reason: GapReason) => void;
  toggleCompare: (id: string) => void;
  toggleShortlist: (id: string) => void;
  mergeShortlist: (ids: string[]) => void;
  clearCompare: () => void;
  clearShortlist: () => void;
  /** Drops stored ids the data does not know (called once the data has loaded). */
  restore: (isSiteId: (id: string) => boolean) => void;
}

export interface SiteListsSlice {
  siteLists: SiteListsState;
}

function save(ids: string[]): void {
  try {
    localStorage.setItem(SHORTLIST_STORAGE_KEY, serializeShortlist(ids));
  } catch {
    // Private browsing or a full quota: the shortlist lives for this session only.
  }
}

function saveReasons(reasons: GapReasons): void {
  try {
    localStorage.setItem(GAP_REASONS_STORAGE_KEY, serializeGapReasons(reasons));
  } catch {
    // As for the shortlist: this session only.
  }
}

function loadReasons(): GapReasons {
  try {
    return parseGapReasons(localStorage.getItem(GAP_REASONS_STORAGE_KEY));
  } catch {
    return {};
  }
}

function load(isSiteId: (id: string) => boolean): string[] {
  try {
    return parseShortlist(localStorage.getItem(SHORTLIST_STORAGE_KEY), isSiteId);
  } catch {
    return [];
  }
}

export const createSiteListsSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  SiteListsSlice
> = (set, get) => {
  const update = nestedSetter(set, 'siteLists');
  const lists = () => get().siteLists;
  return {
    siteLists: {
      compareIds: [],
      // Read at once so a list shared into this tab merges with what is stored; restore() prunes unknown ids.
      shortlistIds: load(() => true),
      gapReasons: loadReasons(),
      shortlistForGap: (siteId, reason) => {
        const ids = lists().shortlistIds;
        const next = addToShortlist(ids, siteId);
        if (!next.includes(siteId)) return;
        const reasons = addGapReason(lists().gapReasons, siteId, reason);
        update({ shortlistIds: next, gapReasons: reasons });
        save(next);
        saveReasons(reasons);
      },
      toggleCompare: (id) => {
        const ids = lists().compareIds;
        update({
          compareIds: ids.includes(id)
            ? ids.filter((other) => other !== id)
            : addToCompare(ids, id),
        });
      },
      toggleShortlist: (id) => {
        const ids = lists().shortlistIds;
        const removing = ids.includes(id);
        const next = removing ? ids.filter((other) => other !== id) : addToShortlist(ids, id);
        update({ shortlistIds: next });
        save(next);
        if (removing && lists().gapReasons[id]) {
          const reasons = Object.fromEntries(
            Object.entries(lists().gapReasons).filter(([siteId]) => siteId !== id),
          );
          update({ gapReasons: reasons });
          saveReasons(reasons);
        }
      },
      mergeShortlist: (shared) => {
        const next = mergeShortlists(lists().shortlistIds, shared);
        update({ shortlistIds: next });
        save(next);
      },
      clearCompare: () => update({ compareIds: [] }),
      clearShortlist: () => {
        update({ shortlistIds: [], gapReasons: {} });
        save([]);
        saveReasons({});
      },
      restore: (isSiteId) => update({ shortlistIds: load(isSiteId) }),
    },
  };
};
