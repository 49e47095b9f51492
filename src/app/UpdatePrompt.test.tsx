import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/state/store-context';
import { createAppStore } from '@/state/store';
import { UpdatePrompt } from './UpdatePrompt';

// The service worker as the prompt sees it: a count of waiting versions and the reload.
const worker = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  return {
    waiting: 0,
    listeners,
    reload: vi.fn(() => Promise.resolve()),
    newVersionWaits() {
      this.waiting += 1;
      for (const listener of listeners) listener();
    },
  };
});
vi.mock('./service-worker', () => ({
  waitingVersionCount: () => worker.waiting,
  subscribeToWaitingVersions: (listener: () => void) => {
    worker.listeners.add(listener);
    return () => worker.listeners.delete(listener);
  },
  reloadIntoWaitingVersion: worker.reload,
}));

function setup() {
  const store = createAppStore();
  render(
    <AppProviders store={store} data={null}>
      <UpdatePrompt />
    </AppProviders>,
  );
  return store;
}

describe('UpdatePrompt', () => {
  beforeEach(() => {
    worker.waiting = 0;
    worker.reload.mockClear();
  });

  it('offers a waiting version and reloads into it when asked', () => {
    setup();
    expect(screen.queryByTestId('update-offer')).toBeNull();
    act(() => worker.newVersionWaits());
    expect(screen.getByTestId('update-offer').textContent).toContain('新版本可用');
    fireEvent.click(screen.getByTestId('update-reload'));
    expect(worker.reload).toHaveBeenCalledTimes(1);
  });

  it('holds the offer back while a tour plays and shows it when the tour ends', () => {
    const store = setup();
    act(() => store.getState().setActiveTour({ id: 'city-corridor', step: 2 }));
    act(() => worker.newVersionWaits());
    expect(screen.queryByTestId('update-offer')).toBeNull();
    act(() => store.getState().setActiveTour(null));
    expect(screen.getByTestId('update-offer')).toBeTruthy();
  });

  it('stays hidden after "later" until another version waits', () => {
    setup();
    act(() => worker.newVersionWaits());
    fireEvent.click(screen.getByTestId('update-later'));
    expect(screen.queryByTestId('update-offer')).toBeNull();
    act(() => worker.newVersionWaits());
    expect(screen.getByTestId('update-offer')).toBeTruthy();
    expect(worker.reload).not.toHaveBeenCalled();
  });
});
