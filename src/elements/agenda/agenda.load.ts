/** Reading what `taiwa-agenda` shows: the member's draft and record, or the manager's view of it. */
import { toError } from '../../model/errors.js';
import type { DraftStore } from '../../adapters/drafts.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { Agenda } from '../../model/schemas.js';
import { draftKey, emptyDraft, latestFor, mergeRemote, normalizeDraft, type AgendaDraft } from './agenda.model.js';

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
  try {
    stored = normalizeDraft(await drafts?.get(draftKey(sessionId)));
  } catch (err) {
    errors.push(toError(err));
  }
  try {
    const found = viewerId && sessionId ? await (await store())?.query('agenda', { sessionId }) : undefined;
    if (found) errors.push(...found.errors);
    remote = found && viewerId ? latestFor(found.records, viewerId) : undefined;
  } catch (err) {
    errors.push(toError(err));
  }
  return { draft: mergeRemote(stored, remote) ?? emptyDraft(), remote, errors };
}

/** Keeps `draft` under the session's key in `drafts`; a failure is returned, never thrown. */
export async function keepDraft(drafts: DraftStore | undefined, sessionId: string, draft: AgendaDraft): Promise<Error | undefined> {
  try {
    await drafts?.set(draftKey(sessionId), draft);
  } catch (err) {
    return toError(err);
  }
  return undefined;
}

/** The member's latest agenda for the session, as the manager may see it. */
export async function loadForManager(
  store: Store,
  sessionId: string,
  memberId: string,
): Promise<{ record: Agenda | undefined; errors: Error[] }> {
  try {
    const found = sessionId ? await (await store())?.query('agenda', { sessionId }) : undefined;
    return { record: found ? latestFor(found.records, memberId) : undefined, errors: found?.errors ?? [] };
  } catch (err) {
    return { record: undefined, errors: [toError(err)] };
  }
}
