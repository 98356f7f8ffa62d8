/**
 * The satisfaction rater's reads, loaded lazily: what it reads for a session (its people, agenda
 * and earlier answers) and the draft on this device. The record it writes is satisfaction-rater.record.ts,
 * loaded at the submit. No DOM.
 */
import { TaiwaDataError } from '../../model/data-error.js';
import { scaleProblem } from '../../insights/scale.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { Agenda, Feedback, Session } from '../../model/schemas.js';
import { latest } from '../../model/records.js';
import type { Answer, Draft } from './satisfaction-rater.model.js';

export interface Loaded {
  session?: Session;
  agenda?: Agenda;
  /** The session's valid feedback records, from both sides. */
  records: Feedback[];
  /** The viewer's own latest answer, if any. */
  own?: Feedback | undefined;
  /** The member's latest answer, when the viewer is the manager. */
  member?: Feedback | undefined;
  errors: Error[];
}

/**
 * Reads a session, its agenda and its feedback; a bad record becomes an error, good ones are kept.
 * `by` and `viewerId` say whose answer is the viewer's own (any of that side's without a viewer).
 */
export async function load(
  store: GuardedAdapter,
  sessionId: string,
  personId: string,
  memberId: string,
  by: 'member' | 'manager',
  viewerId?: string,
): Promise<Loaded> {
  // A session record has no `sessionId` field, so it is found among the person's sessions.
  const [sessions, agendas, feedback] = await Promise.all([
    personId ? store.query('session', { personId }) : { records: [], errors: [] },
    store.query('agenda', { sessionId }),
    store.query('feedback', { sessionId }),
  ]);
  const session = sessions.records.find((s) => s.id === sessionId);
  const member = memberId || session?.memberId;
  const errors: Error[] = [
    ...sessions.errors.filter((e) => !e.recordId || e.recordId === sessionId),
    ...agendas.errors,
    ...feedback.errors,
  ];
  const records = feedback.records.filter((r) => {
    const problem = scaleProblem(r);
    if (problem) errors.push(new TaiwaDataError({ kind: 'feedback', recordId: r.id, ...problem }));
    return !problem;
  });
  const result: Loaded = {
    records,
    errors,
    own: latest(records.filter((r) => r.by === by && (!viewerId || (by === 'member' ? r.memberId : r.managerId) === viewerId))),
    member: by === 'manager' ? latest(records.filter((r) => r.by === 'member')) : undefined,
  };
  const agenda = latest(agendas.records.filter((a) => !member || a.memberId === member));
  if (session) result.session = session;
  if (agenda) result.agenda = agenda;
  return result;
}

/** A stored draft, or `undefined` when what is stored is not one (an older or damaged value). */
export function readDraft(value: unknown): Draft | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const d = value as Partial<Record<keyof Draft, unknown>>;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const answers: Record<string, Answer> = {};
  for (const [key, a] of Object.entries(d.answers && typeof d.answers === 'object' ? d.answers : {})) {
    const { rating, styleMatch } = (a ?? {}) as Record<string, unknown>;
    const answer: Answer = {};
    if (typeof rating === 'number') answer.rating = rating;
    if (styleMatch === 'yes' || styleMatch === 'partly' || styleMatch === 'no') answer.styleMatch = styleMatch;
    answers[key] = answer;
  }
  const draft: Draft = {
    overall: text(d.overall),
    answers,
    comment: text(d.comment),
    wentWell: text(d.wentWell),
    nextTime: text(d.nextTime),
  };
  if (typeof d.share === 'boolean') draft.share = d.share;
  return draft;
}
