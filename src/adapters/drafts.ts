import type { DraftStore } from '../model/adapter.js';
import type { DraftsHandle } from './drafts-write.js';

export type { DraftStore } from '../model/adapter.js';

/** Version 1 kept the drafts only; version 2 adds a version per key, so tabs never overwrite each other unseen. */
const DRAFTS_VERSION = 2;

export type Change = { key: string; version: number; from: string };

/*
 * This module is the draft store's read half on the pages of the elements that edit drafts, and
 * loads after content elsewhere (drafts-offered.ts, through drafts-deferred.ts): so it imports nothing the IndexedDB adapter's
 * read path (indexeddb-current.ts) holds, which would then be a chunk of its own on every page, and
 * keeps its own two lines of it. `databaseName` is the one that names the databases; the drafts
 * tests check that this store's name is the one it gives.
 */
const databaseName = (dbName: string, viewerId: string) => `${dbName}--${encodeURIComponent(viewerId)}`;
/** A request's result as a promise. */
const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));

/**
 * Showing a draft needs this module only: writing one (drafts-write.ts) and the storage errors with
 * their messages load with the first write or failure.
 */
const writes = () => import('./drafts-write.js');
const storageErrors = () => import('../model/storage-errors.js');

/**
 * The drafts of one viewer in IndexedDB. Every write bumps the key's version in the same
 * transaction; `write` refuses a write made from an older version (another tab wrote since), and
 * `watch` hears the other tabs' writes (BroadcastChannel), so two tabs editing one draft agree.
 */
export function createDraftStore({ dbName = 'taiwa-drafts', viewerId }: { dbName?: string; viewerId: string }): DraftStore {
  const name = databaseName(dbName, viewerId);
  const me = crypto.randomUUID();
  let dbp: Promise<IDBDatabase> | undefined;
  // The browser's API alone (no `idb`): a page showing a draft loads no more than this module.
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, DRAFTS_VERSION);
      request.onupgradeneeded = (e) => {
        if (e.oldVersion < 1) request.result.createObjectStore('drafts');
        if (e.oldVersion < 2) request.result.createObjectStore('versions');
      };
      request.onsuccess = () => {
        // Another tab (or log-out) deleting or upgrading this database: let go at once (not after a
        // promise turn), so the deletion is not blocked by this connection.
        request.result.onversionchange = () => (request.result.close(), (dbp = undefined));
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    });
  const db = () =>
    (dbp ??= (typeof indexedDB === 'undefined' ? Promise.reject(new Error('no IndexedDB')) : open()).catch(async (err: unknown) => {
      dbp = undefined;
      const { TaiwaStorageError } = await storageErrors();
      throw err instanceof TaiwaStorageError
        ? err
        : new TaiwaStorageError('unavailable', 'Drafts cannot be kept in this browser (IndexedDB is unavailable).', err);
    }));
  /** Runs `fn` on the database; any failure is a `TaiwaStorageError` saying what did not happen. */
  const run = async <T>(what: string, fn: (d: IDBDatabase) => Promise<T>): Promise<T> => {
    try {
      return await fn(await db());
    } catch (err) {
      const { storageErrorOf, TaiwaConflictError } = await storageErrors();
      throw err instanceof TaiwaConflictError ? err : storageErrorOf(err, what);
    }
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`taiwa-drafts:${name}`) : undefined;
  const listeners = new Set<(key: string, version: number) => void>();
  if (channel) {
    channel.onmessage = (e: MessageEvent<Change>) => {
      const change = e.data;
      if (!change || change.from === me || typeof change.key !== 'string' || typeof change.version !== 'number') return;
      listeners.forEach((l) => l(change.key, change.version));
    };
  }
  const handle: DraftsHandle = { run, channel, me, done };
  /** Writes `value` (undefined: deletes) as the key's next version, if `expected` is still the stored one. */
  const put = async (key: string, value: unknown, expected?: number) => (await writes()).put(handle, key, value, expected);
  return {
    get: <T>(key: string) =>
      run(
        'The draft was not read',
        async (d) => (await done(d.transaction('drafts', 'readonly').objectStore('drafts').get(key))) as T | undefined,
      ),
    set: async (key, value) => void (await put(key, value)),
    delete: async (key) => void (await put(key, undefined)),
    keys: (prefix = '') =>
      run('The drafts were not read', async (d) =>
        ((await done(d.transaction('drafts', 'readonly').objectStore('drafts').getAllKeys())) as string[]).filter((k) =>
          k.startsWith(prefix),
        ),
      ),
    read: <T>(key: string) =>
      run('The draft was not read', async (d) => {
        const tx = d.transaction(['drafts', 'versions'], 'readonly');
        const [value, version] = await Promise.all([done(tx.objectStore('drafts').get(key)), done(tx.objectStore('versions').get(key))]);
        return { value: value as T | undefined, version: (version as number | undefined) ?? 0 };
      }),
    write: (key, value, version) => put(key, value, version),
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A draft store that lives only as long as the page: for pure UI mode and tests. */
export function createMemoryDraftStore(): DraftStore {
  const map = new Map<string, unknown>();
  const versions = new Map<string, number>();
  const bump = (key: string) => versions.set(key, (versions.get(key) ?? 0) + 1).get(key)!;
  return {
    get: async <T>(key: string) => structuredClone(map.get(key)) as T | undefined,
    set: async (key, value) => void (map.set(key, structuredClone(value)), bump(key)),
    delete: async (key) => void (map.delete(key), bump(key)),
    keys: async (prefix = '') => [...map.keys()].filter((k) => k.startsWith(prefix)),
    read: async <T>(key: string) => ({ value: structuredClone(map.get(key)) as T | undefined, version: versions.get(key) ?? 0 }),
    write: async (key, value, version) => {
      const stored = versions.get(key) ?? 0;
      if (stored !== version) {
        const current = structuredClone(map.get(key));
        const { TaiwaConflictError } = await storageErrors();
        throw new TaiwaConflictError({ kind: 'draft', id: key, current, revision: String(stored) });
      }
      map.set(key, structuredClone(value));
      return bump(key);
    },
  };
}
