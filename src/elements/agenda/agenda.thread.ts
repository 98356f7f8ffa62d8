/**
 * The thread between 1on1s, at the top of the agenda: what the member ticked "今回試す" last time
 * (for the member), the manager's own "次回意識すること" from their reflection (for the manager), and
 * the day the last agenda named for "next time we talk about this", with its topics; and after a
 * submit, the dialogue frame's offers. What it shows is read after the agenda's content
 * (agenda.thread-load.ts), so its template and what its buttons do come with agenda.edit.ts too,
 * as does the dialogue frame's button. It imports nothing of the content's modules but types, not
 * even Lit's `html` or the formatter: the agenda hands them in (`ui.lib`), see agenda.edit.ts.
 */
import type { TemplateResult } from 'lit';
import { TaiwaScheduleRequestEvent } from '../../events/schedule-request.js';
import type { TaiwaActionList } from '../action-list/action-list.js';
import type { Agenda, Locale } from '../../model/schemas.js';
import enLater from '../../i18n/agenda/en.later.js';
import type { AgendaDraft } from './agenda.model.js';
import type { View } from './agenda.read.js';
import type { Views } from './agenda.views.js';
import { withFrame, type Offer } from './agenda.frame.js';

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

/**
 * What of `taiwa-agenda` the thread, the frame and the offers use (its protected members, seen from
 * here: the agenda hands itself over as this).
 */
export interface AgendaHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly locale: Locale;
  readonly ui?: Views | undefined;
  readonly draft?: AgendaDraft | undefined;
  readonly thread?: Thread | undefined;
  readonly record?: Agenda | undefined;
  readonly viewer?: { id: string } | undefined;
  readonly perspective: string;
  readonly memberId: string;
  activeTopic: string;
  offers: Offer[];
  changeDraft(draft: AgendaDraft): void;
  waitFor<T>(work: Promise<T>): Promise<T>;
  requestUpdate(): void;
  setErrors(key: unknown, errors: readonly Error[]): void;
}

type LaterStrings = typeof enLater;

/**
 * How another locale's strings of this part load (i18n/agenda/ja.later.ts). A test may make the
 * load fail, or hold it back.
 */
export const later = {
  strings: (_locale: Locale): Promise<LaterStrings> => import('../../i18n/agenda/ja.later.js').then((m) => m.default),
};

/** The key of a failed load's error among the agenda's errors. */
const FAILED = 'later-strings';

interface Asked {
  locale: Locale;
  load: Promise<LaterStrings>;
  strings?: LaterStrings;
  /** The load failed: asked again only by a caller that needs the strings now, or on a trigger (see `retryOn`). */
  failed?: boolean;
}
/** Per agenda: the locale whose strings (below) are in or asked for. */
const asked = new WeakMap<AgendaHost, Asked>();
/** Per agenda: what waits for the strings to come in after a failed load (a submit's offers). */
const waiting = new WeakMap<AgendaHost, ((s: LaterStrings) => void)[]>();

/**
 * What only this part shows, in the agenda's locale (i18n/agenda/en.later.ts): English with this
 * part, another locale's one request later. The agenda updates once they are in. A failed load is
 * shown as the agenda's error, and asked for again by the next caller that needs them (`again`: a
 * submit, the frame's button), or once the member next acts on the agenda or the browser is back
 * online; never by a render (`stringsNow`), which would ask again on every update the failure causes.
 */
function laterStrings(host: AgendaHost, again = true): Promise<LaterStrings> {
  const { locale } = host;
  const at = asked.get(host);
  if (at?.locale === locale && !(again && at.failed)) return at.load;
  const entry: Asked = { locale, load: locale === 'en' ? Promise.resolve(enLater) : later.strings(locale) };
  asked.set(host, entry);
  void host.waitFor(entry.load).then(
    (strings) => {
      entry.strings = strings;
      if (asked.get(host) !== entry) return;
      host.setErrors(FAILED, []);
      for (const done of waiting.get(host)?.splice(0) ?? []) done(strings);
      host.requestUpdate();
    },
    (err: unknown) => {
      if (asked.get(host) !== entry) return;
      entry.failed = true;
      host.setErrors(FAILED, [err instanceof Error ? err : new Error(String(err))]);
      retryOn(host, entry);
    },
  );
  return entry.load;
}

/**
 * After a failed load: the member's next key or pointer press on the agenda, or the browser back
 * online, asks again (once: a failure then waits for the next trigger).
 */
function retryOn(host: AgendaHost, entry: Asked): void {
  const stop = new AbortController();
  const retry = () => {
    stop.abort();
    if (asked.get(host) === entry) laterStrings(host).catch(() => undefined);
  };
  const options = { once: true, passive: true, signal: stop.signal };
  addEventListener('online', retry, options);
  for (const type of ['keydown', 'pointerdown']) host.addEventListener(type, retry, options);
}

/** The strings now, if they are in (else they are asked for, unless the last load failed, and the agenda updates when in). */
function stringsNow(host: AgendaHost): LaterStrings | undefined {
  if (host.locale === 'en') return enLater;
  void laterStrings(host, false);
  const at = asked.get(host);
  return at?.locale === host.locale ? at.strings : undefined;
}

