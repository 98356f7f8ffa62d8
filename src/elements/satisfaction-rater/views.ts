/**
 * The satisfaction rater's templates: the form, the read-only summary and, for the manager, the
 * perception gap. Loaded lazily, in parallel with the locale strings the element waits for anyway,
 * so the element's up-front code stays small. Every text is rendered as text.
 */
import { html, nothing } from 'lit';
import { format } from '../../core/locale.js';
import { itemKey, perceptionGap, type GapRow } from '../../insights/gap.js';
import type { Catalog, Feedback, StyleMatch } from '../../model/schemas.js';
import type en from '../../i18n/satisfaction-rater/en.js';
import { keyOf, type Answer, type RaterItem, type Texts } from './shared.js';

export { raterStyles as styles } from './satisfaction-rater.styles.js';

type S = typeof en;
type Scale = { min: number; max: number };

/** What every view reads. */
export interface ViewContext {
  s: S;
  catalog: Catalog;
  manager: boolean;
}

/** What the form reads, and where its events go (listeners run with the element as `this`). */
export interface FormModel extends ViewContext {
  scale: Scale;
  /** The overall rating, or `undefined` before one is chosen. */
  overall: number | undefined;
  required: boolean;
  disabled: boolean;
  items: RaterItem[];
  answers: Record<string, Answer>;
  texts: Texts;
  /** The status line. */
  note: string;
  onChange: (e: Event) => void;
  onInput: (e: Event) => void;
  onSubmit: () => void;
}

const MATCH: readonly StyleMatch[] = ['yes', 'partly', 'no'];

/** The words of point `p`: all five points of a five-point scale, the two ends of any other. */
export function pointLabel(s: S, p: number, { min, max }: Scale): string {
  return max - min === 4 ? s.points[p - min]! : p === min ? s.low : p === max ? s.high : '';
}

const responseLabel = (c: Catalog, id: string) => c.responses.find((r) => r.id === id)?.label ?? id;

/** "Topic · response style" in the catalogue's words (the ids where the catalogue lacks them). */
export function itemLabel(v: ViewContext, topicId: string, responseId: string): string {
  const topic = v.catalog.topics.find((t) => t.id === topicId)?.label ?? topicId;
  return format(v.s.itemLabel, { topic, response: responseLabel(v.catalog, responseId) });
}

const pointText = (s: S, p: number, scale: Scale) => [p, pointLabel(s, p, scale)].join(' ').trim();

/** One rating: a native radio group up to 7 points (arrow keys move within it), a `<select>` above. */
function renderScale(m: FormModel, name: string, part: string, question: string, current: number | undefined) {
  const { min, max } = m.scale;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const required = name === 'overall' && m.required;
  if (points.length > 7) {
    return html`<label part=${part} class="field"
      >${question}
      <select part="control" name=${name} ?required=${required}>
        <option value="">${m.s.choose}</option>
        ${points.map((p) => html`<option .value=${String(p)} ?selected=${p === current}>${pointText(m.s, p, m.scale)}</option>`)}
      </select></label
    >`;
  }
  return html`<fieldset part=${part}>
    <legend part="question">${question}</legend>
    <div class="points">
      ${points.map((p) => {
        const words = pointLabel(m.s, p, m.scale);
        return html`<label part="point"
          ><input part="control" type="radio" name=${name} .value=${String(p)} .checked=${p === current} ?required=${required} /><span
            part="point-value"
            >${p}</span
          >
          ${words ? html`<span part="point-label">${words}</span>` : nothing}</label
        >`;
      })}
    </div>
  </fieldset>`;
}

function renderItem(m: FormModel, item: RaterItem, index: number) {
  const { s } = m;
  const a = m.answers[keyOf(item)] ?? {};
  return html`<fieldset part="item">
    <legend part="item-label">${itemLabel(m, item.topicId, item.responseId)}</legend>
    ${renderScale(m, `r${index}`, 'rating', m.manager ? s.itemRatingManager : s.itemRating, a.rating)}
    ${
      m.manager
        ? nothing
        : html`<fieldset part="match">
            <legend part="question">${format(s.styleMatch, { response: responseLabel(m.catalog, item.responseId) })}</legend>
            <div class="points">
              ${MATCH.map(
                (v) =>
                  html`<label part="point"
                    ><input part="control" type="radio" name=${`m${index}`} .value=${v} .checked=${a.styleMatch === v} />${s[v]}</label
                  >`,
              )}
            </div>
          </fieldset>`
    }
  </fieldset>`;
}

const renderField = (m: FormModel, name: keyof Texts, label: string) =>
  html`<label class="field">${label}<textarea part="field" name=${name} maxlength="2000" .value=${m.texts[name]}></textarea></label>`;

/** The member's rating form, or the manager's reflection form. */
export function renderForm(m: FormModel) {
  const { s, manager } = m;
  return html`<fieldset part="base" ?disabled=${m.disabled} @change=${m.onChange} @input=${m.onInput}>
    <legend part="legend">${manager ? s.titleManager : s.title}</legend>
    ${renderScale(m, 'overall', 'overall', manager ? s.overallManager : s.overall, m.overall)}
    ${m.items.length ? m.items.map((item, i) => renderItem(m, item, i)) : html`<p part="empty">${s.noItems}</p>`}
    ${manager ? [renderField(m, 'wentWell', s.wentWell), renderField(m, 'nextTime', s.nextTime)] : renderField(m, 'comment', s.comment)}
    <p part="status" role="status">${m.note}</p>
    <button part="submit" type="button" @click=${m.onSubmit}>${manager ? s.submitManager : s.submit}</button>
  </fieldset>`;
}

/** A signed gap; U+2212 so a screen reader says "minus". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');
const cell = (n: number | undefined) => (n === undefined ? '–' : String(n));

function renderGap(v: ViewContext, own: Feedback, member: Feedback) {
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

/** The viewer's own answers, read-only; for the manager, the gap or "waiting for the member". */
export function renderSummary(v: ViewContext, own: Feedback, member?: Feedback) {
  const { s, manager } = v;
  const point = (p: number) => pointText(s, p, own.scale);
  const texts: [string, string | undefined][] = manager
    ? [
        [s.wentWell, own.wentWell],
        [s.nextTime, own.nextTime],
      ]
    : [[s.yourComment, own.comment]];
  return html`<section part="summary" tabindex="-1" aria-label=${manager ? s.titleManager : s.title}>
    <p part="status" role="status">${manager ? s.sentManager : s.sent}</p>
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
    ${manager ? (member ? renderGap(v, own, member) : html`<p part="waiting">${s.waiting}</p>`) : nothing}
  </section>`;
}
