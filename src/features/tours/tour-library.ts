/**
 * The tours the app knows: shipped ones (fetched when tours are first
 * needed, checked with the same rules as `npm run validate`) and the ones
 * made in this browser (IndexedDB). A small store of its own, so the panel,
 * the player and the presenter window share it.
 */
import { createStore } from 'zustand/vanilla';
import type { Tour } from '@/data/tour-schema';
import { checkTour, formatTourProblem, type TourContext } from '@/data/validate/tour-rules';
import { SHIPPED_TOUR_URLS } from './tour-files';
import { deleteStoredTour, loadStoredTours, saveStoredTour, type DraftTour } from './tour-storage';

export interface TourLibraryState {
  status: 'idle' | 'loading' | 'ready';
  shipped: Tour[];
  custom: DraftTour[];
  /** Stored records that could not be read (left in the database). */
  skipped: number;
  errors: string[];
  /** Writes to IndexedDB not yet finished: the panel says "saving…" and leaving warns. */
  pendingWrites: number;
}

export const tourLibrary = createStore<TourLibraryState>()(() => ({
  status: 'idle',
  shipped: [],
  custom: [],
  skipped: 0,
  errors: [],
  pendingWrites: 0,
}));

/** Counts a write while it is in flight, so nothing is lost to an early reload. */
async function tracked(write: Promise<void>): Promise<void> {
  tourLibrary.setState((state) => ({ pendingWrites: state.pendingWrites + 1 }));
  try {
    await write;
  } finally {
    tourLibrary.setState((state) => ({ pendingWrites: state.pendingWrites - 1 }));
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (tourLibrary.getState().pendingWrites > 0) event.preventDefault();
  });
}

async function fetchTour(id: string, url: string, context: TourContext): Promise<Tour | string> {
  try {
    const response = await fetch(url);
    if (!response.ok) return `tours/${id}.json: HTTP ${response.status}`;
    const result = checkTour((await response.json()) as unknown, context);
    return result.ok
      ? result.tour
      : result.problems
          .map((problem) => `tours/${id}.json › ${formatTourProblem(problem)}`)
          .join('; ');
  } catch (error) {
    return `tours/${id}.json: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Loads shipped and stored tours once; later calls return the same promise. */
let loading: Promise<void> | null = null;
export function ensureToursLoaded(context: TourContext): Promise<void> {
  loading ??= (async () => {
    tourLibrary.setState({ status: 'loading' });
    const [fetched, stored] = await Promise.all([
      Promise.all(
        Object.entries(SHIPPED_TOUR_URLS).map(([id, url]) => fetchTour(id, url, context)),
      ),
      loadStoredTours(),
    ]);
    const shipped = fetched.filter((entry): entry is Tour => typeof entry !== 'string');
    const errors = fetched.filter((entry): entry is string => typeof entry === 'string');
    for (const error of errors) console.error(error);
    tourLibrary.setState((state) => ({
      status: 'ready',
      shipped: shipped.sort((a, b) => a.id.localeCompare(b.id)),
      // A tour made while storage was still being read is kept (and being saved), not replaced.
      custom: [
        ...stored.tours.filter((tour) => !state.custom.some((made) => made.id === tour.id)),
        ...state.custom,
      ],
      skipped: stored.skipped,
      errors,
    }));
  })();
  return loading;
}

/** A playable tour by id (custom tours need at least one step). */
export function findTour(state: TourLibraryState, id: string): Tour | null {
  const shipped = state.shipped.find((tour) => tour.id === id);
  if (shipped) return shipped;
  const custom = state.custom.find((tour) => tour.id === id);
  return custom && custom.steps.length > 0 ? (custom as Tour) : null;
}

export function saveCustomTour(tour: DraftTour): Promise<void> {
  tourLibrary.setState((state) => {
    const exists = state.custom.some((entry) => entry.id === tour.id);
    return {
      custom: exists
        ? state.custom.map((entry) => (entry.id === tour.id ? tour : entry))
        : [...state.custom, tour],
    };
  });
  return tracked(saveStoredTour(tour));
}

export function removeCustomTour(id: string): Promise<void> {
  tourLibrary.setState((state) => ({ custom: state.custom.filter((tour) => tour.id !== id) }));
  return tracked(deleteStoredTour(id));
}

/** For tests: forget what was loaded. */
export function resetTourLibrary(): void {
  loading = null;
  tourLibrary.setState({ status: 'idle', shipped: [], custom: [], skipped: 0, errors: [] });
}
