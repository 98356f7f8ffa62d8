/**
 * The seam between Taiwa's widgets and any backend. A host implements this one small interface;
 * Taiwa validates every value that crosses it, in both directions, with the model's schemas.
 */
import type { Locale } from '../model/schemas.js';
import type { RecordKind, RecordMap } from '../model/records.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';

export type { RecordKind, RecordMap, TaiwaRecord } from '../model/records.js';

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

export interface TaiwaAdapter {
  /**
   * Stores `record` as the one record of `kind` with `record.id`: an idempotent upsert, so the same
   * write sent twice leaves one record. Resolves once the write is durable.
   */
  put<K extends RecordKind>(kind: K, record: RecordMap[K]): Promise<void>;
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
  /** True when records never leave this device; a private memo is only stored where this holds. */
  readonly local?: boolean;
  /** Optional: release connections. */
  close?(): void;
}

/** Whether a record matches a query, for adapters that filter in memory. */
export function matches(record: unknown, query: RecordQuery, kind?: string): boolean {
  if (!record || typeof record !== 'object') return true;
  const r = record as { memberId?: unknown; managerId?: unknown; sessionId?: unknown; createdAt?: unknown };
  if (query.personId !== undefined && r.memberId !== query.personId && r.managerId !== query.personId) return false;
  // A session is its own session: `{ sessionId }` finds the session record itself.
  const sessionId = kind === 'session' ? (record as { id?: unknown }).id : r.sessionId;
  if (query.sessionId !== undefined && sessionId !== query.sessionId) return false;
  const at = typeof r.createdAt === 'string' ? Date.parse(r.createdAt) : NaN;
  if (query.from !== undefined && !(at >= Date.parse(query.from))) return false;
  if (query.to !== undefined && !(at < Date.parse(query.to))) return false;
  return true;
}
