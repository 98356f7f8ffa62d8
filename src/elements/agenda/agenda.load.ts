/** Reading what `taiwa-agenda` shows: the member's draft and record, or the manager's view of it. */
import { toError } from '../../model/records.js';
import type { DraftStore } from '../../adapters/drafts.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { Agenda } from '../../model/schemas.js';
import { draftKey, emptyDraft, isProposals, latestFor, managerView, mergeRemote, normalizeDraft, proposalsFor, proposedItems, type AgendaDraft } from './agenda.model.js';
import type { AgendaItem } from '../../model/schemas.js';

type Store = () => Promise<GuardedAdapter | undefined>;

/** The member's draft on this device merged with their record from the backend; failures become errors. */
export async function loadForMember(
  drafts: DraftStore | undefined,
  store: Store,
  viewerId: string | undefined,
  sessionId: string,
): Promise<{ draft: AgendaDraft; remote: Agenda | undefined; errors: Error[] }> {
  const errors: Error[] = [];
  let stored: AgendaDraft | undefined;
  let remote: Agenda | undefined;
  let proposals: AgendaItem[] = [];
  try {
    stored = normalizeDraft(await drafts?.get(draftKey(sessionId)));
  } catch (err) {
    errors.push(toError(err));
  }
  try {
    const found = viewerId && sessionId ? await (await store())?.query('agenda', { sessionId }) : undefined;
    if (found) errors.push(...found.errors);
    remote = found && viewerId ? latestFor(found.records, viewerId) : undefined;
    // The manager's proposals are the manager's own records; the member takes them into theirs.
    proposals = found && viewerId ? proposedItems(found.records, viewerId) : [];
  } catch (err) {
    errors.push(toError(err));
  }
  return { draft: mergeRemote(stored, remote, proposals) ?? emptyDraft(), remote, errors };
}

/**
 * The member's latest agenda for the session, as the manager may see it, with the proposals not on
 * it yet (`record`), and the manager's own proposals record (`proposals`, what a new proposal extends).
 */
export async function loadForManager(
  store: Store,
  sessionId: string,
  memberId: string,
  managerId = '',
): Promise<{ record: Agenda | undefined; proposals: Agenda | undefined; errors: Error[] }> {
  try {
    const found = sessionId ? await (await store())?.query('agenda', { sessionId }) : undefined;
    if (!found) return { record: undefined, proposals: undefined, errors: [] };
    const member = latestFor(found.records, memberId);
    // Without member-id, the member is the one the agenda (or a proposal) is about.
    const whose = memberId || member?.memberId || found.records.find(isProposals)?.memberId || '';
    const all = found.records.filter((r) => isProposals(r) && r.memberId === whose);
    const record = managerView(member, all);
    return { record, proposals: proposalsFor(found.records, whose, managerId), errors: found.errors };
  } catch (err) {
    return { record: undefined, proposals: undefined, errors: [toError(err)] };
  }
}
