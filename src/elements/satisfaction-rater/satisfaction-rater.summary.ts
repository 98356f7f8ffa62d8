/**
 * The satisfaction rater's read-only summary of an answer and, for the manager, the perception gap
 * (or what stands in its place when the member did not share by name). Loaded once there is an
 * answer to show: with the session's records that hold one, or beside the save at a submit. Every
 * text is rendered as text.
 */
import type { TemplateResult } from 'lit';
import { itemKey, perceptionGap, type GapRow } from '../../insights/gap.js';
import type { Feedback } from '../../model/schemas.js';
import type en from '../../i18n/satisfaction-rater/en.js';
import later from '../../i18n/satisfaction-rater/summary-en.js';
import type { StringLoaders } from '../../core/locale.js';
import { summarySheet } from './satisfaction-rater.summary-styles.js';
import type { SummaryKit, ViewContext } from './satisfaction-rater.views.js';
import { delivered } from '../../core/save-controller.js';

/*
 * Lit's `html` and `nothing`, `format` and the form's `itemLabel` and `pointText` are handed in by
 * the form's views (`SummaryKit`), not imported: this module loads after content, and anything it
 * imported from the element's own chunk would make that a chunk of its own (one more file before content).
 */

/** The words of the summary, per locale: loaded with it (English comes with this module). */
export const strings: StringLoaders<typeof later> = {
  en: later,
  ja: () => import('../../i18n/satisfaction-rater/summary-ja.js'),
};

export type SummaryStrings = typeof later;

/** Whether the manager sees this member answer by name: the member's choice, or the policy's default. */
export const shownByName = (f: Pick<Feedback, 'sharedWithManager'>, shareDefault: boolean): boolean =>
  (f.sharedWithManager ?? shareDefault) === true;

/**
 * Takes the summary's styles in on a rater's shadow root, just after the first of `after` adopted
 * there (the form's, else the host's), so a subclass's own styles still come later.
 */
export function attach(root: ShadowRoot, after: (CSSStyleSheet | undefined)[]): void {
  const sheets = root.adoptedStyleSheets;
  if (!summarySheet || !sheets || sheets.includes(summarySheet)) return;
  const at = sheets.indexOf(after.find((a) => a && sheets.includes(a))!) + 1;
  root.adoptedStyleSheets = [...sheets.slice(0, at), summarySheet, ...sheets.slice(at)];
}

type S = typeof en & SummaryStrings;

/** What the status line says over a sent answer: sent, or only saved on this device while the adapter still holds it. */
export function sentStatus(m: { manager: boolean; adapter: unknown }, s: SummaryStrings, own: Feedback): string {
  const { manager } = m;
  // Outside a provider nothing was sent: the answers went to the page as an event.
  if (!m.adapter) return manager ? s.notSentManager : s.notSent;
  const sent = delivered(m.adapter, 'feedback', own.id);
  return manager ? (sent ? s.sentManager : s.savedManager) : sent ? s.sent : s.saved;
}

/** Under a sent answer: whether it went to the manager by name. */
export function renderSentShare({ html, nothing }: SummaryKit, m: { s: S; shareDefault: boolean }, own: Feedback) {
  if (own.by !== 'member') return nothing;
  return html`<p part="who-sees">${shownByName(own, m.shareDefault) ? m.s.sharedSummary : m.s.privateSummary}</p>`;
}

/** For the manager, where the member's answers were not shared by name: their comment only. */
export function renderNotShared({ html, nothing }: SummaryKit, s: S, member: Feedback) {
  return html`<p part="not-shared">${s.notShared}</p>
    ${
      member.comment
        ? html`<p><strong>${s.memberComment}</strong></p>
            <blockquote part="comment">${member.comment}</blockquote>`
        : nothing
    }`;
}

/** A signed gap; U+2212 so a screen reader says "minus". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');
const cell = (n: number | undefined) => (n === undefined ? '–' : String(n));

function renderGap(k: SummaryKit, v: ViewContext & { s: S }, own: Feedback, member: Feedback) {
  const { html, nothing, format, itemLabel } = k;
  const { s } = v;
  const gap = perceptionGap(member, own);
  const label = (r: GapRow) => (r.key === '' ? s.overallShort : itemLabel(v, r.topicId!, r.responseId!));
  const matches = new Map(member.items.map((i) => [itemKey(i), i.styleMatch]));
  return html`<table part="gap">
      <caption>
        <strong>${s.gapTitle}</strong>
        <span class="muted">${format(s.gapCaption, gap.scale)}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.gapItem}</th>
          <th scope="col">${s.gapMember}</th>
          <th scope="col">${s.gapMe}</th>
          <th scope="col">${s.gapGap}</th>
        </tr>
      </thead>
      <tbody>
        ${[gap.overall, ...gap.items].map((r) => {
          const m = matches.get(r.key);
          return html`<tr data-key=${r.key}>
            <th scope="row">${label(r)}${m ? html` <br /><span class="muted">${format(s.matched, { answer: s[m] })}</span>` : nothing}</th>
            <td>${cell(r.member)}</td>
            <td>${cell(r.manager)}</td>
            <td>${r.gap === undefined ? '–' : signed(r.gap)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${gap.notable.map((r) => html`<p part="gap-note">${format(r.gap! > 0 ? s.gapHigher : s.gapLower, { item: label(r), n: Math.abs(r.gap!) })}</p>`)}
    ${
      member.comment
        ? html`<p><strong>${s.memberComment}</strong></p>
            <blockquote part="comment">${member.comment}</blockquote>`
        : nothing
    }`;
}

/**
 * The viewer's own answers, read-only; for the manager, the gap or "waiting for the member". Named by
 * the status line above it (`#status`), which says whether they were sent: focus lands here after a
 * submit, so that sentence is read with it.
 */
export function renderSummary(k: SummaryKit, form: ViewContext, words: SummaryStrings, own: Feedback, member?: Feedback): TemplateResult {
  const { html, nothing, format, itemLabel, pointText } = k;
  const s: S = { ...form.s, ...words };
  const v = { ...form, s };
  const { manager } = v;
  // Read in the words of whoever answered: a reflection never reads "5 すっきりした".
  const point = (p: number) => pointText(s, p, own.scale, own.by === 'manager');
  const texts: [string, string | undefined][] = manager
    ? [
        [s.wentWell, own.wentWell],
        [s.nextTime, own.nextTime],
      ]
    : [[s.yourComment, own.comment]];
  return html`<section part="summary" tabindex="-1" aria-labelledby="status">
    <dl>
      <dt>${s.overallShort}</dt>
      <dd>${point(own.overall)}</dd>
      ${own.items.map(
        (i) =>
          html`<dt>${itemLabel(v, i.topicId, i.responseId)}</dt>
            <dd>
              ${point(i.rating)}${i.styleMatch ? html` <br /><span class="muted">${format(s.matched, { answer: s[i.styleMatch] })}</span>` : nothing}
            </dd>`,
      )}
      ${texts.map(([label, text]) =>
        text
          ? html`<dt>${label}</dt>
              <dd>${text}</dd>`
          : nothing,
      )}
    </dl>
    ${manager ? (!member ? html`<p part="waiting">${s.waiting}</p>` : shownByName(member, v.shareDefault) ? renderGap(k, v, own, member) : renderNotShared(k, s, member)) : renderSentShare(k, v, own)}
  </section>`;
}
