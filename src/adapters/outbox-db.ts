/**
 * The outbox's IndexedDB, on the raw API so a host (or a test) can hand in its own `IDBFactory`.
 * One object store of entries keyed `kind|id`: a newer write of a record replaces the older one.
 */
import { storageErrorOf, TaiwaStorageError } from '../model/storage-errors.js';
import type { RecordKind } from '../model/records.js';
import type { EntryError } from '../model/outbox.js';

export type EntryState = 'pending' | 'sending' | 'needs-attention';

export type { EntryError } from '../model/outbox.js';

export interface OutboxEntry {
  /** `kind|id`. */
  key: string;
  kind: RecordKind;
  id: string;
  record: unknown;
  /** The same for every attempt of this write, so the server applies it once. */
  idempotencyKey: string;
  /** Order of the writes. */
  seq: number;
  state: EntryState;
  attempts: number;
  /** Epoch ms before which the entry is not retried. */
  nextAttemptAt: number;
  /** Epoch ms when the write was committed on this device. */
  savedAt: number;
  claimedBy?: string;
  /** Without Web Locks: a claim older than this is taken over by another tab. */
  leaseUntil?: number;
  lastError?: EntryError;
  /** The revision this write was made from (sent as If-Match), when the page had read or written one. */
  baseRevision?: string;
  /** After a 412: the stored version this write would have replaced, for the member's choice. */
  theirs?: { record: unknown; revision?: string };
}

const STORE = 'entries';

/** A storage failure in words a member understands; `quota` and `unavailable` say nothing was saved. */
export function storageError(err: unknown): TaiwaStorageError {
  return storageErrorOf(err, 'Not saved');
}

/**
 * A put inside a request's callback: a synchronous failure there (no room, a value that cannot be
 * stored) would be thrown into the event loop; instead the transaction is aborted, so the caller's
 * `transact` rejects and nothing half-done is kept.
 */
export function putOrAbort(store: IDBObjectStore, value: unknown): boolean {
  try {
    store.put(value);
    return true;
  } catch {
    try {
      store.transaction.abort();
    } catch {
      // Already finished.
    }
    return false;
  }
}

export class OutboxDb {
  private dbp: Promise<IDBDatabase> | undefined;
  private closed = false;

  constructor(
    private readonly factory: IDBFactory | undefined,
    readonly name: string,
  ) {}

  private open(): Promise<IDBDatabase> {
    if (this.dbp) return this.dbp;
    if (this.closed) return Promise.reject(new TaiwaStorageError('closed', 'Not saved: this outbox was closed (logged out).'));
    const factory = this.factory;
    if (!factory) return Promise.reject(new TaiwaStorageError('unavailable', 'Not saved: IndexedDB is not available in this browser.'));
    const p = new Promise<IDBDatabase>((resolve, reject) => {
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(this.name, 1);
      } catch (err) {
        reject(storageError(err));
        return;
      }
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
      req.onsuccess = () => {
        const db = req.result;
        // Another tab deleting (log-out) or upgrading: step aside. A forced close (storage cleared,
        // disk error) drops the connection; the next operation opens a new one.
        db.onversionchange = () => {
          db.close();
          if (this.dbp === p) this.dbp = undefined;
        };
        db.onclose = () => {
          if (this.dbp === p) this.dbp = undefined;
        };
        resolve(db);
      };
      req.onerror = () => reject(storageError(req.error));
    });
    this.dbp = p;
    p.catch(() => {
      if (this.dbp === p) this.dbp = undefined;
    });
    return p;
  }

  /**
   * Runs `body` in one transaction and resolves with what `body`'s returned getter gives once the
   * transaction committed. `strict` waits until the write is on disk: for what the member is told is
   * saved. Bookkeeping (claims, outcomes) is `relaxed`: if it is lost, the write is sent again under
   * the same Idempotency-Key, which the server answers without storing it twice.
   */
  async transact<T>(
    mode: IDBTransactionMode,
    body: (store: IDBObjectStore) => () => T,
    durability: 'strict' | 'relaxed' = 'relaxed',
  ): Promise<T> {
    try {
      return await this.attempt(mode, body, durability);
    } catch (err) {
      // The connection was lost (closed under us): nothing was written, so open a new one and try
      // once more. A second failure is reported.
      if (!(err instanceof TaiwaStorageError) || err.code !== 'reconnect') throw err;
      try {
        return await this.attempt(mode, body, durability);
      } catch (again) {
        if (again instanceof TaiwaStorageError && again.code === 'reconnect')
          throw new TaiwaStorageError('unavailable', again.message, again.cause);
        throw again;
      }
    }
  }

  private async attempt<T>(
    mode: IDBTransactionMode,
    body: (store: IDBObjectStore) => () => T,
    durability: 'strict' | 'relaxed',
  ): Promise<T> {
    const dbp = this.open();
    const db = await dbp;
    const lost = () => {
      if (this.dbp === dbp) this.dbp = undefined;
    };
    return new Promise<T>((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = db.transaction(STORE, mode, { durability });
      } catch (err) {
        lost();
        const error = storageError(err);
        reject(
          error.code === 'unavailable' && (err as { name?: string }).name === 'InvalidStateError'
            ? new TaiwaStorageError('reconnect', error.message, err)
            : error,
        );
        return;
      }
      let result: () => T;
      try {
        result = body(tx.objectStore(STORE));
      } catch (err) {
        try {
          tx.abort();
        } catch {
          // Already finished.
        }
        reject(storageError(err));
        return;
      }
      tx.oncomplete = () => resolve(result());
      tx.onabort = () => {
        const error = storageError(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
        if (error.code === 'unavailable') lost();
        reject(error);
      };
    });
  }

  all(): Promise<OutboxEntry[]> {
    return this.transact('readonly', (store) => {
      const req = store.getAll();
      return () => (req.result as OutboxEntry[]).sort((a, b) => a.seq - b.seq);
    });
  }

  /** Closes the connection for good: later operations fail with `closed`. */
  close(): void {
    this.closed = true;
    const p = this.dbp;
    this.dbp = undefined;
    void p?.then(
      (db) => db.close(),
      () => undefined,
    );
  }
}

/** Deletes a database; resolves `blocked` when a connection elsewhere holds it (it goes once that closes). */
export function deleteDatabase(factory: IDBFactory | undefined, name: string): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve, reject) => {
    if (!factory) return resolve('deleted');
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve('deleted');
    req.onerror = () => reject(storageErrorOf(req.error, `${name} was not deleted`));
    req.onblocked = () => resolve('blocked');
  });
}
