/**
 * The thread between 1on1s, at the top of the agenda: what the member ticked "今回試す" last time
 * (for the member), the manager's own "次回意識すること" from their reflection (for the manager), and
 * the day the last agenda named for "next time we talk about this", with its topics. What it shows is
 * read after the agenda's content (agenda.thread-load.ts, with agenda.edit.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/locale.js';
import { validDay } from './agenda.model.js';
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
