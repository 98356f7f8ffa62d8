/**
 * A pair's 1on1s in time: the next one (an action item is due by it) and the one before (where "last
 * time" comes from). Apart from the action items' model, so the agenda, which only needs "last
 * time" to show its content, does not carry the action list's code before it. No DOM.
 */
import type { Session } from '../../model/schemas.js';

const when = (s: Session) => Date.parse(s.scheduledAt ?? s.heldAt ?? s.createdAt);

/**
 * The pair's next 1on1 after `sessionId` (or after `now` without one): the one an item is due by.
 * Cancelled 1on1s never count.
 */
export function nextSession(sessions: readonly Session[], sessionId: string, now = Date.now()): Session | undefined {
  const live = sessions.filter((s) => !s.cancelledAt).sort((a, b) => when(a) - when(b));
  const current = live.find((s) => s.id === sessionId);
  const after = current ? when(current) : now;
  return live.find((s) => s.id !== sessionId && when(s) > after);
}

/** The session before `sessionId` (or the latest before `now`): where "last time" comes from. */
export function previousSession(sessions: readonly Session[], sessionId: string, now = Date.now()): Session | undefined {
  const live = sessions.filter((s) => !s.cancelledAt).sort((a, b) => when(b) - when(a));
  const current = live.find((s) => s.id === sessionId);
  const before = current ? when(current) : now;
  return live.find((s) => s.id !== sessionId && when(s) < before);
}
