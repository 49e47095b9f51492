/**
 * The planner's IndexedDB database itself: its name, stores and opening, and
 * whether it holds anything. Small on purpose (idb only, no schemas): the app
 * asks it at start whether the planner has saved layers or sites to restore,
 * and loads the planner (and its record schemas, planner-db.ts) only if so.
 */
import { openDB, type IDBPDatabase } from 'idb';

const DB_NAME = 'lishui-planner';
const DB_VERSION = 1;
export const LAYERS = 'userLayers';
export const SITES = 'candidateSites';

let database: Promise<IDBPDatabase> | null = null;

/** The planner's database, created with both stores on first use; one connection per page. */
export function openPlannerDatabase(): Promise<IDBPDatabase> {
  database ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(LAYERS)) db.createObjectStore(LAYERS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SITES)) db.createObjectStore(SITES, { keyPath: 'id' });
    },
  });
  return database;
}

/** Whether any user layer or candidate site is stored, valid or not (a count, nothing parsed). */
export async function hasStoredPlannerRecords(): Promise<boolean> {
  const db = await openPlannerDatabase();
  return (await db.count(LAYERS)) + (await db.count(SITES)) > 0;
}
