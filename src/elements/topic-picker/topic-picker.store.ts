/**
 * Reading and writing the picker's choice as the session's agenda. It comes with the picker (a
 * stored choice is the picker's content: loading it on demand cost a request level before it);
 * the validation and the adapter's write half it uses still load at the first write.
 */
import { guard } from '../../core/guard.js';
import { withoutPrivateMemos } from '../../model/privacy.js';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { TaiwaDataError } from '../../model/errors.js';
import { latest, newRecordFields } from '../../model/records.js';
import type { Agenda, AgendaItem } from '../../model/schemas.js';

/** The viewer's agenda for the session, if they have one: the latest, should a backend hold several. */
export async function loadChoice(
  adapter: TaiwaAdapter,
  sessionId: string,
  memberId: string,
): Promise<{ agenda?: Agenda; errors: TaiwaDataError[] }> {
  const { records, errors } = await guard(adapter).query('agenda', { sessionId });
  const agenda = latest(records.filter((a) => a.memberId === memberId && a.sessionId === sessionId));
  return agenda ? { agenda, errors } : { errors };
}

/**
 * Saves `topicIds` as the items of the member's agenda for the session, keeping what was already
 * written for a kept topic. `agenda` is the one loaded for that session; when it is for another
 * session or member (the page moved on meanwhile), the stored one is read first, so a session never
 * gets a second agenda. Resolves with the record stored and a copy fit for events: the text of every
 * private memo removed (other items' memos never leave the widget in an event).
 */
export async function saveChoice(
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
 * The picker's stored choice for one session and viewer at a time: the agenda a save updates, read
 * before any save goes out (a click during the load must not start a second agenda), and never
 * replaced by a load or save the page has since moved on from.
 */
export class Choices {
  agenda?: Agenda;
  #loaded: Promise<unknown> = Promise.resolve();
  #for = '';

  /** Reads the member's agenda for the session; `apply` gets its topics, unless `signal` says it was superseded. */
  load(
    adapter: TaiwaAdapter,
    sessionId: string,
    memberId: string,
    signal: AbortSignal,
    apply: (topicIds: string[]) => void,
  ): Promise<TaiwaDataError[]> {
    this.agenda = undefined;
    this.#for = `${memberId}|${sessionId}`;
    const run = (async () => {
      const { agenda, errors } = await loadChoice(adapter, sessionId, memberId);
      if (signal.aborted) return [];
      this.agenda = agenda;
      if (agenda) apply(agenda.items.map((i) => i.topicId));
      return errors;
    })();
    this.#loaded = run.catch(() => undefined);
    return run;
  }

  /** Saves after the newest load is in; resolves with the copy for the `taiwa-save` event. */
  async save(adapter: TaiwaAdapter, sessionId: string, memberId: string, topicIds: readonly string[]): Promise<Agenda> {
    let loading: Promise<unknown>;
    do await (loading = this.#loaded);
    while (loading !== this.#loaded);
    const { record, shared } = await saveChoice(adapter, this.agenda, sessionId, memberId, topicIds);
    if (this.#for === `${memberId}|${sessionId}`) this.agenda = record;
    return shared;
  }
}
