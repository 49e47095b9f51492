import { describe, expect, it, vi } from 'vitest';
import type { StoredTours } from './tour-storage';

// No shipped tours to fetch, and storage answers only when the test says so.
vi.mock('./tour-files', () => ({ SHIPPED_TOUR_URLS: {} }));
let answerStorage: (stored: StoredTours) => void = () => {};
vi.mock('./tour-storage', () => ({
  loadStoredTours: () =>
    new Promise<StoredTours>((resolve) => {
      answerStorage = resolve;
    }),
  saveStoredTour: () => Promise.resolve(),
  deleteStoredTour: () => Promise.resolve(),
}));

const { ensureToursLoaded, saveCustomTour, tourLibrary } = await import('./tour-library');

const draft = (id: string, zh: string) => ({
  id,
  title: { zh, en: zh },
  steps: [],
});

describe('the tour library', () => {
  it('keeps a tour made while stored tours are still loading', async () => {
    const loaded = ensureToursLoaded({} as never);
    expect(tourLibrary.getState().status).toBe('loading');
    await saveCustomTour(draft('tour-new', '新建讲解'));
    answerStorage({ tours: [draft('tour-old', '以前的讲解')], skipped: 0 });
    await loaded;
    const state = tourLibrary.getState();
    expect(state.status).toBe('ready');
    expect(state.custom.map((tour) => tour.id)).toEqual(['tour-old', 'tour-new']);
  });
});
