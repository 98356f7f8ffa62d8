/** The overview's templates, as functions of precomputed rows. No state here. */
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import type { Strings } from '../../core/locale.js';
import type en from '../../i18n/team-overview/en.js';
import type { SortDir, SortKey, TeamRow } from './team-overview.model.js';

export { teamRows, sortRows, rowsOf } from './team-overview.model.js';
export { overviewStyles as styles } from './team-overview.styles.js';

export type S = Strings & typeof en;

export const COLUMNS: readonly SortKey[] = ['name', 'last', 'next', 'days', 'shared', 'actions', 'level', 'gap'];
const ARROW = { up: '↑', flat: '→', down: '↓' } as const;

export interface OverviewContext {
  s: S;
  sort: { key: SortKey; dir: SortDir };
  onSort: (e: Event) => void;
}

function header(c: OverviewContext, key: SortKey): TemplateResult {
  const active = c.sort.key === key;
  return html`<th scope="col" part="column" aria-sort=${active ? c.sort.dir : nothing}>
    <button type="button" part="sort" data-key=${key} @click=${c.onSort}>
      ${c.s[key]}<span class="arrow" aria-hidden="true">${active ? (c.sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

function days(s: S, n: number | undefined): string {
  if (n === undefined) return s.none;
  return n === 0 ? s.today : n === 1 ? s.dayOne : format(s.daysN, { n });
}

/** A row's text, formatted once per data and locale (not per render): the template only binds it. */
export interface RowLabels {
  row: TeamRow;
  cadence: string;
  last: string;
  lastIso: string;
  next: string;
  nextIso: string;
  /** Days since, with "Overdue" when the pair is past its cadence. */
  days: string;
  shared: string;
  level: string;
  /** The trend's arrow (hidden from screen readers, who hear the word) and its word. */
  arrow: string;
  trend: string;
  gap: string;
  gapClass: string;
  /** The open buttons' names: "Open Aoi's last 1:1, …". */
  openLast: string;
  openNext: string;
}

export function labelRows(s: S, date: (ms: number) => string, rows: readonly TeamRow[]): RowLabels[] {
  return rows.map((r) => {
    const differ = r.gap !== undefined && r.gap !== 0;
    return {
      row: r,
      cadence: r.everyWeeks ? (r.everyWeeks === 1 ? s.everyWeek : format(s.everyN, { n: r.everyWeeks })) : '',
      last: r.last !== undefined ? date(r.last) : s.none,
      lastIso: r.last !== undefined ? new Date(r.last).toISOString() : '',
      next: r.next !== undefined ? date(r.next) : s.notScheduled,
      nextIso: r.next !== undefined ? new Date(r.next).toISOString() : '',
      days: r.overdue ? `${days(s, r.daysSince)} ${s.overdue}` : days(s, r.daysSince),
      shared: r.nextShared === undefined ? s.none : r.nextShared ? s.sharedYes : s.sharedNo,
      level: r.level !== undefined ? format(s.levelN, { level: r.level }) : s.none,
      arrow: r.level !== undefined && r.trend ? ` ${ARROW[r.trend]} ` : '',
      trend: r.level !== undefined && r.trend ? s[r.trend] : '',
      gap: differ ? format(s.views, { member: r.memberView!, manager: r.managerView! }) : s.none,
      gapClass: differ && Math.abs(r.gap!) >= 2 ? 'wide' : '',
      openLast: format(s.openLast, { name: r.name }),
      openNext: format(s.openNext, { name: r.name }),
    };
  });
}

// A dated cell: `<time>` when there is a date; a 1on1 with an id is a button that opens it (the
// button's name carries the date, so no `<time>` box inside it: one element per date).
const when = (text: string, iso: string, id: string | undefined, step: 'prepare' | 'reflect', open: string) =>
  iso && id
    ? html`<button type="button" part="open" data-session=${id} data-step=${step} aria-label=${`${open} ${text}`}>${text}</button>`
    : iso
      ? html`<time datetime=${iso}>${text}</time>`
      : text;

// One row template with bindings only (no nested template per cell, whatever the row holds): one
// element per cell, one text per cell where the text is all it needs; an extra element only where
// it carries meaning (the cadence under the name, the arrow hidden from screen readers; empty in a
// row without them).
function row(s: S, l: RowLabels): TemplateResult {
  const r = l.row;
  return html`<tr part="row" data-member=${r.memberId} class=${r.overdue ? 'overdue' : ''}>
    <th scope="row" part="name" data-label=${s.name}>${r.name}<span class="muted">${l.cadence}</span></th>
    <td data-label=${s.last}>${when(l.last, l.lastIso, r.lastId, 'reflect', l.openLast)}</td>
    <td data-label=${s.next}>${when(l.next, l.nextIso, r.nextId, 'prepare', l.openNext)}</td>
    <td data-label=${s.days} part="days" class=${r.overdue ? 'flag' : ''}>${l.days}</td>
    <td data-label=${s.shared} part="shared" class=${r.nextShared ? 'yes' : ''}>${l.shared}</td>
    <td data-label=${s.actions} part="actions" class="num">${r.openActions}</td>
    <td data-label=${s.level} part="level">${l.level}<span aria-hidden="true">${l.arrow}</span>${l.trend}</td>
    <td data-label=${s.gap} part="gap" class=${l.gapClass}>${l.gap}</td>
  </tr>`;
}

export function renderOverview(c: OverviewContext, rows: readonly RowLabels[], localOnly: boolean): TemplateResult {
  const s = c.s;
  const note = localOnly ? html`<p part="note" class="muted">${s.localOnly}</p>` : nothing;
  if (!rows.length)
    return html`<div part="base">
      ${note}
      <p part="empty">${s.noTeam}</p>
    </div>`;
  return html`<div part="base">
    ${note}
    <table part="table">
      <caption>
        ${s.caption}
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map((k) => header(c, k))}
        </tr>
      </thead>
      <tbody>
        ${rows.map((l) => row(s, l))}
      </tbody>
    </table>
    <p class="visually-hidden" role="status">${format(s.sortedBy, { column: s[c.sort.key], dir: s[c.sort.dir] })}</p>
  </div>`;
}
