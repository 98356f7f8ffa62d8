import type { WriteOptions } from '../model/adapter.js';
import { TaiwaConflictError } from '../model/storage-errors.js';

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
