/**
 * What the session list shows, derived from records without the DOM: each 1on1's time and partner,
 * its state as the viewer sees it, and the viewer's next step. Pure, so it is tested on plain data.
 */
import type { Agenda, Feedback, LevelAssessment, Session } from '../../model/schemas.js';
import type { NavigateStep } from '../../events/navigate.js';
import type { RecordHelpers } from '../../core/part-element.js';

export type Side = 'member' | 'manager';

/** A rating or reflection still open this long after the 1on1 is overdue; so is an agenda not shared by the start. */
export const FOLLOW_UP_DAYS = 3;
const DAY = 86_400_000;

export interface SessionRow {
  session: Session;
  /** When it takes (or took) place, in ms; sessions with neither `scheduledAt` nor `heldAt` are left out. */
  at: number;
  side: Side;
  partnerId: string;
  upcoming: boolean;
  cancelled: boolean;
  agendaShared: boolean;
  rated: boolean;
  reflected: boolean;
  /** The viewer's side answered the level check-in for this 1on1. */
  levelAnswered: boolean;
  /** The viewer's next step, if any is left. */
  step?: Exclude<NavigateStep, 'open'>;
  /** The next step is late: no agenda by the start, or no rating or reflection within FOLLOW_UP_DAYS. */
  overdue: boolean;
}

export interface SessionInputs {
  sessions: readonly Session[];
  agendas?: readonly Agenda[];
  feedback?: readonly Feedback[];
  levels?: readonly LevelAssessment[];
}

export interface SessionRows {
  /** Next first. */
  upcoming: SessionRow[];
  /** Latest first. */
  past: SessionRow[];
}

/** The instant a session is at: when it was held, else when it is scheduled. */
export function sessionTime(s: Session): number | undefined {
  const t = Date.parse(s.heldAt ?? s.scheduledAt ?? '');
  return Number.isFinite(t) ? t : undefined;
}

/** The viewer's 1on1s (as member or manager), split into upcoming and past, with states and steps. */
export function sessionRows(
  { latestBy }: Pick<RecordHelpers, 'latestBy'>,
  viewerId: string,
  input: SessionInputs,
  now: number,
  partnerId = '',
): SessionRows {
  const sessions = [...latestBy(input.sessions, (s) => s.id).values()];
  const agendas = latestBy(input.agendas ?? [], (a) => a.sessionId);
  const feedback = new Set((input.feedback ?? []).map((f) => `${f.sessionId}/${f.by}`));
  const levels = new Set((input.levels ?? []).filter((l) => l.sessionId).map((l) => `${l.sessionId}/${l.by}`));
  const upcoming: SessionRow[] = [];
  const past: SessionRow[] = [];
  for (const session of sessions) {
    const side: Side | undefined = session.memberId === viewerId ? 'member' : session.managerId === viewerId ? 'manager' : undefined;
    const at = sessionTime(session);
    if (!side || at === undefined) continue;
    const partner = side === 'member' ? session.managerId : session.memberId;
    if (partnerId && partner !== partnerId) continue;
    const cancelled = session.cancelledAt !== undefined;
    // A cancelled 1on1 stays where it would have been, struck through, so nobody waits for it.
    const isUpcoming = !session.heldAt && at >= now;
    const agenda = agendas.get(session.id);
    const row: SessionRow = {
      session,
      at,
      side,
      partnerId: partner,
      upcoming: isUpcoming,
      cancelled,
      agendaShared: agenda?.submittedAt !== undefined,
      rated: feedback.has(`${session.id}/member`),
      reflected: feedback.has(`${session.id}/manager`),
      levelAnswered: levels.has(`${session.id}/${side}`),
      overdue: false,
    };
    if (!cancelled) {
      if (isUpcoming) {
        // The manager prepares too (reads the agenda, proposes topics); only the member shares one.
        if (side === 'manager' || !row.agendaShared) row.step = 'prepare';
      } else if (side === 'member' ? !row.rated : !row.reflected) {
        row.step = side === 'member' ? 'rate' : 'reflect';
        row.overdue = now - at > FOLLOW_UP_DAYS * DAY;
      }
    }
    (isUpcoming ? upcoming : past).push(row);
  }
  upcoming.sort((a, b) => a.at - b.at || a.session.id.localeCompare(b.session.id));
  past.sort((a, b) => b.at - a.at || a.session.id.localeCompare(b.session.id));
  return { upcoming, past };
}

/** The host's link for a step: `{sessionId}` and `{step}` filled in, URL-encoded. */
export function hrefFor(template: string, sessionId: string, step: string): string {
  return template.replace(/\{(sessionId|step)\}/g, (_, key: string) => encodeURIComponent(key === 'step' ? step : sessionId));
}
