/**
 * Where action items live. A shared item goes through the adapter; a private one stays on this
 * device: in the adapter when it is local (IndexedDB, memory), otherwise in the draft store, which
 * is always on this device, as a private memo does. The backend refuses private items anyway (422
 * rule `private-action`), and the guard, the REST adapter and the outbox never send one.
 */
import { toError } from '../../model/records.js';
import type { DraftStore, GuardedAdapter } from '../../model/adapter.js';
import type { Action, Session } from '../../model/schemas.js';

/** The schemas (zod) load only for what the draft store holds: the adapter's answers are the guard's. */
const validation = () => import('../../model/validate.js');
const PREFIX = 'action:';
const keyOf = (a: Action) => `${PREFIX}${a.memberId}:${a.managerId}:${a.id}`;

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

/** Writes one item where it belongs (see the file's comment); resolves with what was stored. */
export async function saveAction(store: GuardedAdapter | undefined, drafts: DraftStore | undefined, action: Action): Promise<Action> {
  const local = store?.adapter.local === true;
  if (action.visibility === 'private' && !local) {
    const parsed = (await validation()).parseRecord('action', action);
    if (!parsed.ok) throw parsed.error;
    if (!drafts) throw new Error('A private action item needs the draft store on this device (place the element in a taiwa-provider).');
    await drafts.set(keyOf(parsed.value), parsed.value);
    return parsed.value;
  }
  if (!store) throw new Error('No adapter: place the element in a taiwa-provider with an adapter.');
  return store.put('action', action);
}