/** The thread, or nothing when last time left nothing to show; `missing`: the topics of `again` not on this agenda yet. */
export function renderThread(
  v: View,
  role: 'member' | 'manager',
  t: Thread | undefined,
  missing: readonly string[],
  host: AgendaHost,
): TemplateResult | symbol {
  const { html, nothing, format, day: dayIn } = host.ui!.lib;
  const s = t && stringsNow(host);
  if (!t || !s) return nothing;
  const day = (d: string) => dayIn(d, v.locale);
  const tried = role === 'member' ? t.tried : [];
  const nextTime = role === 'manager' ? t.nextTime : '';
  if (!tried.length && !nextTime && !t.again) return nothing;
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
              ${
                role === 'member' && missing.length
                  ? html`<button type="button" part="again-add" @click=${() => againTopics(host)}>
                      ${format(s.againAdd, { topics: topics(missing) })}
                    </button>`
                  : nothing
              }
              <button type="button" part="again-schedule" @click=${() => requestSchedule(host)}>
                ${format(s.againSchedule, { date: day(t.again.date) })}
              </button>
            </div>`
        : nothing
    }
  </section>`;
}

/** "Make … an action item?" with a yes and a no, for each offer. */
export function renderOffers(host: AgendaHost): TemplateResult | symbol {
  const { html, nothing, format } = host.ui!.lib;
  const { offers } = host;
  const s = offers.length ? stringsNow(host) : undefined;
  if (!s) return nothing;
  return html`${offers.map(
    (o, i) =>
      html`<div part="frame-offer" role="group" aria-labelledby=${`offer-${i}`}>
        <p id=${`offer-${i}`}>${format(s.frameOffer, { text: o.text })}</p>
        <button type="button" part="frame-yes" @click=${() => answerOffer(host, o, true)}>${s.frameYes}</button>
        <button type="button" part="frame-no" @click=${() => answerOffer(host, o, false)}>${s.frameNo}</button>
      </div>`,
  )}`;
}

/** The topics the last agenda named for "next time we talk about this", back on this one. */
function againTopics(host: AgendaHost): void {
  const again = host.thread?.again;
  const { draft, ui } = host;
  if (!again || !draft || !ui) return;
  host.changeDraft(ui.withTopics(draft, [...draft.items.map((i) => i.topicId), ...again.topicIds]));
  host.activeTopic = again.topicIds[0] ?? host.activeTopic;
}

/** Asks the host page for a 1on1 on the day the last agenda named, with the topics to carry into it. */
function requestSchedule(host: AgendaHost): void {
  const { thread, record } = host;
  if (!thread?.again) return;
  const member = host.perspective === 'member';
  host.dispatchEvent(
    new TaiwaScheduleRequestEvent({
      memberId: member ? (host.viewer?.id ?? '') : host.memberId || (record?.memberId ?? ''),
      managerId: member ? record?.managerId : host.viewer?.id,
      date: thread.again.date,
      topicIds: [...thread.again.topicIds],
      fromSessionId: thread.sessionId,
    }),
  );
}

/** Answers an offer; the agenda's `updateComplete` includes the write it starts. */
function answerOffer(host: AgendaHost, offer: Offer, yes: boolean): void {
  const root = host.renderRoot;
  const list = root.querySelector<TaiwaActionList>('[part~="actions"]');
  host.offers = host.offers.filter((o) => o !== offer);
  if (yes && list) void host.waitFor(list.add(offer.text, offer.visibility));
  // Focus goes to the next offer, else back to the summary (the pressed button is gone).
  void host.updateComplete.then(() => root.querySelector<HTMLElement>('[part="frame-yes"], [part="summary"]')?.focus());
}

/** The frame's heading lines in `s`, formatted as the agenda's strings make them. */
function linesOf(host: AgendaHost, s: LaterStrings): string[] {
  const format = host.ui?.lib.format;
  return format ? s.frameHeadings.map((heading) => format(s.frameLine, { heading })) : [];
}

/** The dialogue frame's heading lines in the agenda's locale (rejects when its strings fail to load: shown as the agenda's error). */
export async function frameLines(host: AgendaHost): Promise<string[]> {
  return linesOf(host, await laterStrings(host));
}

/** The frame's heading lines once the agenda's strings come in after a failed load (at a retry; never, if none succeeds). */
export function frameLinesLater(host: AgendaHost): Promise<string[]> {
  const list = waiting.get(host) ?? [];
  waiting.set(host, list);
  return new Promise((resolve) => list.push((s) => resolve(linesOf(host, s))));
}

/** Fills the memo of item `id` with the dialogue frame's headings, and puts the caret under the first. */
export async function useFrame(host: AgendaHost, id: string): Promise<void> {
  // Strings that fail to load: the error is shown, the memo stays as it is, and the next press asks again.
  // (A try, not `.catch(() => [])`: with that one more step before the memo is filled, Chromium's
  // renderer crashed under agenda-frame.test.ts's key press, every run of three.)
  let lines: string[] = [];
  try {
    lines = await frameLines(host);
  } catch {
    // Shown as the agenda's error (see laterStrings); the next press asks again.
  }
  // Read now: the member may have typed in the memo while this part loaded.
  const { draft, ui } = host;
  const item = draft?.items.find((i) => i.id === id);
  if (!item || !ui || !lines.length) return;
  host.changeDraft(ui.withItem(draft!, item.id, { memo: withFrame(lines, item.memo) }));
  await host.updateComplete;
  const area = host.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-item="${CSS.escape(item.id)}"]`);
  area?.focus();
  // The caret after the first heading, where the member starts to write.
  const at = area?.value.indexOf('\n') ?? -1;
  if (area && at >= 0 && !item.memo.trim()) area.setSelectionRange(at + 1, at + 1);
}
