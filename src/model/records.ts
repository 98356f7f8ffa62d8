/** Type-level map of record kinds; no runtime code, so widgets can import it for free. */
import type { Action, Agenda, Feedback, HintMark, LevelAssessment, Pulse, Series, Session } from './schemas.js';

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
