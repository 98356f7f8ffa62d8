/**
 * The thread between 1on1s, at the top of the agenda: what the member ticked "今回試す" last time
 * (for the member), the manager's own "次回意識すること" from their reflection (for the manager), and
 * the day the last agenda named for "next time we talk about this", with its topics.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/locale.js';
import { toError } from '../../model/records.js';
import { hasOverrides } from '../../model/catalog-sections.js';
import { latest, latestBy } from '../../model/records.js';
import type { GuardedAdapter } from '../../model/adapter.js';
import type { Locale, Session } from '../../model/schemas.js';
import { validDay } from './agenda.model.js';
import { previousSession } from '../action-list/action-list.sessions.js';
import type { View } from './agenda.read.js';

export interface Thread {
  /** The 1on1 "last time" is, if any. */
  sessionId: string;
  /** The texts of the hints the member marked to try (member view only). */
  tried: string[];
  /** The manager's "next time" note from their reflection (manager view only). */
  nextTime: string;
  /** "Next time we talk about this" from the last agenda: the day and its topics. */
  again?: { date: string; topicIds: string[] } | undefined;
}

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
    const hints = hasOverrides([fromAdapter])
      ? (await import('../../model/catalog-merge.js')).mergeHints(await builtIn, [fromAdapter]).value
      : await builtIn;
    tried = marked.map((m) => hints.find((h) => h.id === m.hintId)?.text).filter((t): t is string => Boolean(t));
  }
  const reflection = latest(pairOf(feedback).filter((f) => f.sessionId === last && f.by === 'manager'));
  const agenda = latest(pairAgendas.filter((a) => a.sessionId === last));
  const again = agenda?.nextDate ? { date: agenda.nextDate, topicIds: agenda.items.map((i) => i.topicId) } : undefined;
  return { thread: { sessionId: last, tried, nextTime: reflection?.nextTime?.trim() ?? '', again }, errors };
}

export interface ThreadView {
  /** The topics of `again` not on this agenda yet (member): offered to be added again. */
  missing: string[];
  onAgain: () => void;
  onSchedule: () => void;
}

/** The thread, or nothing when last time left nothing to show. */
export function renderThread(v: View, role: 'member' | 'manager', t: Thread | undefined, tv: ThreadView): TemplateResult | typeof nothing {
  if (!t) return nothing;
  const { s } = v;
  const tried = role === 'member' ? t.tried : [];
  const nextTime = role === 'manager' ? t.nextTime : '';
  if (!tried.length && !nextTime && !t.again) return nothing;
  const day = (d: string) =>
    validDay(d) ? new Intl.DateTimeFormat(v.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)) : d;
  const topics = (ids: readonly string[]) => new Intl.ListFormat(v.locale).format(ids.map((id) => v.topic(id)));
  return html`<section part="thread" aria-labelledby="thread-title">
    <p part="title" id="thread-title"><strong>${s.threadTitle}</strong></p>
    ${
      tried.length
        ? html`<p>${s.triedLead}</p>
            <ul part="tried">
              ${tried.map((text) => html`<li>${text}</li>`)}
            </ul>`
        : nothing
    }
    ${
      nextTime
        ? html`<div part="next-time">
            <p>${s.nextTimeLead}</p>
            <p part="next-time-text">${nextTime}</p>
          </div>`
        : nothing
    }
    ${
      t.again
        ? html`<p part="again">${format(s.againOn, { date: day(t.again.date), topics: topics(t.again.topicIds) })}</p>
            <div class="actions">
              ${role === 'member' && tv.missing.length ? html`<button type="button" part="again-add" @click=${tv.onAgain}>${format(s.againAdd, { topics: topics(tv.missing) })}</button>` : nothing}
              <button type="button" part="again-schedule" @click=${tv.onSchedule}>
                ${format(s.againSchedule, { date: day(t.again.date) })}
              </button>
            </div>`
        : nothing
    }
  </section>`;
}
