/**
 * Writing the picker's choice as the session's agenda: loaded at the first save (a picker that is
 * only shown, 500 on a page, never needs it), as the validation and the adapter's write half are.
 */
import type { guard } from '../../core/guard.js';
import { withoutPrivateMemos } from '../../model/privacy.js';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { newRecordFields } from '../../model/records.js';
import type { Agenda, AgendaItem } from '../../model/schemas.js';
import type { Choices, loadChoice } from './topic-picker.store.js';

/**
 * What the picker's store already holds, handed in rather than imported: a module this one shared
 * with the page's first content would be a file of its own on the agenda's page (esbuild makes a
 * chunk per set of entry points that reach a module).
 */
export interface Held {
  guard: typeof guard;
  loadChoice: typeof loadChoice;
  /** records.ts's (held by the store, which reads with `latest`): importing it here would make records.ts a file of its own on every page. */
  newRecordFields: typeof newRecordFields;
}

/**
 * Saves `topicIds` as the items of the member's agenda for the session, keeping what was already
 * written for a kept topic. `agenda` is the one loaded for that session; when it is for another
 * session or member (the page moved on meanwhile), the stored one is read first, so a session never
 * gets a second agenda. Resolves with the record stored and a copy fit for events: the text of every
 * private memo removed (other items' memos never leave the widget in an event).
 */
export async function saveChoice(
  { guard, loadChoice, newRecordFields }: Held,
  adapter: TaiwaAdapter,
  agenda: Agenda | undefined,
  sessionId: string,
  memberId: string,
  topicIds: readonly string[],
): Promise<{ record: Agenda; shared: Agenda }> {
  const known =
    agenda?.sessionId === sessionId && agenda.memberId === memberId ? agenda : (await loadChoice(adapter, sessionId, memberId)).agenda;
  const base: Agenda = known ?? { ...newRecordFields(), sessionId, memberId, items: [] };
  const kept = new Map(base.items.map((i) => [i.topicId, i]));
  const items: AgendaItem[] = topicIds.map(
    (topicId) => kept.get(topicId) ?? { id: crypto.randomUUID(), topicId, memoVisibility: 'private', proposedBy: 'member' },
  );
  const record = await guard(adapter).put('agenda', { ...base, items, updatedAt: new Date().toISOString() });
  return { record, shared: withoutPrivateMemos(record) };
}

/**
 * The store's save: after the newest load is in (a click during the load must not start a second
 * agenda), the choice is written, and kept as the store's agenda unless the page moved on meanwhile.
 * Called with this module already loaded, so nothing runs between the newest load landing and the write reading it.
 */
export async function saveAfterLoad(
  held: Held,
  choices: Choices,
  adapter: TaiwaAdapter,
  sessionId: string,
  memberId: string,
  topicIds: readonly string[],
): Promise<Agenda> {
  let loading: Promise<unknown>;
  do await (loading = choices.loaded);
  while (loading !== choices.loaded);
  const { record, shared } = await saveChoice(held, adapter, choices.agenda, sessionId, memberId, topicIds);
  if (choices.isFor(memberId, sessionId)) choices.agenda = record;
  return shared;
}
