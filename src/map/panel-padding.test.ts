import { describe, expect, it } from 'vitest';
import { panelLayoutOf, panelPadding } from './panel-padding';

describe('panel padding', () => {
  it('keeps room for the layer panel and the detail panel on a wide screen', () => {
    expect(panelPadding({ isLayerPanelOpen: true, isDetailOpen: true }, 1440, 900)).toEqual({
      top: 50,
      right: 420,
      bottom: 50,
      left: 330,
    });
  });

  it('keeps only a margin when no panel is open', () => {
    expect(panelPadding({ isLayerPanelOpen: false, isDetailOpen: false }, 1440, 900)).toEqual({
      top: 50,
      right: 40,
      bottom: 50,
      left: 40,
    });
  });

  it('frames features above the chain sheet on a phone', () => {
    expect(
      panelPadding({ isLayerPanelOpen: false, isDetailOpen: true, isChainOpen: true }, 390, 844)
        .bottom,
    ).toBe(Math.round(844 * 0.6) + 20);
  });

  it('keeps the lower half free for a bottom sheet on a phone', () => {
    expect(panelPadding({ isLayerPanelOpen: false, isDetailOpen: true }, 390, 844).bottom).toBe(
      422,
    );
    expect(panelPadding({ isLayerPanelOpen: false, isDetailOpen: false }, 390, 844).bottom).toBe(
      30,
    );
  });

  it('reads the detail panel as open while something is selected', () => {
    expect(panelLayoutOf({ isLayerPanelOpen: false, selectedId: 'county-331102' })).toEqual({
      isLayerPanelOpen: false,
      isDetailOpen: true,
      isChainOpen: false,
    });
  });

  it('keeps framed features above the docked chain view', () => {
    const open = panelPadding(
      { isLayerPanelOpen: false, isDetailOpen: false, isChainOpen: true },
      1920,
      1080,
    );
    expect(open.bottom).toBe(480 + 30);
  });
});
