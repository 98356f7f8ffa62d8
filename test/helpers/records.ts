/** Sample records for element tests: one session (`s1`, member `m1`, manager `boss`) and its agenda. */
import type { Agenda, AgendaItem, Feedback, Session, Viewer } from '../../src/model/schemas.js';

export const AT = '2025-06-02T10:00:00.000Z';
export const member: Viewer = { id: 'm1', role: 'member' };
export const manager: Viewer = { id: 'boss', role: 'manager' };
export const session: Session = { id: 's1', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss' };

/** The agenda `a1` of session `s1` with `items`. */
export function agendaOf(items: AgendaItem[]): Agenda {
  return { id: 'a1', createdAt: AT, updatedAt: AT, sessionId: 's1', memberId: 'm1', managerId: 'boss', items };
}

/** The member's feedback on session `s1` (overall 3 on a 1–5 scale, no items), with `over` on top. */
export function feedback(over: Partial<Feedback> & { id: string }): Feedback {
  return {
    createdAt: AT,
    updatedAt: AT,
    sessionId: 's1',
    memberId: 'm1',
    managerId: 'boss',
    by: 'member',
    scale: { min: 1, max: 5 },
    overall: 3,
    items: [],
    ...over,
  };
}
