/**
 * The tours the app knows: shipped ones (fetched when tours are first needed,
 * checked with the same rules as `npm run validate`) and the ones made in this
 * browser (IndexedDB, see data/tours/tour-storage). The panel, the player and
 * the presenter window share it.
 */
import type { StateCreator } from 'zustand';
import type { Tour } from '@/data/tour-schema';
import { SHIPPED_TOUR_URLS } from '@/data/tours/tour-files';
import type { DraftTour } from '@/data/tours/tour-storage';
import type { TourContext } from '@/data/validate/tour-rules';
import { nestedSetter } from './nested-slice';
import type { AppState } from './store';

export interface TourLibraryState {
  status: 'idle' | 'loading' | 'ready';
  shipped: Tour[];
  custom: DraftTour[];
  /** Stored records that could not be read (left in the database). */
  skipped: number;
  errors: string[];
  /** Writes to IndexedDB not yet finished: the panel says "saving…" and leaving warns. */
  pendingWrites: number;
  /** Loads shipped and stored tours once; later calls return the same promise. */
  ensureLoaded: (context: TourContext) => Promise<void>;
  saveCustom: (tour: DraftTour) => Promise<void>;
  removeCustom: (id: string) => Promise<void>;
}

export interface TourLibrarySlice {
  tourLibrary: TourLibraryState;
}

// Storage and the tour rules (with zod) load when tours are first needed, not with the store.
const tourStorage = () => import('@/data/tours/tour-storage');

async function fetchTour(id: string, url: string, context: TourContext): Promise<Tour | string> {
  try {
    const { checkTour, formatTourProblem } = await import('@/data/validate/tour-rules');
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

/** A playable tour by id (custom tours need at least one step). */
export function findTour(library: TourLibraryState, id: string): Tour | null {
  const shipped = library.shipped.find((tour) => tour.id === id);
  if (shipped) return shipped;
  const custom = library.custom.find((tour) => tour.id === id);
  return custom && custom.steps.length > 0 ? (custom as Tour) : null;
}

export const createTourLibrarySlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  TourLibrarySlice
> = (set, get) => {
  const update = nestedSetter(set, 'tourLibrary');
  let loading: Promise<void> | null = null;

  /** Counts a write while it is in flight, so nothing is lost to an early reload. */
  const tracked = async (write: Promise<void>): Promise<void> => {
    update((library) => ({ pendingWrites: library.pendingWrites + 1 }));
    try {
      await write;
    } finally {
      update((library) => ({ pendingWrites: library.pendingWrites - 1 }));
    }
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('beforeunload', (event) => {
      if (get().tourLibrary.pendingWrites > 0) event.preventDefault();
    });
  }

  return {
    tourLibrary: {
      status: 'idle',
      shipped: [],
      custom: [],
      skipped: 0,
      errors: [],
      pendingWrites: 0,
      ensureLoaded: (context) => {
        loading ??= (async () => {
          update({ status: 'loading' });
          const [fetched, stored] = await Promise.all([
            Promise.all(
              Object.entries(SHIPPED_TOUR_URLS).map(([id, url]) => fetchTour(id, url, context)),
            ),
            tourStorage().then((storage) => storage.loadStoredTours()),
          ]);
          const shipped = fetched.filter((entry): entry is Tour => typeof entry !== 'string');
          const errors = fetched.filter((entry): entry is string => typeof entry === 'string');
          for (const error of errors) console.error(error);
          update((library) => ({
            status: 'ready',
            shipped: shipped.sort((a, b) => a.id.localeCompare(b.id)),
            // A tour made while storage was still being read is kept (and being saved), not replaced.
            custom: [
              ...stored.tours.filter((tour) => !library.custom.some((made) => made.id === tour.id)),
              ...library.custom,
            ],
            skipped: stored.skipped,
            errors,
          }));
        })();
        return loading;
      },
      saveCustom: (tour) => {
        update((library) => {
          const exists = library.custom.some((entry) => entry.id === tour.id);
          return {
            custom: exists
              ? library.custom.map((entry) => (entry.id === tour.id ? tour : entry))
              : [...library.custom, tour],
          };
        });
        return tracked(tourStorage().then((storage) => storage.saveStoredTour(tour)));
      },
      removeCustom: (id) => {
        update((library) => ({ custom: library.custom.filter((tour) => tour.id !== id) }));
        return tracked(tourStorage().then((storage) => storage.deleteStoredTour(id)));
      },
    },
  };
};
