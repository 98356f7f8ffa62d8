/**
 * Records the kit's own local adapter checked when they were written. The IndexedDB adapter
 * validates every write with the schemas and stamps what it stores with `CHECKED_WITH`; asked
 * through `checkedRead` with the same stamp, it says whether every value it read carries it. The
 * guard then hands those values on without loading zod again: a page showing stored records pays
 * for validation only when something it reads was not checked by these schemas (a record from an
 * older version, one written around the adapter) or when it writes. No runtime dependency here.
 */
import type { RecordKind } from './records.js';
import type { RecordQuery } from './adapter.js';

/** Bump whenever a record or person schema refuses something it accepted before. */
export const CHECKED_WITH = 1;

/** The method key (a global symbol: not part of the public adapter interface, shared by copies). */
export const checkedRead = Symbol.for('taiwa/1/checked-read');

export interface CheckedAnswer {
  /** What the plain read answers, in the same order. */
  values: unknown[];
  /** True when every value was stamped with the stamp asked for. */
  allChecked: boolean;
}

/** The capability: a read (records of a kind, or `person`) that says whether its values were checked. */
export interface CheckedReader {
  [checkedRead](stamp: number, kind: RecordKind | 'person', query?: RecordQuery): Promise<CheckedAnswer>;
}

export function canReadChecked(adapter: object): adapter is CheckedReader {
  return typeof (adapter as Partial<CheckedReader>)[checkedRead] === 'function';
}

/**
 * A cheap look at a record query that accepts only what `RecordQuerySchema` accepts too: an object
 * with at most `personId` and `sessionId` ids. Anything else (dates, unknown keys) goes to the schema.
 */
export function plainQuery(query: unknown): boolean {
  if (query === undefined) return true;
  if (!query || typeof query !== 'object' || Array.isArray(query) || Object.getPrototypeOf(query) !== Object.prototype) return false;
  for (const [key, value] of Object.entries(query)) {
    if (key !== 'personId' && key !== 'sessionId') return false;
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length < 1 || value.length > MAX_ID) return false;
  }
  return true;
}

/** The schemas' longest id (`MAX_ID` in schema-base.ts; a test keeps the two equal). */
export const MAX_ID = 128;
