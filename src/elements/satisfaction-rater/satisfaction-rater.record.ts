/**
 * The satisfaction rater's submit: the `Feedback` record it writes, what stops it being kept, and
 * its save (the save controller that follows it until it is sent). Loaded at the submit (beside the
 * summary), never before the form is on screen.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Agenda, Feedback, FeedbackItem, Session } from '../../model/schemas.js';
import type { newRecordFields } from '../../model/records.js';
import { SaveController } from '../../core/save-controller.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { DraftStore } from '../../model/adapter.js';
import type { Answer, RaterItem, Texts } from './satisfaction-rater.model.js';

export type Fields = ReturnType<typeof newRecordFields>;

/**
 * New id and timestamps, as records.ts's `newRecordFields` makes them: written here rather than
 * imported (or handed in by the rater, which costs the element's chunk more than these lines cost
 * this lazy one), since importing it would make records.ts a file of its own on the rater's page.
 */
function newFields(): Fields {
  const at = new Date().toISOString();
  return { id: crypto.randomUUID(), createdAt: at, updatedAt: at };
}

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
  const fields = s.fields ?? newFields();
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

/**
 * The rater as its submit reads it: the element hands itself (these are its own members, some of
 * them protected), so what only sending needs is this module, loaded at the submit, not the element's.
 */
export interface RaterSubmitHost extends HTMLElement, ReactiveControllerHost {
  sessionId: string;
  memberId: string;
  managerId: string;
  value: string;
  scale: { min: number; max: number };
  rateItems: RaterItem[];
  texts: Texts;
  sharing: { share: boolean };
  pendingFields?: Fields | undefined;
  saver?: SaveController | undefined;
  setErrors(key: unknown, errors: readonly Error[]): void;
  guarded(): Promise<GuardedAdapter | undefined>;
  queueDraft(write: () => Promise<unknown>): Promise<void>;
}

/** What the rater held when the user pressed submit (before its module loaded), and what it hands in. */
export interface SubmitAt {
  by: 'member' | 'manager';
  viewerId: string | undefined;
  session: Session | undefined;
  agenda: Agenda | undefined;
  drafts: DraftStore | undefined;
  key: string;
  answerOf: (item: RaterItem) => Answer | undefined;
  missing: Submit['missing'];
}

/** The rater's submit: its answers as a record, saved through its store; the record saved, or `undefined`. */
export function submit(el: RaterSubmitHost, { by, viewerId, session, agenda, drafts, key, answerOf, missing }: SubmitAt) {
  return send({
    el,
    input: {
      by,
      sessionId: el.sessionId,
      memberIds: [el.memberId, session?.memberId, agenda?.memberId, by === 'member' ? viewerId : ''],
      managerIds: [el.managerId, session?.managerId, agenda?.managerId, by === 'manager' ? viewerId : ''],
      scale: el.scale,
      overall: Number(el.value),
      items: el.rateItems,
      answerOf,
      texts: el.texts,
      // What the member saw on the switch when sending, kept as their choice.
      ...(by === 'member' ? { shared: el.sharing.share } : {}),
    },
    fields: el.pendingFields,
    keepFields: (fields) => (el.pendingFields = fields),
    saver: (el.saver ??= newSaver(el, (error) => el.setErrors('submit', error ? [error] : []))),
    store: () => el.guarded(),
    dropDraft: drafts && key ? () => el.queueDraft(() => drafts.delete(key)) : undefined,
    missing,
  });
}
