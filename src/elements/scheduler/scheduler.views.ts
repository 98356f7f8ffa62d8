/** The scheduler's templates, as functions of what the element decided to show. */
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import type { Strings } from '../../core/locale.js';
import type en from '../../i18n/scheduler/en.js';
import type { Series } from '../../model/schemas.js';

export * from './scheduler.model.js';
export * from './scheduler.plan.js';
export { schedulerStyles as styles } from './scheduler.styles.js';

export type S = Strings & typeof en;

export const DURATIONS = [15, 30, 45, 60, 90];
export const REPEATS = [0, 1, 2, 3, 4, 6, 8];

export interface FormView {
  s: S;
  title: string;
  mode: 'create' | 'reschedule' | 'cancelled';
  date: string;
  time: string;
  minutes: number;
  zone: string;
  /** The form's error, shown under the inputs and named by them. */
  invalid: string;
  confirming: boolean;
  /** What the series of this pair says now, if it has one. */
  seriesText: string;
  canEndSeries: boolean;
  /** The pair's open series' weeks: a repeat chosen when creating changes it (one series per pair). */
  openSeriesWeeks?: number;
  message: string;
  link?: { href: string; name: string; label: string };
  localOnly: boolean;
  busy: boolean;
  on: {
    submit: (e: SubmitEvent) => void;
    cancel: () => void;
    confirm: () => void;
    keep: () => void;
    endSeries: () => void;
  };
}

/** The form's heading: scheduling (with whom), moving, or a cancelled 1on1. */
export function titleOf(s: S, mode: FormView['mode'], at: string, otherName?: string): string {
  if (mode === 'create') return otherName ? format(s.createTitleWith, { name: otherName }) : s.createTitle;
  return format(mode === 'cancelled' ? s.cancelledTitle : s.rescheduleTitle, { date: at });
}

/** What the pair's cadence is now, or '' without one. */
export function seriesTextOf(s: S, series: Series | undefined, when: (iso: string) => string): string {
  if (!series) return '';
  if (series.endedAt) return s.seriesEnded;
  return format(series.everyWeeks === 1 ? s.seriesNowWeekly : s.seriesNow, { n: series.everyWeeks, date: when(series.startsAt) });
}

const everyLabel = (s: S, n: number) => (n === 0 ? s.once : n === 1 ? s.everyWeek : format(s.everyNWeeks, { n }));

export function renderForm(v: FormView): TemplateResult {
  const s = v.s;
  const described = v.invalid ? 'zone invalid' : 'zone';
  const fields =
    v.mode === 'cancelled'
      ? nothing
      : html`<div class="fields">
            <label part="field"
              >${s.date}
              <input
                part="input"
                name="date"
                type="date"
                required
                .value=${v.date}
                aria-describedby=${described}
                aria-invalid=${v.invalid ? 'true' : 'false'}
            /></label>
            <label part="field"
              >${s.time}
              <input
                part="input"
                name="time"
                type="time"
                required
                step="300"
                .value=${v.time}
                aria-describedby=${described}
                aria-invalid=${v.invalid ? 'true' : 'false'}
            /></label>
            <label part="field"
              >${s.duration}
              <select part="input" name="minutes">
                ${DURATIONS.map((m) => html`<option value=${m} ?selected=${m === v.minutes}>${format(s.minutes, { minutes: m })}</option>`)}
              </select></label
            >
            ${
              v.mode === 'create'
                ? html`<label part="field"
                    >${s.repeat}
                    <select part="input" name="repeat" aria-describedby=${v.openSeriesWeeks ? 'series-change' : nothing}>
                      ${REPEATS.map((n) => html`<option value=${n}>${everyLabel(s, n)}</option>`)}
                    </select></label
                  >`
                : nothing
            }
          </div>
          <p id="zone" class="muted">${format(s.timeZoneNote, { zone: v.zone })}</p>
          ${v.mode === 'create' && v.openSeriesWeeks ? html`<p id="series-change" part="series-change" class="muted">${s.seriesChange}</p>` : nothing}
          ${v.invalid ? html`<p id="invalid" part="invalid" class="invalid">${v.invalid}</p>` : nothing}`;
  const actions =
    v.mode === 'cancelled'
      ? nothing
      : v.confirming
        ? html`<div part="confirm" class="actions" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${format(s.cancelConfirm, { date: v.title })}</p>
            <button part="button confirm-yes" type="button" class="danger" @click=${v.on.confirm} ?disabled=${v.busy}>
              ${s.cancelYes}
            </button>
            <button part="button confirm-no" type="button" @click=${v.on.keep}>${s.cancelNo}</button>
          </div>`
        : html`<div class="actions">
            <button part="button submit" type="submit" class="primary" ?disabled=${v.busy}>
              ${v.mode === 'create' ? s.create : s.reschedule}
            </button>
            ${
              v.mode === 'reschedule'
                ? html`<button part="button cancel" type="button" @click=${v.on.cancel} ?disabled=${v.busy}>${s.cancel}</button>`
                : nothing
            }
          </div>`;
  return html`<form part="base" aria-labelledby="title" novalidate @submit=${v.on.submit}>
    <h3 id="title" part="title">${v.title}</h3>
    ${v.localOnly ? html`<p part="note" class="muted">${s.localOnly}</p>` : nothing} ${fields} ${actions}
    ${
      v.seriesText
        ? html`<p part="series" class="series">
            ${v.seriesText}
            ${v.canEndSeries ? html`<button part="button end-series" type="button" @click=${v.on.endSeries} ?disabled=${v.busy}>${s.endSeries}</button>` : nothing}
          </p>`
        : nothing
    }
    <div part="status" role="status" class="status">
      ${v.message ? html`<p>${v.message}</p>` : nothing}
      ${v.link ? html`<a part="download" href=${v.link.href} download=${v.link.name}>${v.link.label}</a>` : nothing}
    </div>
  </form>`;
}
