/**
 * The read of the action items, with the element's part (its write is action-list.save.ts). Where they live: a shared item goes through the adapter; a private one stays on this
 * device: in the adapter when it is local (IndexedDB, memory), otherwise in the draft store, which
 * is always on this device, as a private memo does. The backend refuses private items anyway (422
 * rule `private-action`), and the guard, the REST adapter and the outbox never send one.
 */
import { toError } from '../../model/data-error.js';
import type { DraftStore, GuardedAdapter } from '../../model/adapter.js';
import type { Action, Session } from '../../model/schemas.js';

/** The schemas (zod) load only for what the draft store holds: the adapter's answers are the guard's. */
const validation = () => import('../../model/validate.js');
/** A private item's key in the draft store (action-list.save.ts writes them). */
const PREFIX = 'action:';

export interface Loaded {
  actions: Action[];
  sessions: Session[];
  errors: Error[];
}

/** The pair's items the viewer can read, from the adapter and (for private ones) the draft store; and the pair's 1on1s. */
export async function loadActions(
  store: GuardedAdapter | undefined,
  drafts: DraftStore | undefined,
  pair: { memberId: string; managerId: string },
  viewerId: string,
): Promise<Loaded> {
  const errors: Error[] = [];
  const actions: Action[] = [];
  const sessions: Session[] = [];
  const ofPair = (r: { memberId: string; managerId?: string | undefined }) =>
    r.memberId === pair.memberId && (!pair.managerId || r.managerId === pair.managerId);
  const [found, held] = await Promise.all([
    store?.query('action', { personId: viewerId }).catch((err: unknown) => void errors.push(toError(err))),
    store?.query('session', { personId: viewerId }).catch((err: unknown) => void errors.push(toError(err))),
  ]);
  if (found) {
    errors.push(...found.errors);
    actions.push(...found.records.filter(ofPair));
  }
  if (held) {
    errors.push(...held.errors);
    sessions.push(...held.records.filter(ofPair));
  }
  if (drafts && store?.adapter.local !== true) {
    try {
      const keys = await drafts.keys(`${PREFIX}${pair.memberId}:${pair.managerId}:`);
      const { parseRecord } = keys.length ? await validation() : { parseRecord: undefined };
      for (const key of keys) {
        const parsed = parseRecord!('action', await drafts.get(key));
        if (parsed.ok) actions.push(parsed.value);
        else errors.push(parsed.error);
      }
    } catch (err) {
      errors.push(toError(err));
    }
  }
  return { actions, sessions, errors };
}
