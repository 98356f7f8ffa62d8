/**
 * Reading the picker's choice, the session's agenda. It comes with the picker (a stored choice is
 * the picker's content: loading it on demand cost a request level before it); writing it
 * (`topic-picker.save.ts`), with the validation and the adapter's write half, loads at the first save.
 */
import { guard } from '../../core/guard.js';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { TaiwaDataError } from '../../model/errors.js';
import { latest, newRecordFields } from '../../model/records.js';
import type { Agenda } from '../../model/schemas.js';

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

  /** Saves after the newest load is in (topic-picker.save.ts); resolves with the copy for the `taiwa-save` event. */
  async save(adapter: TaiwaAdapter, sessionId: string, memberId: string, topicIds: readonly string[]): Promise<Agenda> {
    return (await import('./topic-picker.save.js')).saveAfterLoad({ guard, loadChoice, newRecordFields }, this, adapter, sessionId, memberId, topicIds);
  }

  /** The newest load, settled (a load that starts meanwhile replaces it). */
  get loaded(): Promise<unknown> {
    return this.#loaded;
  }

  /** Whether the store is still for this member and session (the page did not move on). */
  isFor(memberId: string, sessionId: string): boolean {
    return this.#for === `${memberId}|${sessionId}`;
  }
}
