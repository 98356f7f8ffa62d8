/**
 * The draft store's writes (drafts.ts reads, and loads this module with the first write): every write
 * bumps the key's version in the same transaction, a versioned write made from an older version is
 * refused with a `TaiwaConflictError`, and the other tabs hear of each write.
 */
import { TaiwaConflictError } from '../model/storage-errors.js';
import type { Change } from './drafts.js';

/** What a draft store shares with its write half. */
export interface DraftsHandle {
  /** Runs `fn` on the database; any failure is a `TaiwaStorageError` saying what did not happen. */
  run<T>(what: string, fn: (d: IDBDatabase) => Promise<T>): Promise<T>;
  channel: BroadcastChannel | undefined;
  /** This store's id, so its own changes are not heard back. */
  me: string;
  /** A request's result as a promise (drafts.ts's). */
  done<T>(request: IDBRequest<T>): Promise<T>;
}

/** Writes `value` (undefined: deletes) as the key's next version, if `expected` is still the stored one. */
export const put = (handle: DraftsHandle, key: string, value: unknown, expected?: number): Promise<number> =>
  handle.run(value === undefined ? 'The draft was not deleted' : 'The draft was not kept on this device', async (d) => {
    const { done } = handle;
    const tx = d.transaction(['drafts', 'versions'], 'readwrite', { durability: 'strict' });
    const finished = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
    });
    // Awaited below on every path but a failed first read, whose own error is the one reported.
    finished.catch(() => undefined);
    const version = ((await done(tx.objectStore('versions').get(key))) as number | undefined) ?? 0;
    if (expected !== undefined && expected !== version) {
      const current: unknown = await done(tx.objectStore('drafts').get(key));
      tx.abort();
      await finished.catch(() => undefined);
      throw new TaiwaConflictError({ kind: 'draft', id: key, current, revision: String(version) });
    }
    const drafts = tx.objectStore('drafts');
    await Promise.all([
      value === undefined ? done(drafts.delete(key)) : done(drafts.put(value, key)),
      done(tx.objectStore('versions').put(version + 1, key)),
      finished,
    ]);
    handle.channel?.postMessage({ key, version: version + 1, from: handle.me } satisfies Change);
    return version + 1;
  });
