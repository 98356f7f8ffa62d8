/** The adapter seam's types live in the model (`src/model/adapter.ts`); here: helpers for adapters. */
import type { RecordQuery, WriteOptions } from '../model/adapter.js';
import { TaiwaConflictError } from '../model/errors.js';

export type { DraftStore, GuardedAdapter, QueryResult, RecordKind, RecordMap, RecordQuery, TaiwaAdapter, TaiwaRecord, WriteOptions, WriteResult } from '../model/adapter.js';

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

/**
 * The revision rule of the in-browser adapters, the same as the server's: a write with `ifMatch`
 * applies only on that stored revision, `ifNoneMatch: '*'` only when nothing is stored; otherwise a
 * `TaiwaConflictError` with the stored record. Returns the revision the write makes.
 */
export function nextRevision(kind: string, id: string, stored: { revision: number; value: unknown } | undefined, options: WriteOptions = {}): number {
  const current = stored?.revision;
  const moved =
    options.ifNoneMatch === '*' ? current !== undefined : options.ifMatch !== undefined ? current === undefined || String(current) !== options.ifMatch : false;
  if (moved) {
    throw new TaiwaConflictError({ kind, id, current: stored ? structuredClone(stored.value) : undefined, revision: current === undefined ? undefined : String(current) });
  }
  return (current ?? 0) + 1;
}
