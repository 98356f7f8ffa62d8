/** The REST adapter's public shape: its options, events and the members beyond `TaiwaAdapter`. */
import type { Person } from '../model/schemas.js';
import type { RecordKind, RecordMap } from '../model/records.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import type { TypedEventTarget } from '../events/typed-event-target.js';
import type { TaiwaAuthRequiredEvent } from '../events/auth-required.js';
import type { TaiwaResumedEvent } from '../events/auth-resumed.js';
import type { TaiwaAdapter, WriteOptions, WriteResult } from './types.js';

/** The events the REST adapter fires. */
export interface RestAdapterEventMap {
  /** A 401 (or a failed `getHeaders`): writes pause until `resume()`. */
  'auth-required': TaiwaAuthRequiredEvent;
  /** `resume()` lifted the pause. */
  resumed: TaiwaResumedEvent;
}

export interface RestAdapterOptions {
  /** Where the contract lives, e.g. `https://portal.example/taiwa` (records at `{baseUrl}/records/...`). */
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Called before every request, e.g. to add the portal's current token. */
  getHeaders?: () => Record<string, string> | Promise<Record<string, string>>;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** How long one request may take, in milliseconds (default 15 000). */
  timeoutMs?: number;
  /** `credentials` of every request (default `same-origin`). */
  credentials?: RequestCredentials;
}

/** Per-call extras, used by the outbox: its stored key (so a retry is the same write), headers, the revision precondition. */
export interface PutOptions extends WriteOptions {
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** The server's answer to `POST {base}/me/import`. */
export interface ImportAnswer {
  imported: number;
  unchanged: number;
  stripped: { memos: number; actions: number };
  refused: { kind: string; id?: string; status: number; rule?: string; field?: string; detail?: string }[];
}

export interface RestAdapter extends TaiwaAdapter, TypedEventTarget<RestAdapterEventMap> {
  people(): Promise<Person[]>;
  importRecords(records: Partial<Record<RecordKind, unknown[]>>): Promise<ImportAnswer>;
  readonly local: false;
  readonly baseUrl: string;
  /** True after a 401 until `resume()`: writes fail fast with code `paused`. */
  readonly paused: boolean;
  /** A 412 (stale `ifMatch`) rejects with `TaiwaConflictError`; resolves with the server's revision (its `ETag`). */
  put<K extends RecordKind>(kind: K, record: RecordMap[K], options?: PutOptions): Promise<WriteResult>;
  /** The revision the server last gave for a record, in a list answer or a write's `ETag`. */
  revisionOf(kind: RecordKind, id: string): string | undefined;
  /** `GET {baseUrl}/insights/{insight}?…`: the aggregate computed by the server. */
  aggregate<I extends InsightKind>(insight: I, query: InsightQueries[I]): Promise<InsightResults[I]>;
  /** The host signed the user in again: writes may go out again (fires `resumed`). */
  resume(): void;
  /** Same as `resume()`. */
  reauthenticated(): void;
}
