import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMapCommands, MapCommandsProvider } from '@/map/map-commands';
import { AppProviders } from '@/state/store-context';
import { tourSchema } from '@/data/tour-schema';
import { createAppStore } from '@/state/store';
import { miniData } from '../../../tests/fixtures/mini-data';
import { TourPlayer } from './TourPlayer';
import { syncDimming } from '@/map/dimming-sync';
import { featureIdsForFilter } from '@/data/filter';
import { fakeController } from '../../../tests/fixtures/fake-map';

const tour = tourSchema.parse({
  id: 'mini',
  title: { zh: '迷你讲解', en: 'Mini tour' },
  steps: [
    {
      camera: { fit: ['liandu-core-bihu'] },
      layers: ['liandu-areas', 'counties'],
      highlight: ['liandu-core-bihu'],
      caption: { zh: '第一步说明', en: 'Step one' },
      notes: { zh: '备注', en: 'Notes' },
      figures: ['tgt-a'],
    },
    {
      camera: { center: [120.1, 28.5], zoom: 10 },
      layers: ['counties'],
      caption: { zh: '第二步说明', en: 'Step two' },
      notes: { zh: '备注', en: 'Notes' },
    },
  ],
});
const LAYERS = ['liandu-areas', 'liandu-sites', 'counties', 'neighbours'];

const flushFrames = async () => {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
};

function setup() {
  const store = createAppStore();
  store.getState().markMapIdle();
  store.getState().setActiveTour({ id: 'mini', step: 1 });
  const data = miniData();
  const controller = fakeController();
  const commands = createMapCommands(store, data, () => controller);
  // The map's one dimming writer, as MapView wires it.
  syncDimming(store, controller, (filter) => (filter ? featureIdsForFilter(data, filter) : null));
  render(
    <AppProviders store={store} data={data}>
      <MapCommandsProvider value={commands}>
        <div data-testid="map" />
        <TourPlayer tour={tour} allLayerIds={LAYERS} onPrint={() => {}} />
      </MapCommandsProvider>
    </AppProviders>,
  );
  return { store, controller };
}

const press = (key: string) =>
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('TourPlayer', () => {
  it('applies the step to the store and the map, with its figure and source', async () => {
    const { store, controller } = setup();
    await flushFrames();
    expect(screen.getByTestId('tour-caption').textContent).toBe('第一步说明');
    expect(screen.getByTestId('tour-step-counter').textContent).toBe('1 / 2');
    expect(screen.getByTestId('tour-figure').textContent).toContain('第');
    expect(store.getState().hiddenLayers).toEqual(['liandu-sites', 'neighbours']);
    expect(store.getState().selectedId).toBe('liandu-core-bihu');
    expect(controller.fitBounds).toHaveBeenCalledTimes(1);
    expect(controller.setFilteredFeatures).toHaveBeenLastCalledWith(new Set(['liandu-core-bihu']));
  });

  it('follows clicker keys, snaps back when off script, and leaves on Escape', async () => {
    const { store, controller } = setup();
    await flushFrames();
    press('PageDown');
    await flushFrames();
    expect(store.getState().activeTour).toEqual({ id: 'mini', step: 2 });
    expect(controller.flyTo).toHaveBeenCalledWith({
      center: [120.1, 28.5],
      zoom: 10,
      bearing: 0,
      pitch: 0,
    });
    expect(screen.getByTestId('tour-caption').textContent).toBe('第二步说明');

    // The presenter clicks something: the next key re-applies step 2 instead of moving on.
    act(() => store.getState().select('liandu-park-gaoxi'));
    expect(screen.getByTestId('tour-off-script')).toBeTruthy();
    press('ArrowLeft');
    await flushFrames();
    expect(store.getState().activeTour?.step).toBe(2);
    expect(store.getState().selectedId).toBeNull();
    expect(controller.flyTo).toHaveBeenCalledTimes(2);
    press('ArrowLeft');
    await flushFrames();
    expect(store.getState().activeTour?.step).toBe(1);

    press('b');
    expect(screen.getByTestId('tour-black')).toBeTruthy();
    press('ArrowRight');
    expect(screen.queryByTestId('tour-black')).toBeNull();
    expect(store.getState().activeTour?.step).toBe(1);

    press('Escape');
    expect(store.getState().activeTour).toBeNull();
  });
});
