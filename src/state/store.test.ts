import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from './store';

describe('app store', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore();
  });

  it('starts offline, in Chinese, with nothing selected and every layer shown', () => {
    const state = store.getState();
    expect(state.basemap).toBe('none');
    expect(state.language).toBe('zh');
    expect(state.selectedId).toBeNull();
    expect(state.hiddenLayers).toEqual([]);
  });

  it('commits cameras only through the action', () => {
    store.getState().commitCamera({ center: [120, 28], zoom: 9, bearing: 0, pitch: 0 });
    expect(store.getState().camera?.zoom).toBe(9);
  });

  it('hides and shows layers without duplicates', () => {
    store.getState().setLayerVisible('liandu-areas', false);
    store.getState().setLayerVisible('liandu-areas', false);
    expect(store.getState().hiddenLayers).toEqual(['liandu-areas']);
    store.getState().setLayersVisible(['liandu-areas', 'jinyun-sites'], false);
    expect(store.getState().hiddenLayers.sort()).toEqual(['jinyun-sites', 'liandu-areas']);
    store.getState().setLayersVisible(['liandu-areas'], true);
    expect(store.getState().hiddenLayers).toEqual(['jinyun-sites']);
  });

  it('selects the most specific hit of a map click and keeps the rest as "also here"', () => {
    store.getState().pick(['liandu-park-gaoxi', 'liandu-core-bihu', 'county-331102']);
    expect(store.getState().selectedId).toBe('liandu-park-gaoxi');
    expect(store.getState().pickedIds).toHaveLength(3);
    store.getState().select('county-331102');
    expect(store.getState().pickedIds).toEqual([]);
    store.getState().pick([]);
    expect(store.getState().selectedId).toBeNull();
  });

  it('refuses a Tianditu basemap without a token and falls back when the token is cleared', () => {
    store.getState().setBasemap('tianditu-vec');
    expect(store.getState().basemap).toBe('none');
    store.getState().setTiandituToken('abc');
    store.getState().setBasemap('tianditu-vec');
    expect(store.getState().basemap).toBe('tianditu-vec');
    store.getState().setTiandituToken(null);
    expect(store.getState().basemap).toBe('none');
  });
});
