/**
 * The satisfaction rater's templates for its form. The read-only summary and, for the manager, the
 * perception gap are satisfaction-rater.summary.ts, loaded once there is an answer to show (read
 * with the session's records, or sent). Every text is rendered as text.
 */
import { html, nothing } from 'lit';
import { format } from '../../core/locale.js';
import { TaiwaDataError } from '../../model/data-error.js';
import type { Catalog, Feedback, StyleMatch } from '../../model/schemas.js';
import type en from '../../i18n/satisfaction-rater/en.js';
import type { Answer, RaterItem, Texts } from './satisfaction-rater.model.js';
import type * as Summary from './satisfaction-rater.summary.js';
import { renderShare, type ShareModel } from './satisfaction-rater.share.js';

/**
 * An item's key in a draft's answers. Here, with the templates that key by it, because every part
 * of the rater loads them: a module of its own would be one more file before content.
 */
export const keyOf = (i: RaterItem): string => i.id ?? `${i.topicId}/${i.responseId}`;

export { raterStyles as styles } from './satisfaction-rater.styles.js';

type S = typeof en;
type Scale = { min: number; max: number };

/** What every view reads (with who sees what: the share switch, the policy's default and k). */
export interface ViewContext extends ShareModel {
  catalog: Catalog;
}

/** What the form reads, and where its events go (listeners run with the element as `this`). */
export interface FormModel extends ViewContext {
  scale: Scale;
  /** The overall rating, or `undefined` before one is chosen. */
  overall: number | undefined;
  required: boolean;
  disabled: boolean;
  items: RaterItem[];
  /** The session's records are still being read: its agenda items (or that it has none) and the member's answer are not known yet. */
  reading: boolean;
  answers: Record<string, Answer>;
  texts: Texts;
  /** A message for the user: a restored draft, the overall rating missing on submit, or the 1on1's people unknown. */
  note: '' | 'draftRestored' | 'requiredChoice' | 'missingInfo';
  onChange: (e: Event) => void;
  onInput: (e: Event) => void;
  onSubmit: () => void;
}

/** Everything the rater shows once its strings, catalogue and views are in. */
export interface RaterModel extends FormModel {
  /** The viewer's own answer (just sent, or read): the summary is shown instead of the form. */
  own: Feedback | undefined;
  /** The member's answer, for a manager. */
  theirs: Feedback | undefined;
  sessionId: string;
  /** The adapter the answer went through, asked whether it was sent or only saved on this device. */
  adapter: unknown;
  /** The summary's templates, once loaded (the element loads them with an answer to show). */
  summary: typeof Summary | undefined;
  /** The summary's words for the locale, once loaded (they come with it). */
  later: Summary.SummaryStrings | undefined;
}

/** The form, or the summary once the viewer has answered (`undefined` while its templates load). */
export const renderRater = (m: RaterModel) =>
  !m.own ? renderForm(m) : m.later && m.summary?.renderSummary(summaryKit, m, m.later, m.own, m.theirs);

/**
 * What the one status line says: sent (or only saved on this device, when the adapter still holds
 * it), a restored draft, or where the manager stands. A missing overall rating is an error, shown by
 * the overall group instead.
 */
export function statusOf(m: RaterModel): string {
  const { s, manager, own } = m;
  // An answer is shown with its summary, which says whether it was sent.
  if (own) return (m.later && m.summary?.sentStatus(m, m.later, own)) || '';
  if (m.note === 'draftRestored') return s.draftRestored;
  return m.reading ? '' : manager && m.sessionId ? (m.theirs ? s.memberAnswered : s.waiting) : '';
}

const MATCH: readonly StyleMatch[] = ['yes', 'partly', 'no'];

const isItem = (i: unknown): i is RaterItem => {
  const r = i as Partial<Record<keyof RaterItem, unknown>> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.topicId === 'string' &&
    typeof r.responseId === 'string' &&
    (r.id === undefined || typeof r.id === 'string')
  );
};

/**
 * The entries of the host's `items` that can be rated; each other one (`null`, a string, an object
 * without `topicId` and `responseId`) is skipped and named in an error, so the form still renders.
 */
