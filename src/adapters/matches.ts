import type { RecordQuery } from '../model/adapter.js';

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
