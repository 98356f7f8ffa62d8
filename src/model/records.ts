/** Type-level map of record kinds; no runtime code, so widgets can import it for free. */
import type { Agenda, Feedback, HintMark, LevelAssessment, Pulse, Session } from './schemas.js';

export interface RecordMap {
  session: Session;
  agenda: Agenda;
  feedback: Feedback;
  level: LevelAssessment;
  pulse: Pulse;
  'hint-mark': HintMark;
}

export type RecordKind = keyof RecordMap;
export type TaiwaRecord = RecordMap[RecordKind];

export const RECORD_KINDS: readonly RecordKind[] = ['session', 'agenda', 'feedback', 'level', 'pulse', 'hint-mark'];

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
