import type { Page } from '@playwright/test';

/** Raw IndexedDB records for one object store (keyPath "id"), as a browser holds them. */
export interface StoredRecords {
  database: string;
  version: number;
  stores: Record<string, readonly unknown[]>;
}

/**
 * Writes records straight into this origin's IndexedDB and localStorage, as an
 * earlier version of the app left them, bypassing the app's own code.
 */
export async function writeBrowserStorage(
  page: Page,
  databases: StoredRecords[],
  local: Record<string, string>,
): Promise<void> {
  await page.evaluate(
    async ({ databases, local }) => {
      for (const [key, value] of Object.entries(local)) localStorage.setItem(key, value);
      for (const { database, version, stores } of databases) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(database, version);
          request.onupgradeneeded = () => {
            for (const name of Object.keys(stores))
              if (!request.result.objectStoreNames.contains(name))
                request.result.createObjectStore(name, { keyPath: 'id' });
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(Object.keys(stores), 'readwrite');
          for (const [name, records] of Object.entries(stores))
            for (const record of records) transaction.objectStore(name).put(record);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      }
    },
    { databases, local },
  );
}
