/**
 * What widgets talk to: any host adapter wrapped so that every value crossing it is validated, every
 * failure is a typed error, and a private memo never leaves the device through a remote adapter.
 */
import { TaiwaDataError, TaiwaStorageError, toError } from '../core/errors.js';
import { parseRecord, parseRecords } from '../model/validate.js';
import type { RecordKind, RecordMap } from '../model/records.js';
import type { RecordQuery, TaiwaAdapter } from './types.js';
import { stripPrivateMemos, withoutPrivateMemos } from './outbox-privacy.js';

/** Kept here too for compatibility: the one implementation lives in outbox-privacy.ts. */
export { withoutPrivateMemos };

export interface QueryResult<T> {
  records: T[];
  /** One error per record that failed validation (or one for the whole answer). */
  errors: TaiwaDataError[];
}

export interface GuardedAdapter {
  readonly adapter: TaiwaAdapter;
  put<K extends RecordKind>(kind: K, record: RecordMap[K]): Promise<RecordMap[K]>;
  query<K extends RecordKind>(kind: K, query: RecordQuery): Promise<QueryResult<RecordMap[K]>>;
}

function failure(err: unknown, kind: string): Error {
  if (err instanceof TaiwaDataError || err instanceof TaiwaStorageError) return err;
  const e = toError(err);
  return new TaiwaStorageError('failed', `The backend could not handle ${kind} records: ${e.message}`, e);
}

const guards = new WeakMap<TaiwaAdapter, GuardedAdapter>();

export function guard(adapter: TaiwaAdapter): GuardedAdapter {
  const known = guards.get(adapter);
  if (known) return known;
  const guarded: GuardedAdapter = {
    adapter,
    async put(kind, record) {
      const parsed = parseRecord(kind, record);
      if (!parsed.ok) throw parsed.error;
      let outgoing = parsed.value;
      if (adapter.local !== true) outgoing = stripPrivateMemos(kind, outgoing);
      try {
        await adapter.put(kind, outgoing);
      } catch (err) {
        throw failure(err, kind);
      }
      return parsed.value;
    },
    async query(kind, query) {
      let raw: unknown;
      try {
        raw = await adapter.query(kind, query);
      } catch (err) {
        throw failure(err, kind);
      }
      return parseRecords(kind, raw);
    },
  };
  guards.set(adapter, guarded);
  return guarded;
}
