import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/state/store-context';
import { MapCommandsProvider } from '@/map/map-commands';
import { createAppStore } from '@/state/store';
import { loadViewMessages } from '@/i18n';
import { makeTargetsData } from '../../../../tests/fixtures/targets-fixture';
import { fakeCommands } from '../../../../tests/fixtures/fake-map';
import type { ParseOutcome } from './parse-file';

const saved = vi.hoisted(() => ({ records: [] as unknown[], storageWorks: true }));
vi.mock('@/data/planner/planner-db', () => ({
  saveLayer: (record: unknown) => {
    if (!saved.storageWorks) return Promise.reject(new Error('QuotaExceededError'));
    saved.records.push(record);
    return Promise.resolve();
  },
  deleteLayer: () => Promise.resolve(),
}));
vi.mock('./import-client', () => ({
  importFile: (): Promise<ParseOutcome> =>
    Promise.resolve({
      ok: true,
      format: 'geojson',
      vertexCount: 1,
      featureCollection: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [120, 28] } },
        ],
      },
      warnings: [
        { code: 'unlocated-skipped', count: 1, features: [{ featureIndex: 1, featureName: '甲' }] },
      ],
    }),
}));

beforeAll(() => loadViewMessages());

async function importOneFile() {
  const { ImportTool } = await import('./ImportTool');
  const store = createAppStore();
  render(
    <AppProviders store={store} data={makeTargetsData()}>
      <MapCommandsProvider value={fakeCommands(store)}>
        <ImportTool />
      </MapCommandsProvider>
    </AppProviders>,
  );
  await userEvent.upload(screen.getByTestId('import-input'), new File(['{}'], 'sites.geojson'));
  return store;
}

describe('ImportTool', () => {
  it('shows the notes of an accepted file and keeps them with the stored layer', async () => {
    saved.storageWorks = true;
    await importOneFile();
    await waitFor(() => expect(screen.getByTestId('import-warnings')).toBeTruthy());
    expect(screen.getByTestId('import-warnings').textContent).toContain(
      '跳过了 1 个没有坐标的要素：第 2 个要素（甲）',
    );
    expect(saved.records[0]).toMatchObject({ warnings: [{ code: 'unlocated-skipped' }] });
    expect(screen.getByTestId('user-layer-warnings').textContent).toContain('第 2 个要素（甲）');
  });

  it('still shows a layer that browser storage refused, and says it will not be kept', async () => {
    saved.storageWorks = false;
    const store = await importOneFile();
    await waitFor(() => expect(screen.getByTestId('import-not-kept')).toBeTruthy());
    expect(store.getState().planner.layers).toHaveLength(1);
    expect(screen.getAllByTestId('user-layer')).toHaveLength(1);
  });

  it('times an accepted import (lishui:import, its worker and storage parts) for the benchmark', async () => {
    saved.storageWorks = true;
    performance.clearMeasures();
    await importOneFile();
    await waitFor(() =>
      expect(performance.getEntriesByName('lishui:import', 'measure')).toHaveLength(1),
    );
    expect(performance.getEntriesByName('lishui:import:worker', 'measure')).toHaveLength(1);
    expect(performance.getEntriesByName('lishui:import:stored', 'measure')).toHaveLength(1);
  });
});
