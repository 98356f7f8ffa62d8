/** The list's templates, as functions of precomputed rows. No state here; the element decides. */
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import type { Strings } from '../../core/locale.js';
import type en from '../../i18n/session-list/en.js';
import type { SessionRow } from './session-list.model.js';

export { sessionRows, hrefFor } from './session-list.model.js';
export { listStyles as styles } from './session-list.styles.js';

export type S = Strings & typeof en;

export interface ListContext {
  s: S;
  /** Date and time in the viewer's zone. */
  when: (ms: number) => string;
  name: (id: string) => string;
  /** A link for the step when the host routes by link (`href-template`), else empty. */
  href: (row: SessionRow) => string;
  onStep: (e: Event) => void;
}

function badges(c: ListContext, r: SessionRow): TemplateResult {
  const s = c.s;
  const list: Array<[string, string]> = [];
  if (r.cancelled) list.push(['cancelled', s.cancelled]);
  else {
    if (r.upcoming || r.agendaShared) list.push([r.agendaShared ? 'done' : 'open', r.agendaShared ? s.agendaShared : s.agendaNotShared]);
    if (!r.upcoming) {
      if (r.rated) list.push(['done', s.rated]);
      if (r.reflected) list.push(['done', s.reflected]);
      if (r.levelAnswered) list.push(['done', s.levelAnswered]);
    }
    if (r.overdue) list.push(['overdue', s.overdue]);
  }
  return html`<ul part="states" class="states">
    ${list.map(([kind, label]) => html`<li part="state" class=${kind}>${label}</li>`)}
  </ul>`;
}

function step(c: ListContext, r: SessionRow): TemplateResult | typeof nothing {
  if (!r.step) return nothing;
  const label = c.s[r.step];
  const full = format(c.s.stepLabel, { step: label, name: c.name(r.partnerId), date: c.when(r.at) });
  const href = c.href(r);
  const data = { step: r.step, session: r.session.id, member: r.session.memberId };
  return href
    ? html`<a
        part="step"
        class="step"
        href=${href}
        aria-label=${full}
        data-step=${data.step}
        data-session=${data.session}
        data-member=${data.member}
        @click=${c.onStep}
        >${label}</a
      >`
    : html`<button
        part="step"
        class="step"
        type="button"
        aria-label=${full}
        data-step=${data.step}
        data-session=${data.session}
        data-member=${data.member}
        @click=${c.onStep}
      >
        ${label}
      </button>`;
}

function row(c: ListContext, r: SessionRow): TemplateResult {
  const minutes = r.session.durationMinutes;
  return html`<li part="session" class=${r.cancelled ? 'session cancelled' : 'session'} data-session=${r.session.id}>
    <div class="when">
      <time part="time" datetime=${new Date(r.at).toISOString()}>${c.when(r.at)}</time>
      ${minutes ? html`<span class="muted">${format(c.s.minutes, { minutes })}</span>` : nothing}
    </div>
    <div part="partner" class="partner">${format(c.s.withPartner, { name: c.name(r.partnerId) })}</div>
    ${badges(c, r)} ${step(c, r)}
  </li>`;
}

/** Upcoming (next first) and the first `shown` past 1on1s (latest first), with "show earlier". */
export function renderList(
  c: ListContext,
  rows: { upcoming: SessionRow[]; past: SessionRow[] },
  shown: number,
  onMore: () => void,
  localOnly: boolean,
): TemplateResult {
  const s = c.s;
  const past = rows.past.slice(0, shown);
  const note = localOnly ? html`<p part="note" class="note">${s.localOnly}</p>` : nothing;
  if (!rows.upcoming.length && !rows.past.length)
    return html`<div part="base">
      ${note}
      <p part="empty">${s.empty}</p>
    </div>`;
  return html`<div part="base">
    ${note}
    <section aria-labelledby="upcoming">
      <h3 id="upcoming" part="heading">${s.upcoming}</h3>
      ${
        rows.upcoming.length
          ? html`<ol part="list" class="list">
              ${rows.upcoming.map((r) => row(c, r))}
            </ol>`
          : html`<p part="empty">${s.noUpcoming}</p>`
      }
    </section>
    <section aria-labelledby="past">
      <h3 id="past" part="heading">${s.past}</h3>
      ${
        rows.past.length
          ? html`<ol part="list" class="list">
                ${past.map((r) => row(c, r))}
              </ol>
              <p class="muted" part="count">${format(s.shownOf, { shown: past.length, total: rows.past.length })}</p>
              ${
                past.length < rows.past.length
                  ? html`<button part="more" class="more" type="button" @click=${onMore}>${s.showEarlier}</button>`
                  : nothing
              }`
          : html`<p part="empty">${s.noPast}</p>`
      }
    </section>
  </div>`;
}
