import { openDB, type IDBPDatabase } from 'idb';
import { TaiwaStorageError } from '../core/errors.js';

/**
 * Where unfinished work lives: a member's draft agenda or rating, and private memos. Always on this
 * device (IndexedDB, one database per viewer), whatever the backend, so a reload, a crash or a
 * closed tab loses nothing and a private memo never needs a server.
 */
export interface DraftStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every key that starts with `prefix`. */
  keys(prefix?: string): Promise<string[]>;
}

export function createDraftStore({ dbName = 'taiwa-drafts', viewerId }: { dbName?: string; viewerId: string }): DraftStore {
  let dbp: Promise<IDBPDatabase> | undefined;
  const db = () =>
    (dbp ??= openDB(`${dbName}--${encodeURIComponent(viewerId)}`, 1, {
      upgrade: (d) => void d.createObjectStore('drafts'),
      // Another tab (or log-out) deleting or upgrading this database: let go instead of blocking it.
      blocking: () => {
        void dbp?.then((d) => d.close());
        dbp = undefined;
      },
    }).catch((err: unknown) => {
      dbp = undefined;
      throw new TaiwaStorageError('unavailable', 'Drafts cannot be kept in this browser (IndexedDB is unavailable).', err);
    }));
  const write = async (fn: (d: IDBPDatabase) => Promise<unknown>) => {
    try {
      await fn(await db());
    } catch (err) {
      if (err instanceof TaiwaStorageError) throw err;
      const quota = (err as { name?: string })?.name === 'QuotaExceededError';
      throw new TaiwaStorageError(quota ? 'quota' : 'failed', quota ? 'No room left in this browser to keep the draft.' : 'The draft could not be kept on this device.', err);
    }
  };
  return {
    async get<T>(key: string) {
      return (await (await db()).get('drafts', key)) as T | undefined;
    },
    set: (key, value) =>
      write(async (d) => {
        const tx = d.transaction('drafts', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put(value, key), tx.done]);
      }),
    delete: (key) => write((d) => d.delete('drafts', key)),
    async keys(prefix = '') {
      const all = (await (await db()).getAllKeys('drafts')) as string[];
      return all.filter((k) => k.startsWith(prefix));
    },
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
