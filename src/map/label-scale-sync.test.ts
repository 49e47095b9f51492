// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '@/state/store';
import { syncLabelScale } from './label-scale-sync';

function setup(width: number) {
  const store = createAppStore();
  const controller = { setLabelScale: vi.fn() };
  let viewport = width;
  const stop = syncLabelScale(store, controller, () => viewport);
  const resize = (next: number) => {
    viewport = next;
    window.dispatchEvent(new Event('resize'));
  };
  return {
    store,
    controller,
    stop,
    resize,
    last: () => controller.setLabelScale.mock.lastCall?.[0],
  };
}

describe('the one writer of label sizes', () => {
  it('keeps desk sizes outside a tour, whatever the width', () => {
    const { last, resize } = setup(1920);
    expect(last()).toBe(1);
    resize(2560);
    expect(last()).toBe(1);
  });

  it('grows labels while a tour plays on a wide screen and restores them when it ends', () => {
    const { store, last } = setup(1920);
    store.getState().setActiveTour({ id: 'mini', step: 1 });
    expect(last()).toBe(1.5);
    store.getState().setActiveTour({ id: 'mini', step: 2 });
    expect(last()).toBe(1.5);
    store.getState().setActiveTour(null);
    expect(last()).toBe(1);
  });

  it('follows the viewport when the projector window is resized, and stops when unsubscribed', () => {
    const { store, last, resize, stop, controller } = setup(1280);
    store.getState().setActiveTour({ id: 'mini', step: 1 });
    expect(last()).toBe(1);
    resize(2560);
    expect(last()).toBe(2);
    stop();
    const calls = controller.setLabelScale.mock.calls.length;
    resize(1920);
    expect(controller.setLabelScale.mock.calls.length).toBe(calls);
  });
});
