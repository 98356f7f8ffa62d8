/**
 * Reading the thread between 1on1s for `taiwa-agenda` (what last time left: see agenda.thread.ts
 * for what it shows). Loaded after the agenda's content, with agenda.edit.ts: it imports nothing
 * of the content's own modules (only `data-error.ts`, a chunk of its own already, and the action
 * list's sessions, which the later controls share): what it needs of `records.ts` the agenda hands in
 * (`ui.lib`), so that module stays in the agenda's own file.
 */
import { toError } from '../../model/data-error.js';
import type { Views } from './agenda.views.js';
import type { GuardedAdapter } from '../../model/adapter.js';
import type { Locale, Session } from '../../model/schemas.js';
import { previousSession } from '../action-list/action-list.sessions.js';
import type { Thread } from './agenda.thread.js';

/** The session "last time" refers to: the pair's 1on1 before this one, or (without 1on1 records) the latest other one seen. */
function lastSessionId(
  sessions: readonly Session[],
  sessionId: string,
  seen: readonly { sessionId?: string | undefined; createdAt: string }[],
) {
  const prev = previousSession(sessions, sessionId);
  if (prev) return prev.id;
  if (sessions.some((s) => s.id === sessionId)) return '';
  const other = seen
    .filter((r) => r.sessionId && r.sessionId !== sessionId)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return other[0]?.sessionId ?? '';
}

/** What last time leaves for this agenda; failures become errors beside whatever could be read. */
export async function loadThread(
  store: GuardedAdapter | undefined,
  at: { role: 'member' | 'manager'; viewerId: string; memberId: string; sessionId: string; locale: Locale },
  { latest, latestBy }: Pick<Views['lib'], 'latest' | 'latestBy'>,
): Promise<{ thread: Thread | undefined; errors: Error[] }> {
  const errors: Error[] = [];
  if (!store || !at.viewerId || !at.memberId || !at.sessionId) return { thread: undefined, errors };
  const read = async <T>(p: Promise<{ records: T[]; errors: Error[] }>): Promise<T[]> => {
    try {
      const found = await p;
      errors.push(...found.errors);
      return found.records;
    } catch (err) {
      errors.push(toError(err));
      return [];
    }
  };
  const person = { personId: at.memberId };
  const [sessions, agendas, marks, feedback] = await Promise.all([
    read(store.query('session', person)),
    read(store.query('agenda', person)),
    at.role === 'member' ? read(store.query('hint-mark', person)) : Promise.resolve([]),
    at.role === 'manager' ? read(store.query('feedback', person)) : Promise.resolve([]),
  ]);
  const pairOf = <T extends { memberId: string; managerId?: string | undefined }>(rs: T[]) =>
    rs.filter((r) => r.memberId === at.memberId && (at.role === 'member' || r.managerId === at.viewerId));
  const pairAgendas = pairOf(agendas).filter((a) => a.submittedAt);
  const last = lastSessionId(pairOf(sessions), at.sessionId, [...pairAgendas, ...pairOf(marks), ...pairOf(feedback)]);
  if (!last) return { thread: undefined, errors };
  const marked = [
    ...latestBy(
      pairOf(marks).filter((m) => m.sessionId === last && m.by === 'member'),
      (m) => m.hintId,
    ).values(),
  ].filter((m) => m.marked);
  let tried: string[] = [];
  if (marked.length) {
    // The built-in texts of the marked hints' topics only (model/hint-parts.ts), beside the adapter's catalogue.
    const builtIn = import('../../model/hint-parts.js').then(({ hintPartOf, hintsFor }) =>
      hintsFor(
        at.locale,
        marked.map((m) => hintPartOf(m.hintId)),
      ),
    );
    const fromAdapter = await Promise.resolve(store.adapter.catalog?.(at.locale)).catch(() => undefined);
    // As `hasOverrides` (model/catalog-sections.ts), which is in the content's chunk: not imported here.
    const hints =
      fromAdapter !== undefined && fromAdapter !== null
        ? (await import('../../model/catalog-merge.js')).mergeHints(await builtIn, [fromAdapter]).value
        : await builtIn;
    tried = marked.map((m) => hints.find((h) => h.id === m.hintId)?.text).filter((t): t is string => Boolean(t));
  }
  const reflection = latest(pairOf(feedback).filter((f) => f.sessionId === last && f.by === 'manager'));
  const agenda = latest(pairAgendas.filter((a) => a.sessionId === last));
  const again = agenda?.nextDate ? { date: agenda.nextDate, topicIds: agenda.items.map((i) => i.topicId) } : undefined;
  return { thread: { sessionId: last, tried, nextTime: reflection?.nextTime?.trim() ?? '', again }, errors };
}
