/**
 * What the member (or the host) does with the writes the outbox keeps: list the undelivered ones,
 * change or discard one, download them all, and log out of this device.
 */
import type { RecordKind } from '../model/records.js';
import type { OutboxExport, OutboxItem } from '../model/outbox.js';
import { databaseName } from './indexeddb-current.js';
import { deleteDatabase, storageError, type OutboxEntry } from './outbox-db.js';
import { clearWriteAhead } from '../core/write-ahead.js';
import { keyOf, type LogoutResult, type OutboxShared } from './outbox-shared.js';
import { recordStatus } from './outbox-status.js';

/** Every undelivered write, with its record. */
export async function itemsOf(shared: OutboxShared): Promise<OutboxItem[]> {
  return (await shared.db.all()).map((e) => ({ ...recordStatus(e), record: e.record, ...(e.theirs ? { theirs: e.theirs } : {}) }));
}

/**
 * Commits a write on this device (`strict`). It is made from the revision `seen`, unless an earlier
 * write of the record is still undelivered: then from the revision that one was made from.
 */
export async function enqueue(shared: OutboxShared, entry: OutboxEntry, seen: string | undefined): Promise<void> {
  let failure: unknown;
  try {
    await shared.db.transact(
      'readwrite',
      (store) => {
        const req = store.get(entry.key);
        req.onsuccess = () => {
          const earlier = req.result as OutboxEntry | undefined;
          const base = earlier ? earlier.baseRevision : seen;
          try {
            store.put(base === undefined ? entry : { ...entry, baseRevision: base });
          } catch (err) {
            // Reported as what it is (no room, ...), not as the abort it causes.
            failure = err;
            store.transaction.abort();
          }
        };
        return () => undefined;
      },
      'strict',
    );
  } catch (err) {
    throw failure === undefined ? err : storageError(failure);
  }
}

/** What was read is what the next write of each record is made from: its revision, by `kind|id`. */
export function noteRevisions(shared: OutboxShared, kind: RecordKind, records: readonly unknown[]): void {
  for (const r of records) {
    const id = (r as { id?: unknown } | null)?.id;
    const revision = typeof id === 'string' ? shared.inner.revisionOf?.(kind, id) : undefined;
    if (revision !== undefined) shared.revisions.set(keyOf(kind, id as string), revision);
  }
}

/** Rewrites (or, when `fn` gives nothing, deletes) the entries of record `id` in one transaction. */
export async function updateEntries(
  shared: OutboxShared,
  id: string,
  kind: RecordKind | undefined,
  fn: (e: OutboxEntry) => OutboxEntry | undefined,
): Promise<void> {
  await shared.db.transact('readwrite', (store) => {
    const req = store.getAll();
    req.onsuccess = () => {
      for (const e of req.result as OutboxEntry[]) {
        if (e.id !== id || (kind && e.kind !== kind)) continue;
        const next = fn(e);
        if (next) store.put(next);
        else store.delete(e.key);
      }
    };
    return () => undefined;
  });
}

/** "Keep mine" after a 412: the same record, sent again on top of the stored revision. */
export const asKeepMine = (e: OutboxEntry): OutboxEntry => {
  const { theirs, baseRevision: _old, ...rest } = asRetry(e);
  return theirs?.revision === undefined ? rest : { ...rest, baseRevision: theirs.revision };
};

/** A refused (or waiting) write made new: sent again now, as a new attempt. */
export const asRetry = (e: OutboxEntry): OutboxEntry => ({
  ...e,
  state: 'pending',
  attempts: 0,
  nextAttemptAt: 0,
  idempotencyKey: crypto.randomUUID(),
});

/**
 * Deletes the viewer's databases on this device: the outbox, the draft store (with its private
 * memos), the local adapter's database unless `localDbName` is `false`, and the wrapped adapter's
 * own when it has `destroy()`. Call it with the outbox closed.
 */
export async function deleteViewerData(shared: OutboxShared, viewerId: string): Promise<LogoutResult> {
  const { options } = shared;
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const names = [shared.name, databaseName(options.draftsDbName ?? 'taiwa-drafts', viewerId)];
  const localDb = options.localDbName ?? 'taiwa';
  if (localDb !== false) names.push(databaseName(localDb, viewerId));
  const result: LogoutResult = { deleted: [], blocked: [] };
  clearWriteAhead(viewerId);
  for (const name of names) result[(await deleteDatabase(factory, name)) === 'deleted' ? 'deleted' : 'blocked'].push(name);
  const inner = shared.inner as { destroy?: () => Promise<void> };
  if (typeof inner.destroy === 'function') await inner.destroy();
  return result;
}

/** Every undelivered write with its record, as JSON the member can download and keep. */
export async function exportOf(shared: OutboxShared, viewerId: string): Promise<OutboxExport> {
  const records = await itemsOf(shared);
  return { format: 'taiwa-outbox-export', version: 1, viewerId, exportedAt: new Date().toISOString(), records };
}
