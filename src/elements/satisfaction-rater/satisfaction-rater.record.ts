/**
 * The satisfaction rater's submit: the `Feedback` record it writes, what stops it being kept, and
 * its save (the save controller that follows it until it is sent). Loaded at the submit (beside the
 * summary), never before the form is on screen.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Feedback, FeedbackItem } from '../../model/schemas.js';
import { newRecordFields } from '../../model/records.js';
import { SaveController } from '../../core/save-controller.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { Answer, RaterItem, Texts } from './satisfaction-rater.model.js';

export type Fields = ReturnType<typeof newRecordFields>;

export interface RecordInput {
  by: 'member' | 'manager';
  fields: Fields;
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

/** What a submit is given by the rater: its answers, and the few things of it a save touches. */
export interface Submit {
  el: HTMLElement & ReactiveControllerHost;
  input: Omit<RecordInput, 'fields'>;
  /** The fields of an earlier try: a retried submission keeps its id, so the upsert never duplicates it. */
  fields: Fields | undefined;
  keepFields: (fields: Fields) => void;
  saver: SaveController;
  store: () => Promise<GuardedAdapter | undefined>;
  /** Deletes the draft sent, after the draft writes before it. */
  dropDraft?: (() => Promise<unknown>) | undefined;
  /**
   * The record cannot be kept (no session or people): the rater says so in one plain sentence, and
   * reports what is missing to the developer (its module comes with the element, as the error event does).
   */
  missing: (field: string, where: string, recordId: string) => void;
}

/** The rater's save, made with its first submit. */
export const newSaver = (el: HTMLElement & ReactiveControllerHost, report: (error: Error | undefined) => void) => new SaveController(el, report);

/** Builds the record and saves it; the record saved, or `undefined` when it was not (the error is reported). */
export async function send(s: Submit): Promise<Feedback | undefined> {
  const fields = s.fields ?? newRecordFields();
  s.keepFields(fields);
  const record = toRecord({ ...s.input, fields });
  // Without its session and people the record cannot be kept: the member reads one plain
  // sentence, the developer reads what is missing in the console and in taiwa-error.
  const missing = missingInfo(record);
  if (missing) {
    s.missing(missing.field, missing.where, record.id);
    return undefined;
  }
  const done = await s.saver.save(
    async () => {
      const store = await s.store();
      const saved = store ? await store.put('feedback', record) : record;
      // The draft sent is gone, whatever session is shown now.
      await s.dropDraft?.();
      return { saved, adapter: store?.adapter };
    },
    // "Sent" only once it was: an outbox keeps it on this device until it is online.
    ({ saved, adapter }) => ({ adapter, kind: 'feedback', id: saved.id }),
  );
  return done?.saved;
}
