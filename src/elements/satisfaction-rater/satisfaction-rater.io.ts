/**
 * The satisfaction rater's reads and writes, loaded lazily: what it reads for a session (its people,
 * agenda and earlier answers) and the `Feedback` record it writes. No DOM.
 */
import { TaiwaDataError } from '../../model/data-error.js';
import { scaleProblem } from '../../insights/gap.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { Agenda, Feedback, FeedbackItem, Session } from '../../model/schemas.js';
import { latest, newRecordFields } from '../../model/records.js';
import { keyOf, type Answer, type Draft, type RaterItem, type Texts } from './satisfaction-rater.model.js';

export { newRecordFields };

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

export interface RecordInput {
  by: 'member' | 'manager';
  fields: ReturnType<typeof newRecordFields>;
  sessionId: string;
  /** The people, in order of preference: attributes, the session record, the agenda, the viewer. */
  memberIds: (string | undefined)[];
  managerIds: (string | undefined)[];
  scale: { min: number; max: number };
  overall: number;
  items: RaterItem[];
  answers: Record<string, Answer>;
  texts: Texts;
  /** The member's share choice as sent (`sharedWithManager`). */
  shared?: boolean;
}

/** The `Feedback` record for the answers given; unanswered items are left out. */
export function toRecord(i: RecordInput): Feedback {
  const now = new Date().toISOString();
  const items = i.items.flatMap((item): FeedbackItem[] => {
    const a = i.answers[keyOf(item)];
    if (a?.rating === undefined) return [];
    const out: FeedbackItem = { topicId: item.topicId, responseId: item.responseId, rating: a.rating };
    if (item.id) out.agendaItemId = item.id;
    if (i.by === 'member' && a.styleMatch) out.styleMatch = a.styleMatch;
    return [out];
  });
  const record: Feedback = {
    ...i.fields,
    updatedAt: now,
    sessionId: i.sessionId,
    memberId: i.memberIds.find(Boolean) ?? '',
    managerId: i.managerIds.find(Boolean) ?? '',
    by: i.by,
    scale: { ...i.scale },
    overall: i.overall,
    items,
    submittedAt: now,
  };
  if (i.by === 'member' && i.shared !== undefined) record.sharedWithManager = i.shared;
  for (const k of i.by === 'member' ? (['comment'] as const) : (['wentWell', 'nextTime'] as const)) {
    const text = i.texts[k].trim();
    if (text) record[k] = text;
  }
  return record;
}

/** Where each of a rating's people comes from, for the developer error when one is unknown. */
const WHERE = {
  sessionId: 'set session-id',
  memberId: 'set member-id, or let the adapter answer the session record (or the agenda) for session-id, or view it as the member',
  managerId:
    'set manager-id, or let the adapter answer the session record (or an agenda with managerId) for session-id, or view it as the manager',
} as const;

/** The first of the record's session, member and manager that is unknown, and where it comes from. */
export function missingInfo(record: Feedback): { field: keyof typeof WHERE; where: string } | undefined {
  const field = (['sessionId', 'memberId', 'managerId'] as const).find((f) => !record[f]);
  if (!field) return undefined;
  return { field, where: `${WHERE[field]}${record.sessionId ? ` (session "${record.sessionId}")` : ''}` };
}
