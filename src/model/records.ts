/**
 * Record kinds, the helpers every reader of records needs, whether the kit's own local adapter
 * checked what it read, and (re-exported) the error for data that failed the model. Free of zod.
 * The read path's: the halves that load after it (the guard's rest, the adapter's writes and
 * aggregates, validation) import nothing from here but are handed what they need (the insight
 * kinds, the checked stamp, `peopleOf`), since each module a page's first content shares with a
 * lazily loaded one is a file of its own on the page (one more request before content).
 */
import type { Action, Agenda, Feedback, HintMark, LevelAssessment, Pulse, Series, Session } from './schemas.js';
import type { RecordQuery } from './adapter.js';

export interface RecordMap {
  session: Session;
  agenda: Agenda;
  feedback: Feedback;
  level: LevelAssessment;
  pulse: Pulse;
  'hint-mark': HintMark;
  action: Action;
  series: Series;
}

export type RecordKind = keyof RecordMap;
export type TaiwaRecord = RecordMap[RecordKind];

export const RECORD_KINDS: readonly RecordKind[] = ['session', 'agenda', 'feedback', 'level', 'pulse', 'hint-mark', 'action', 'series'];

/** Insight kinds, known without the schemas (`insightSchemas` has the same keys; a test checks). */
export const INSIGHTS: readonly string[] = ['strengths', 'strength-patterns', 'cadence', 'drivers', 'effect', 'pulse'];

/** The people a record is about: its member and its manager. */
export function peopleOf(record: unknown): string[] {
  if (!record || typeof record !== 'object') return [];
  const r = record as { memberId?: unknown; managerId?: unknown };
  return [r.memberId, r.managerId].filter((p): p is string => typeof p === 'string');
}

/** New id and timestamps for a record created on this device. */
export function newRecordFields(now = new Date()): { id: string; createdAt: string; updatedAt: string } {
  const at = now.toISOString();
  return { id: crypto.randomUUID(), createdAt: at, updatedAt: at };
}

type Stamped = { id: string; createdAt: string; updatedAt: string };

const time = (iso: string) => {
  const t = Date.parse(iso);
  return t === t ? t : -Infinity;
};

/** Whether `a` is a later version than `b`: by `updatedAt`, then `createdAt`, then `id` (as instants, so offsets compare right). */
export function isLater(a: Stamped, b: Stamped): boolean {
  return (time(a.updatedAt) - time(b.updatedAt) || time(a.createdAt) - time(b.createdAt) || (a.id > b.id ? 1 : a.id < b.id ? -1 : 0)) > 0;
}

/**
 * The latest record per key (see `isLater`): `latestBy(marks, (m) => m.hintId)`. Without `keyOf`,
 * one key for all: `latestBy(agendas).get('')`, or `latest(agendas)`.
 */
export function latestBy<T extends Stamped, K = string>(records: Iterable<T>, keyOf: (record: T) => K = () => '' as K): Map<K, T> {
  const out = new Map<K, T>();
  for (const r of records) {
    const key = keyOf(r);
    const known = out.get(key);
    if (!known || isLater(r, known)) out.set(key, r);
  }
  return out;
}

/** The latest of `records` (see `isLater`), if any. */
export function latest<T extends Stamped>(records: Iterable<T>): T | undefined {
  return latestBy(records).get('');
}

/**
 * Records the kit's own local adapter checked when they were written. The IndexedDB adapter
 * validates every write with the schemas and stamps what it stores with `CHECKED_WITH`; asked
 * through `checkedRead` with the same stamp, it says whether every value it read carries it. The
 * guard then hands those values on without loading zod again: a page showing stored records pays
 * for validation only when something it reads was not checked by these schemas (a record from an
 * older version, one written around the adapter) or when it writes (checked.ts re-exports this part).
 */

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

/**
 * `TaiwaDataError` and `toError` are in data-error.ts: the halves that load after the read path
 * import them from there, and nothing else from this module, so this module lives in the page's
 * own chunk and only that class is a small chunk of its own (it must stay one class).
 */
export { TaiwaDataError, toError } from './data-error.js';
