/** Pixels kept free on each side of the map when framing features. */
export type Padding = { top: number; right: number; bottom: number; left: number };

/** Which panels cover the map: derived from the store's layout state, not from the DOM. */
export interface PanelLayout {
  isLayerPanelOpen: boolean;
  /** A selection is shown in the detail panel (or the phone's bottom sheet). */
  isDetailOpen: boolean;
  /** An industry chain is docked under the map. */
  isChainOpen?: boolean;
}

/** Width of the chain view during a tour, docked on the right above the caption band (chains.css). */
export const chainTourWidth = (width: number): number => Math.min(Math.round(width * 0.46), 900);

/** Height of the docked chain view: 45 % of the viewport, at most 480 px (see chains.css). */
export const chainDockHeight = (height: number): number => Math.min(Math.round(height * 0.45), 480);

/** Below this width (px) panels are bottom sheets instead of side panels. */
const NARROW_WIDTH = 760;

/**
 * Room left for the panels so a framed feature is not hidden under them, in
 * CSS pixels, for a viewport of `width` × `height` CSS pixels.
 */
export function panelPadding(layout: PanelLayout, width: number, height: number): Padding {
  if (width < NARROW_WIDTH) {
    // Bottom sheets cover up to half the screen on phones; the chain sheet 60 % (chains.css).
    const sheetOpen = layout.isDetailOpen || layout.isLayerPanelOpen;
    const bottom = layout.isChainOpen
      ? Math.round(height * 0.6) + 20
      : sheetOpen
        ? Math.round(height * 0.5)
        : 30;
    return { top: 30, right: 30, bottom, left: 30 };
  }
  return {
    top: 50,
    right: layout.isDetailOpen ? 420 : 40,
    bottom: layout.isChainOpen ? chainDockHeight(height) + 30 : 50,
    left: layout.isLayerPanelOpen ? 330 : 40,
  };
}

/** The panel layout in a store state. */
export function panelLayoutOf(state: {
  isLayerPanelOpen: boolean;
  selectedId: string | null;
  openChain?: unknown;
}): PanelLayout {
  return {
    isLayerPanelOpen: state.isLayerPanelOpen,
    isDetailOpen: state.selectedId !== null,
    isChainOpen: Boolean(state.openChain),
  };
}
