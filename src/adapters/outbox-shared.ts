/**
 * What the outbox's parts share: its options, its database, the wrapped adapter and the few flags
 * every part reads (closed, paused for sign-in, held by a `Retry-After`).
 */
import { TaiwaDataError } from '../model/data-error.js';
import type { TaiwaAdapter } from './types.js';
import type { OutboxDb } from './outbox-db.js';

export interface OutboxOptions {
  /** Whose writes these are: each viewer has their own outbox database. */
  viewerId: string;
  /** Prefix of the database name (default `taiwa-outbox`); the viewer id is appended. */
  dbName?: string;
  /**
   * The `dbName` given to `createDraftStore` (default `taiwa-drafts`): that viewer's draft store, with
   * its private memos, is deleted on `logout()`.
   */
  draftsDbName?: string;
  /**
   * The `dbName` given to `createIndexedDbAdapter` (default `taiwa`): that viewer's database is deleted
   * on `logout()` if there is one (a portal that switched from the embedded default); `false` keeps it.
   */
  localDbName?: string | false;
  /** The IndexedDB factory to use (default: the browser's). */
  indexedDB?: IDBFactory;
  /** First retry delay in ms (default 1000); doubles per attempt, with jitter. */
  baseDelayMs?: number;
  /** Longest retry delay in ms (default 300 000). Entries are never dropped or expired. */
  maxDelayMs?: number;
  /** Deliveries in parallel (default 4). */
  concurrency?: number;
  /** Writes claimed per transaction (default 25). */
  batchSize?: number;
  /** Random source for the jitter (tests pass a seeded one). */
  random?: () => number;
}

export interface LogoutResult {
  /** Databases deleted. */
  deleted: string[];
  /** Databases another connection still holds; the browser deletes them once it closes. */
  blocked: string[];
}

/** The state the queue, delivery, status and tab parts of one outbox share. */
export interface OutboxShared {
  readonly inner: TaiwaAdapter;
  readonly options: OutboxOptions;
  readonly db: OutboxDb;
  /** The outbox database, `<dbName>--<viewerId>`. */
  readonly name: string;
  readonly flusherId: string;
  /** Where the parts fire their events: the outbox itself. */
  readonly target: EventTarget;
  closed: boolean;
  /** A delivery was refused for sign-in: nothing goes out until `resume()`. */
  pausedAuth: boolean;
  /** No delivery before this time (epoch ms): the server asked with `Retry-After`. */
  holdUntil: number;
  /** The revision each record was last seen at (read, delivered, or refused with), by `kind|id`. */
  revisions: Map<string, string>;
}

export const keyOf = (kind: string, id: string) => `${kind}|${id}`;

/** Whether the browser says it is offline. */
export const offline = () => globalThis.navigator?.onLine === false;

/** The viewer id from the options, checked: each viewer gets their own outbox. */
export function viewerIdOf(options: OutboxOptions | undefined): string {
  const viewerId = options?.viewerId;
  if (typeof viewerId === 'string' && viewerId !== '') return viewerId;
  throw new TaiwaDataError({ kind: 'adapter', field: 'viewerId', reason: 'withOutbox needs the viewer id, so each viewer gets their own outbox' });
}
