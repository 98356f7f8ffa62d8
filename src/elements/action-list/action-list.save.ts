/**
 * The write of one action item, with the action list's part (action-list.part.ts), not with its
 * class: a page that shows the list but changes nothing never loads it. A shared item goes through
 * the adapter; a private one stays on this device (see action-list.store.ts).
 */
import type { DraftStore, GuardedAdapter } from '../../model/adapter.js';
import type { Action } from '../../model/schemas.js';

/** The same key action-list.store.ts reads (`action:` and the pair): kept here so the part shares no module with the class. */
const keyOf = (a: Action) => `action:${a.memberId}:${a.managerId}:${a.id}`;

/** Writes one item where it belongs; resolves with what was stored. */
export async function saveAction(store: GuardedAdapter | undefined, drafts: DraftStore | undefined, action: Action): Promise<Action> {
  const local = store?.adapter.local === true;
  if (action.visibility === 'private' && !local) {
    const parsed = (await import('../../model/validate.js')).parseRecord('action', action);
    if (!parsed.ok) throw parsed.error;
    if (!drafts) throw new Error('A private action item needs the draft store on this device (place the element in a taiwa-provider).');
    await drafts.set(keyOf(parsed.value), parsed.value);
    return parsed.value;
  }
  if (!store) throw new Error('No adapter: place the element in a taiwa-provider with an adapter.');
  return store.put('action', action);
}
