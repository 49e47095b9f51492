import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/state/store-context';
import { buildMapData } from '@/data/map-data';
import { createAppStore } from '@/state/store';
import { miniData } from '../../tests/fixtures/mini-data';
import { MapView } from './MapView';
import { fakeControllerFactory } from '../../tests/fixtures/fake-map';

describe('MapView', () => {
  it('creates one controller, follows the store outside render and reports readiness', () => {
    globalThis.ResizeObserver ??= class {
      observe() {}
      disconnect() {}
      unobserve() {}
    } as unknown as typeof ResizeObserver;
    const store = createAppStore();
    const data = miniData();
    const { controller, factory, events } = fakeControllerFactory();
    const resolveFilter = vi.fn((filter) => (filter ? new Set(['liandu-core-bihu']) : null));
    const { getByTestId, unmount } = render(
      <AppProviders store={store} data={data}>
        <MapView
          mapData={buildMapData(data)}
          allLayers={['liandu-areas', 'counties']}
          createController={factory}
          resolveFilter={resolveFilter}
        />
      </AppProviders>,
    );
    expect(factory).toHaveBeenCalledTimes(1);
    expect(getByTestId('map').getAttribute('data-map-idle')).toBe('false');

    act(() => events().onReady());
    expect(getByTestId('map').getAttribute('data-map-idle')).toBe('true');

    act(() => events().onFeatureClick(['liandu-park-gaoxi', 'liandu-core-bihu']));
    expect(store.getState().selectedId).toBe('liandu-park-gaoxi');
    expect(controller.setSelectedFeature).toHaveBeenLastCalledWith('liandu-park-gaoxi');

    act(() => store.getState().setFilter({ kind: 'industry', id: 'ind-liandu-chips' }));
    expect(controller.setFilteredFeatures).toHaveBeenLastCalledWith(new Set(['liandu-core-bihu']));

    act(() => store.getState().setLayerVisible('liandu-areas', false));
    expect(controller.setLayerVisibility).toHaveBeenCalledWith('liandu-areas', false);

    act(() => store.getState().setLanguage('en'));
    expect(controller.setLanguage).toHaveBeenCalledWith('en');

    act(() => events().onViewCommit({ center: [119.8, 28.3], zoom: 11, bearing: 0, pitch: 0 }));
    expect(store.getState().camera?.zoom).toBe(11);
    expect(factory).toHaveBeenCalledTimes(1);

    unmount();
    expect(controller.destroy).toHaveBeenCalledTimes(1);
  });
});
