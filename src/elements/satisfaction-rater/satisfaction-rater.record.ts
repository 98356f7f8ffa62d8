/**
 * The `Feedback` record the satisfaction rater writes, and what stops it being kept: loaded at the
 * submit (beside the save), never before the form is on screen. No DOM.
 */
import type { Feedback, FeedbackItem } from '../../model/schemas.js';
import { newRecordFields } from '../../model/records.js';
import type { Answer, RaterItem, Texts } from './satisfaction-rater.model.js';

export { newRecordFields };

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
  /** The answer given for an item (the rater keys them: this module needs nothing of its own for it). */
  answerOf: (item: RaterItem) => Answer | undefined;
  texts: Texts;
  /** The member's share choice as sent (`sharedWithManager`). */
  shared?: boolean;
}

/** The `Feedback` record for the answers given; unanswered items are left out. */
export function toRecord(i: RecordInput): Feedback {
  const now = new Date().toISOString();
  const items = i.items.flatMap((item): FeedbackItem[] => {
    const a = i.answerOf(item);
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
