/**
 * Tours made in the app, kept in IndexedDB (via idb) so nothing is lost on
 * reload. Every record is versioned and parsed on the way out: a record that
 * no longer parses is skipped and left untouched in the database (never
 * deleted), so a later version can still migrate it.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { z } from '../../lib/zod.ts';
import { tourSchema, tourStepSchema } from '@/data/tour-schema';

const DATABASE = 'lishui-tours';
const STORE = 'tours';
export const TOUR_RECORD_VERSION = 1;

/** A tour being made may have no steps yet; export requires at least one. */
export const draftTourSchema = tourSchema.extend({
  steps: z.array(tourStepSchema).max(40),
});
export type DraftTour = z.infer<typeof draftTourSchema>;

const recordSchema = z
  .object({
    version: z.literal(TOUR_RECORD_VERSION),
    id: z.string(),
    updatedAt: z.number(),
    tour: draftTourSchema,
  })
  .strict();

export interface StoredTours {
  tours: DraftTour[];
  /** Records present but unreadable (kept in the database). */
  skipped: number;
}

let database: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> | null {
  if (typeof indexedDB === 'undefined') return null;
  database ??= openDB(DATABASE, 1, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
  return database;
}

export async function loadStoredTours(): Promise<StoredTours> {
  const db = open();
  if (!db) return { tours: [], skipped: 0 };
  try {
    const records: unknown[] = await (await db).getAll(STORE);
    const tours: Array<{ tour: DraftTour; updatedAt: number }> = [];
    let skipped = 0;
    for (const record of records) {
      const parsed = recordSchema.safeParse(record);
      if (parsed.success) tours.push(parsed.data);
      else skipped += 1;
    }
    tours.sort((a, b) => a.updatedAt - b.updatedAt);
    return { tours: tours.map((entry) => entry.tour), skipped };
  } catch {
    return { tours: [], skipped: 0 };
  }
}

export async function saveStoredTour(tour: DraftTour): Promise<void> {
  const db = open();
  if (!db) return;
  await (
    await db
  ).put(STORE, { version: TOUR_RECORD_VERSION, id: tour.id, updatedAt: Date.now(), tour });
}

export async function deleteStoredTour(id: string): Promise<void> {
  const db = open();
  if (!db) return;
  await (await db).delete(STORE, id);
}

/** A fresh id for a tour made in the app ("my-" + time in base 36). */
export function newTourId(now = Date.now()): string {
  return `my-${now.toString(36)}`;
}
