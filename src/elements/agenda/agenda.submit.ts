/**
 * What a submit and a proposal make of the agenda, loaded after its content (agenda.edit.ts): what
 * still stops a submit, the record a submit sends, and the manager's proposals record. It imports
 * nothing the agenda's content is made of but types: a new record's id and times come from the agenda
 * (`ui.lib.newRecordFields`), so loading it later splits no module out of the agenda's own file.
 */
import type { Agenda, AgendaItem } from '../../model/schemas.js';
import type { AgendaDraft, Problems } from './agenda.model.js';

/** What stops a submit, or `undefined` when the draft can go. */
export function problemsOf(draft: AgendaDraft): Problems | undefined {
  const missing = draft.items.filter((i) => !i.responseId).map((i) => i.topicId);
  const noTopic = draft.items.length === 0;
  return noTopic || missing.length > 0 ? { noTopic, missing } : undefined;
}

/** What still stops a submit after an edit, as a polite update of the list a submit raised. */
export function recheck(draft: AgendaDraft): Problems | undefined {
  const p = problemsOf(draft);
  return p && { ...p, quiet: true };
}

/**
 * The agenda record for a submit. It carries every memo; the validating guard removes the text of
 * private memos before the record reaches any adapter that is not on this device.
 */
export function toRecord(
  draft: AgendaDraft,
  at: { sessionId: string; memberId: string; managerId?: string | undefined },
  now = new Date(),
): Agenda {
  const iso = now.toISOString();
  const items = draft.items.map((i): AgendaItem => {
    const item: AgendaItem = { id: i.id, topicId: i.topicId, memoVisibility: i.memoVisibility, proposedBy: i.proposedBy };
    if (i.responseId) item.responseId = i.responseId;
    if (i.title?.trim()) item.title = i.title.trim();
    if (i.memo.trim()) item.memo = i.memo;
    return item;
  });
  const record: Agenda = {
    id: draft.id,
    createdAt: draft.createdAt,
    updatedAt: iso,
    sessionId: at.sessionId,
    memberId: at.memberId,
    items,
    submittedAt: iso,
  };
  if (at.managerId) record.managerId = at.managerId;
  if (draft.nextDate) record.nextDate = draft.nextDate;
  return record;
}

/**
 * The manager's proposal: `topicId` added to the manager's own proposals record for the session
 * (created when there is none). The member's agenda is never written by the manager.
 */
export function proposeTopic(
  proposals: Agenda | undefined,
  topicId: string,
  at: { sessionId: string; memberId: string; managerId: string },
  newRecordFields: (now: Date) => { id: string; createdAt: string; updatedAt: string },
  now = new Date(),
): Agenda {
  const item: AgendaItem = { id: crypto.randomUUID(), topicId, memoVisibility: 'private', proposedBy: 'manager' };
  const base: Agenda =
    proposals?.author === 'manager'
      ? proposals
      : {
          ...newRecordFields(now),
          sessionId: at.sessionId,
          memberId: at.memberId,
          managerId: at.managerId,
          author: 'manager',
          items: [],
        };
  return { ...base, items: [...base.items, item], updatedAt: now.toISOString() };
}
