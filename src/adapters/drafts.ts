import { openDB, type IDBPDatabase } from 'idb';
import { storageErrorOf, TaiwaStorageError } from '../model/errors.js';
import { databaseName } from './db-names.js';
import type { DraftStore } from '../model/adapter.js';

export type { DraftStore } from '../model/adapter.js';

export function createDraftStore({ dbName = 'taiwa-drafts', viewerId }: { dbName?: string; viewerId: string }): DraftStore {
  let dbp: Promise<IDBPDatabase> | undefined;
  const db = () =>
    (dbp ??= openDB(databaseName(dbName, viewerId), 1, {
      upgrade: (d) => void d.createObjectStore('drafts'),
      // Another tab (or log-out) deleting or upgrading this database: let go at once (not after a
      // promise turn), so the deletion is not blocked by this connection.
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        dbp = undefined;
      },
    }).catch((err: unknown) => {
      dbp = undefined;
      throw err instanceof TaiwaStorageError
        ? err
        : new TaiwaStorageError('unavailable', 'Drafts cannot be kept in this browser (IndexedDB is unavailable).', err);
    }));
  /** Runs `fn` on the database; any failure is a `TaiwaStorageError` saying what did not happen. */
  const run = async <T>(what: string, fn: (d: IDBPDatabase) => Promise<T>): Promise<T> => {
    try {
      return await fn(await db());
    } catch (err) {
      throw storageErrorOf(err, what);
    }
  };
  return {
    get: <T>(key: string) => run('The draft was not read', async (d) => (await d.get('drafts', key)) as T | undefined),
    set: (key, value) =>
      run('The draft was not kept on this device', async (d) => {
        const tx = d.transaction('drafts', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put(value, key), tx.done]);
      }),
    delete: (key) => run('The draft was not deleted', (d) => d.delete('drafts', key)),
    keys: (prefix = '') =>
      run('The drafts were not read', async (d) => ((await d.getAllKeys('drafts')) as string[]).filter((k) => k.startsWith(prefix))),
  };
}

/** A draft store that lives only as long as the page: for pure UI mode and tests. */
export function createMemoryDraftStore(): DraftStore {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => structuredClone(map.get(key)) as T | undefined,
    set: async (key, value) => void map.set(key, structuredClone(value)),
    delete: async (key) => void map.delete(key),
    keys: async (prefix = '') => [...map.keys()].filter((k) => k.startsWith(prefix)),
  };
}
