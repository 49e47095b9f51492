import { describe, expect, it, vi } from 'vitest';
import type { StoredTours } from '@/data/tours/tour-storage';

// No shipped tours to fetch, and storage answers only when the test says so.
vi.mock('@/data/tours/tour-files', () => ({ SHIPPED_TOUR_URLS: {} }));
let answerStorage: (stored: StoredTours) => void = () => {};
vi.mock('@/data/tours/tour-storage', () => ({
  loadStoredTours: () =>
    new Promise<StoredTours>((resolve) => {
      answerStorage = resolve;
    }),
  saveStoredTour: () => Promise.resolve(),
  deleteStoredTour: () => Promise.resolve(),
}));

const { createAppStore } = await import('./store');

const draft = (id: string, zh: string) => ({
  id,
  title: { zh, en: zh },
  steps: [],
});

describe('the tour library', () => {
  it('keeps a tour made while stored tours are still loading', async () => {
    const store = createAppStore();
    const library = () => store.getState().tourLibrary;
    const loaded = library().ensureLoaded({} as never);
    expect(library().status).toBe('loading');
    await library().saveCustom(draft('tour-new', '新建讲解'));
    answerStorage({ tours: [draft('tour-old', '以前的讲解')], skipped: 0 });
    await loaded;
    const state = library();
    expect(state.status).toBe('ready');
    expect(state.custom.map((tour) => tour.id)).toEqual(['tour-old', 'tour-new']);
  });
});
