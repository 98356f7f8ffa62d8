/**
 * The seam between Taiwa's widgets and any backend. A host implements this one small interface;
 * Taiwa validates every value that crosses it, in both directions, with the model's schemas.
 */
import type { Locale, Person } from './schemas.js';
import type { RecordKind, RecordMap } from './records.js';
import type { InsightKind, InsightQueries, InsightResults } from './insights.js';
import type { TaiwaDataError } from './errors.js';

export type { RecordKind, RecordMap, TaiwaRecord } from './records.js';

/** A read: every field narrows the result; an empty query returns every record of the kind. */
export interface RecordQuery {
  /** Records whose member or manager is this person. */
  personId?: string;
  /** Records of this session (for `session` records: the session with this id). */
  sessionId?: string;
  /** `createdAt` at or after this ISO time. */
  from?: string;
  /** `createdAt` before this ISO time. */
  to?: string;
}

/** A write's precondition on the stored record's revision (both optional; at most one). */
export interface WriteOptions {
  /** Write only while this is the stored revision; otherwise reject with `TaiwaConflictError`. */
  ifMatch?: string;
  /** `'*'`: write only when no record with this id is stored (a create). */
  ifNoneMatch?: '*';
}

/** What an adapter with revisions answers to a write. */
export interface WriteResult {
  /** The revision the write made (what `ifMatch` takes next). */
  revision: string;
}

/** The sharing policy a backend (or, in browser-only mode, the provider) sets. */
export interface SharingPolicy {
  /** Whether a member's すっきり度 and answers are shown to the manager by name when the member did not choose. */
  shareRatingsByDefault: boolean;
  /** The minimum ratings behind any aggregate the manager sees. */
  k: number;
}

export interface TaiwaAdapter {
  /**
   * Stores `record` as the one record of `kind` with `record.id`: an idempotent upsert, so the same
   * write sent twice leaves one record. Resolves once the write is durable. An adapter with revisions
   * honours `options` (a stale `ifMatch` rejects with `TaiwaConflictError`, nothing written) and
   * resolves with the new revision; without options, writes apply in arrival order.
   */
  put<K extends RecordKind>(kind: K, record: RecordMap[K], options?: WriteOptions): Promise<void | WriteResult>;
  /**
   * The records of `kind` that match `query`. Taiwa validates each item it gets back: an invalid one
   * becomes a `TaiwaDataError` and the valid ones beside it still arrive.
   */
  query<K extends RecordKind>(kind: K, query: RecordQuery): Promise<RecordMap[K][]>;
  /**
   * Optional: an aggregate computed where the data lives (`'strengths'` first), so a widget never
   * computes from raw records the adapter could aggregate, and a browser never receives ratings it
   * may not see. Answers are validated with the model's `insightSchemas`.
   */
  aggregate?<I extends InsightKind>(insight: I, query: InsightQueries[I]): Promise<InsightResults[I]>;
  /** Optional: the host's catalogue override for a locale (see `CatalogOverride`). */
  catalog?(locale: Locale): Promise<unknown>;
  /**
   * Optional: the people the viewer may see (the `person` kind: themselves, their manager, their
   * direct reports), read-only, so widgets show names and the team without the host passing them.
   * A member of its own rather than a record kind: people are never written through an adapter,
   * have no timestamps and never enter the outbox. Validated by the guard with the `Person` schema.
   */
  people?(): Promise<Person[]>;
  /**
   * Optional, with revisions: the revision of a record this adapter last saw (read or written from
   * this page), or undefined. The outbox sends it as `ifMatch` with the next write of that record.
   */
  revisionOf?(kind: RecordKind, id: string): string | undefined;
  /**
   * Optional: the backend's sharing policy (who sees what by default, and k). Without it the
   * provider's `policy` applies, and without that nothing is shown to the manager by name.
   */
  policy?(): Promise<SharingPolicy>;
  /** True when records never leave this device; a private memo is only stored where this holds. */
  readonly local?: boolean;
  /** Optional: release connections. */
  close?(): void;
}


/** A read through the guard: the valid records, and one (capped) error for those that failed. */
export interface QueryResult<T> {
  records: T[];
  /** At most one error for the records that failed validation: a summary with `count` and the first few `examples` (or one for the whole answer). */
  errors: TaiwaDataError[];
}

/** What widgets talk to: an adapter whose every answer is validated (see `guard`). */
export interface GuardedAdapter {
  readonly adapter: TaiwaAdapter;
  put<K extends RecordKind>(kind: K, record: RecordMap[K]): Promise<RecordMap[K]>;
  query<K extends RecordKind>(kind: K, query: RecordQuery): Promise<QueryResult<RecordMap[K]>>;
  /**
   * An aggregate, validated with `insightSchemas` (a bad answer is a `TaiwaDataError`). From the
   * adapter's own `aggregate` when it has one; otherwise computed here from its records.
   */
  aggregate<I extends InsightKind>(insight: I, query?: InsightQueries[I]): Promise<AggregateResult<I>>;
  /** The adapter's people, validated (none when the adapter has no `people`). */
  people(): Promise<QueryResult<Person>>;
}

/** An aggregate through the guard: the validated answer, and an error for records left out. */
export interface AggregateResult<I extends InsightKind> {
  result: InsightResults[I];
  errors: TaiwaDataError[];
}

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
  /** Optional, versioned drafts: the value with its version (0 when nothing is stored). */
  read?<T>(key: string): Promise<{ value: T | undefined; version: number }>;
  /**
   * Optional: writes `value` only while `version` is still the stored one (another tab did not write
   * since), else rejects with a `TaiwaConflictError` holding the stored value. Resolves with the new version.
   */
  write?(key: string, value: unknown, version: number): Promise<number>;
  /** Optional: `listener` hears each key another tab changed, with its new version. Returns the unsubscribe. */
  watch?(listener: (key: string, version: number) => void): () => void;
}