export function checkItems(items: unknown): { items: RaterItem[]; errors: TaiwaDataError[] } {
  if (items === undefined) return { items: [], errors: [] };
  if (!Array.isArray(items)) return { items: [], errors: [new TaiwaDataError({ kind: 'items', reason: 'not a list of agenda items' })] };
  const errors = items.flatMap((item, i) =>
    isItem(item)
      ? []
      : [new TaiwaDataError({ kind: 'items', field: String(i), reason: 'not an agenda item (it needs topicId and responseId)' })],
  );
  return { items: items.filter(isItem), errors };
}

/**
 * The words of point `p`: all five points of a five-point scale, the two ends of any other. The
 * manager answers on the same range in their own words (手応え, not the member's すっきり度), so
 * the gap between the two stays a difference of points.
 */
export function pointLabel(s: S, p: number, { min, max }: Scale, manager = false): string {
  const [points, low, high] = manager ? [s.managerPoints, s.managerLow, s.managerHigh] : [s.points, s.low, s.high];
  return max - min === 4 ? points[p - min]! : p === min ? low : p === max ? high : '';
}

const responseLabel = (c: Catalog, id: string) => c.responses.find((r) => r.id === id)?.label ?? id;

/** "Topic · response style" in the catalogue's words (the ids where the catalogue lacks them). */
export function itemLabel(v: ViewContext, topicId: string, responseId: string): string {
  const topic = v.catalog.topics.find((t) => t.id === topicId)?.label ?? topicId;
  return format(v.s.itemLabel, { topic, response: responseLabel(v.catalog, responseId) });
}

export const pointText = (s: S, p: number, scale: Scale, manager = false) => [p, pointLabel(s, p, scale, manager)].join(' ').trim();

/** One rating: a native radio group up to 7 points (arrow keys move within it), a `<select>` above. */
function renderScale(m: FormModel, name: string, part: string, question: string, current: number | undefined) {
  const { min, max } = m.scale;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const overall = name === 'overall';
  const required = overall && m.required;
  // The overall rating is what a submit needs: said in the question, and set as an error when missing.
  const label = overall ? html`${question} <span class="required">${m.s.required}</span>` : question;
  const invalid = overall && m.note === 'requiredChoice';
  const aria = {
    required: overall ? 'true' : nothing,
    invalid: invalid ? 'true' : nothing,
    describedby: invalid ? 'overall-problem' : nothing,
  };
  if (points.length > 7) {
    return html`<label part=${part} class="field"
      >${label}
      <select
        part="control"
        name=${name}
        ?required=${required}
        aria-required=${aria.required}
        aria-invalid=${aria.invalid}
        aria-describedby=${aria.describedby}
      >
        <option value="">${m.s.choose}</option>
        ${points.map((p) => html`<option .value=${String(p)} ?selected=${p === current}>${pointText(m.s, p, m.scale, m.manager)}</option>`)}
      </select></label
    >`;
  }
  // A radio group that is required is `radiogroup` with `aria-required`, which a plain group cannot carry.
  return html`<fieldset
    part=${part}
    role=${overall ? 'radiogroup' : nothing}
    aria-required=${aria.required}
    aria-invalid=${aria.invalid}
    aria-describedby=${aria.describedby}
  >
    <legend part="question">${label}</legend>
    <div class="points">
      ${points.map((p) => {
        const words = pointLabel(m.s, p, m.scale, m.manager);
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
    ${m.note === 'requiredChoice' ? html`<p part="problem" id="overall-problem" role="alert">${s.requiredChoice}</p>` : nothing}
    ${m.items.length ? m.items.map((item, i) => renderItem(m, item, i)) : m.reading ? nothing : html`<p part="empty">${s.noItems}</p>`}
    ${manager ? [renderField(m, 'wentWell', s.wentWell), renderField(m, 'nextTime', s.nextTime)] : renderField(m, 'comment', s.comment)}
    ${m.note === 'missingInfo' ? html`<p part="problem" role="alert">${s.missingInfo}</p>` : nothing} ${renderShare(m)}
    <button part="submit" type="button" aria-describedby="who-sees" @click=${m.onSubmit}>${manager ? s.submitManager : s.submit}</button>
  </fieldset>`;
}

/**
 * What the summary's templates are handed (Lit's and the form's): the summary loads after content
 * and imports nothing of the element's chunk, which would otherwise be split into a chunk the two
 * share, one more file before content.
 */
const summaryKit = { html, nothing, format, itemLabel, pointText };
export type SummaryKit = typeof summaryKit;
