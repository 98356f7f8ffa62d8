// The records the fixture pages show: one session with its agenda, level check-ins and enough
// feedback for a strength map, for member m1 and manager boss.
import type { Agenda, Feedback, LevelAssessment, Session } from '../../src/model/schemas.js';

export { DB, manager, member } from './entry.js';

const at = (day: number) => new Date(Date.UTC(2025, 5, day, 9)).toISOString();
const base = (id: string, day = 2) => ({ id, createdAt: at(day), updatedAt: at(day) });

export const session: Session = { ...base('s1'), memberId: 'm1', managerId: 'boss' };
export const agenda: Agenda = {
  ...base('a1'),
  sessionId: 's1',
  memberId: 'm1',
  managerId: 'boss',
  items: [{ id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'private', proposedBy: 'member' }],
};
export const levels: LevelAssessment[] = [1, 2, 3].map((n) => ({
  ...base(`l${n}`, n),
  sessionId: n === 3 ? 's1' : `s0${n}`,
  memberId: 'm1',
  managerId: 'boss',
  by: 'member',
  method: 'check-in',
  level: n + 1,
  signals: [n + 1],
}));
const topics = ['work', 'career', 'skills'];
const responses = ['advice', 'listen', 'think-together'];
export const feedback: Feedback[] = Array.from({ length: 27 }, (_, i) => ({
  ...base(`f${i}`, 1 + (i % 28)),
  sessionId: `fs${i}`,
  memberId: `m${1 + (i % 3)}`,
  managerId: 'boss',
  by: 'member',
  scale: { min: 1, max: 5 },
  overall: 1 + (i % 5),
  items: [{ agendaItemId: 'i1', topicId: topics[i % 3]!, responseId: responses[Math.floor(i / 3) % 3]!, rating: 1 + ((i * 7) % 5) }],
  submittedAt: at(1 + (i % 28)),
}));
