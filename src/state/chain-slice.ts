import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** The industry chain open beside the map, and the link chosen in it. */
export interface ChainSlice {
  /** The open chain, named by its industry (as in `?chain=`), and the chosen link. */
  openChain: { industryId: string; linkId: string | null } | null;
  /** What the chosen link lights on the map: its hosting platforms (null: nothing chosen). */
  chainLinkIds: ReadonlySet<string> | null;
  showChain: (industryId: string, linkId?: string | null) => void;
  /** Chooses a link (or none) and the map ids it lights. */
  chooseChainLink: (linkId: string | null, mapIds: ReadonlySet<string> | null) => void;
  closeChain: () => void;
}

export const createChainSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  ChainSlice
> = (set) => ({
  openChain: null,
  chainLinkIds: null,
  showChain: (industryId, linkId = null) =>
    set({ openChain: { industryId, linkId }, chainLinkIds: null }),
  chooseChainLink: (linkId, chainLinkIds) =>
    set((state) =>
      state.openChain
        ? { openChain: { ...state.openChain, linkId }, chainLinkIds: linkId ? chainLinkIds : null }
        : {},
    ),
  closeChain: () => set({ openChain: null, chainLinkIds: null }),
});
