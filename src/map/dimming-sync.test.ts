import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '@/state/store';
import { syncDimming } from './dimming-sync';

function setup() {
  const store = createAppStore();
  const controller = { setFilteredFeatures: vi.fn() };
  const filterIds = new Set(['liandu-core-bihu', 'county-331102']);
  syncDimming(store, controller, (filter) => (filter ? filterIds : null));
  const lastWrite = () => controller.setFilteredFeatures.mock.lastCall?.[0];
  return { store, controller, filterIds, lastWrite };
}

describe('the one writer of the map dimming', () => {
  it('dims by the filter, resolved against the data', () => {
    const { store, filterIds, lastWrite } = setup();
    expect(lastWrite()).toBeNull();
    store.getState().setFilter({ kind: 'industry', id: 'ind-digital' });
    expect(lastWrite()).toBe(filterIds);
  });

  it('shows a proximity result over the filter, and the filter again once it is cleared', () => {
    const { store, filterIds, lastWrite } = setup();
    store.getState().setFilter({ kind: 'industry', id: 'ind-digital' });
    const found = new Set(['liandu-park-gaoxi']);
    store.getState().setProximity(found);
    expect(lastWrite()).toBe(found);
    store.getState().setProximity(null);
    expect(lastWrite()).toBe(filterIds);
  });

  it("lights a tour step's features until the tour ends", () => {
    const { store, lastWrite } = setup();
    store.getState().setActiveTour({ id: 'mini', step: 1 });
    const lit = new Set(['liandu-core-bihu']);
    store.getState().setStepDimming(lit);
    expect(lastWrite()).toBe(lit);
    store.getState().setActiveTour(null);
    expect(lastWrite()).toBeNull();
  });

  it('lets a new filter replace a proximity result', () => {
    const { store, filterIds, lastWrite } = setup();
    store.getState().setProximity(new Set(['liandu-park-gaoxi']));
    store.getState().setFilter({ kind: 'county', id: '331102' });
    expect(lastWrite()).toBe(filterIds);
  });

  it('lights the chosen link of an open chain over a proximity result, until the chain closes', () => {
    const { store, filterIds, lastWrite } = setup();
    store.getState().setFilter({ kind: 'industry', id: 'ind-digital' });
    store.getState().setProximity(new Set(['liandu-core-bihu']));
    store.getState().showChain('ind-city-semiconductor');
    const hosts = new Set(['liandu-park-gaoxi']);
    store.getState().chooseChainLink('link-semi-wafer', hosts);
    expect(lastWrite()).toBe(hosts);
    store.getState().chooseChainLink(null, null);
    expect(lastWrite()).toEqual(new Set(['liandu-core-bihu']));
    store.getState().chooseChainLink('link-semi-wafer', hosts);
    store.getState().closeChain();
    store.getState().setProximity(null);
    expect(lastWrite()).toBe(filterIds);
  });

  it('writes nothing when unrelated state changes', () => {
    const { store, controller } = setup();
    const writes = controller.setFilteredFeatures.mock.calls.length;
    store.getState().select('liandu-core-bihu');
    store.getState().setLayerVisible('liandu-areas', false);
    expect(controller.setFilteredFeatures.mock.calls.length).toBe(writes);
  });
});
