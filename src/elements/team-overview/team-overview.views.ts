/** The overview's templates, as functions of precomputed rows. No state here. */
import { html, nothing, type TemplateResult } from 'lit';
import { format, type Strings } from '../../core/locale.js';
import type en from '../../i18n/team-overview/en.js';
import type { SortDir, SortKey, TeamRow } from './team-overview.model.js';

export { teamRows, sortRows, rowsOf } from './team-overview.model.js';
export { overviewStyles as styles } from './team-overview.styles.js';

export type S = Strings & typeof en;

export const COLUMNS: readonly SortKey[] = ['name', 'last', 'next', 'days', 'shared', 'actions', 'level', 'gap'];
const ARROW = { up: '↑', flat: '→', down: '↓' } as const;

export interface OverviewContext {
  s: S;
  date: (ms: number) => string;
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

function row(c: OverviewContext, r: TeamRow): TemplateResult {
  const s = c.s;
  const cadence = r.everyWeeks ? (r.everyWeeks === 1 ? s.everyWeek : format(s.everyN, { n: r.everyWeeks })) : '';
  const differ = r.gap !== undefined && r.gap !== 0;
  return html`<tr part="row" data-member=${r.memberId} class=${r.overdue ? 'overdue' : ''}>
    <th scope="row" part="name" data-label=${s.name}>${r.name}${cadence ? html`<span class="muted">${cadence}</span>` : nothing}</th>
    <td data-label=${s.last}>
      ${r.last !== undefined ? html`<time datetime=${new Date(r.last).toISOString()}>${c.date(r.last)}</time>` : s.none}
    </td>
    <td data-label=${s.next}>
      ${r.next !== undefined ? html`<time datetime=${new Date(r.next).toISOString()}>${c.date(r.next)}</time>` : s.notScheduled}
    </td>
    <td data-label=${s.days} part="days">
      ${days(s, r.daysSince)}${r.overdue ? html` <strong class="flag">${s.overdue}</strong>` : nothing}
    </td>
    <td data-label=${s.shared} part="shared" class=${r.nextShared ? 'yes' : ''}>
      ${r.nextShared === undefined ? s.none : r.nextShared ? s.sharedYes : s.sharedNo}
    </td>
    <td data-label=${s.actions} part="actions" class="num">${r.openActions}</td>
    <td data-label=${s.level} part="level">
      ${
        r.level !== undefined
          ? html`${format(s.levelN, { level: r.level })}
              <span class="trend ${r.trend}"><span aria-hidden="true">${ARROW[r.trend!]}</span> ${s[r.trend!]}</span>`
          : s.none
      }
    </td>
    <td data-label=${s.gap} part="gap" class=${differ && Math.abs(r.gap!) >= 2 ? 'wide' : ''}>
      ${differ ? format(s.views, { member: r.memberView!, manager: r.managerView! }) : s.none}
    </td>
  </tr>`;
}

export function renderOverview(c: OverviewContext, rows: readonly TeamRow[], localOnly: boolean): TemplateResult {
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
        ${rows.map((r) => row(c, r))}
      </tbody>
    </table>
    <p class="visually-hidden" role="status">${format(s.sortedBy, { column: s[c.sort.key], dir: s[c.sort.dir] })}</p>
  </div>`;
}
