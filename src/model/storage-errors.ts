/**
 * The errors of storage and delivery (unavailable, quota, blocked, a conflicting revision) and the one
 * mapping of a browser-storage failure to words a member understands. Loaded where a failure is
 * handled (an adapter's write, a failed read), not by a page that only shows stored records.
 */
/** Any failure that is not bad data: storage unavailable, quota, network. */
export class TaiwaStorageError extends Error {
  override readonly name = 'TaiwaStorageError';
  /** A short machine-readable code: `unavailable`, `quota`, `blocked`, `network`, `timeout`, ... */
  readonly code: string;
  constructor(code: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

/**
 * A write made from a revision that is no longer the stored one (`If-Match` moved on, or a create of
 * a record that exists): nothing was written. The same error from every adapter (HTTP 412 on REST),
 * with the stored record and its revision, so the person can keep theirs or take the stored one.
 */
export class TaiwaConflictError extends TaiwaStorageError {
  declare readonly code: 'conflict';
  /** As on an HTTP error: 412. */
  readonly status = 412;
  /** The record stored now (undefined when there is none). */
  readonly current: unknown;
  /** The stored record's revision, to write on top of it (`ifMatch`). */
  readonly revision: string | undefined;
  /** The server's problem details, when a server sent them. */
  readonly problem: { title?: string; detail?: string; field?: string; rule?: string } | undefined;
  constructor(init: { kind: string; id: string; current?: unknown; revision?: string | undefined; problem?: TaiwaConflictError['problem']; cause?: unknown }) {
    super('conflict', `Not saved: this ${init.kind} was changed elsewhere since it was read (${init.id}).`, init.cause);
    this.current = init.current;
    this.revision = init.revision;
    this.problem = init.problem ?? { rule: 'stale-revision' };
  }
  /** Never: the same write would be refused again; the person chooses. */
  get retryable(): boolean {
    return false;
  }
}

/**
 * The browser's storage is held at an older version by another open tab, so this page's upgrade
 * waits. `until` settles once that tab closed (or let go) and the upgrade ran: a widget shows the
 * person what to do (close the other tab) and tries again by itself then.
 */
export class TaiwaBlockedError extends TaiwaStorageError {
  declare readonly code: 'blocked';
  readonly until: Promise<unknown>;
  constructor(message: string, until: Promise<unknown>) {
    super('blocked', message);
    this.until = until;
  }
}

const UNAVAILABLE = ['InvalidStateError', 'UnknownError', 'AbortError', 'TransactionInactiveError', 'NotFoundError', 'SecurityError', 'VersionError'];

/** The IndexedDB adapter's error where the browser has no IndexedDB at all. */
export function noIndexedDb(): TaiwaStorageError {
  return new TaiwaStorageError(
    'unavailable',
    'IndexedDB is not available in this browser (private mode, or site storage is turned off), so Taiwa cannot save here.',
  );
}

/**
 * The one mapping of a browser-storage (IndexedDB) failure to words a member understands. `what` says
 * what did not happen (`Not saved`, `The draft was not read`); the code says why: `quota` (no room),
 * `unavailable` (storage closed, failed or turned off), `blocked` (another tab holds the database),
 * `failed` (anything else). A `TaiwaStorageError` passes through unchanged.
 */
export function storageErrorOf(err: unknown, what: string): TaiwaStorageError {
  if (err instanceof TaiwaStorageError) return err;
  const name = (err as { name?: unknown } | null)?.name;
  const type = (err as { type?: unknown } | null)?.type;
  if (name === 'QuotaExceededError') {
    return new TaiwaStorageError('quota', `${what}: this device has no room left for Taiwa. Free some space, then try again.`, err);
  }
  if (name === 'BlockedError' || type === 'blocked') {
    return new TaiwaStorageError('blocked', `${what}: another Taiwa tab holds this browser’s storage open. Close it, then try again.`, err);
  }
  if (typeof name === 'string' && UNAVAILABLE.includes(name)) {
    return new TaiwaStorageError('unavailable', `${what}: this browser’s storage closed or failed. Try again; if it keeps failing, reload the page.`, err);
  }
  return new TaiwaStorageError('failed', `${what}: ${err instanceof Error ? err.message : String(err)}`, err);
}
