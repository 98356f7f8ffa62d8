/**
 * The cadence's instance code, loaded with its strings at its first connect (not with its class):
 * its styles, its table of groups and periods, and the drill-down.
 */
import { css, html, nothing } from 'lit';
import { renderGate } from '../../core/hr-view.js';
import { format } from '../../core/format.js';
import { dataTableStyles } from '../../core/table-styles.js';
import type { InsightResults } from '../../model/insights.js';
import type { TaiwaCadence } from './cadence.js';
import { styles as own } from './cadence.styles.js';

type Report = InsightResults['cadence'];
type Group = Report['groups'][number];

export const styles = css`
  ${dataTableStyles}
  ${own}
`;

const topOf = (r: Report) => r.groups.find((g) => g.id === r.unit) ?? r.groups[0];

/** Why the report is not shown (no group, no period), or undefined. */
export const hidden = (el: TaiwaCadence, r: Report) => (topOf(r) && r.periods.length > 0 ? undefined : el.base.strings!.empty);

function name(el: TaiwaCadence, g: Group): string {
  const s = el.base.strings!;
  if (g.level === 'organisation') return s.organisation;
  if (g.level === 'department')
    return format(s.department, { name: g.departmentId ? (el.names?.[g.departmentId] ?? g.departmentId) : s.noDepartment });
  return format(s.manager, { name: (g.managerId && el.names?.[g.managerId]) ?? g.managerId ?? '' });
}

function drill(el: TaiwaCadence, g: Group) {
  el.trail = [...el.trail, el.unit];
  el.unit = g.id;
}

function up(el: TaiwaCadence) {
  el.unit = el.trail.pop() ?? 'organisation';
  el.trail = [...el.trail];
}

function renderRow(el: TaiwaCadence, g: Group, pi: number, k: number, top: boolean) {
  const s = el.base.strings!;
  const f = g.figures[pi];
  const cell = (v: string | number | null | undefined) => html`<td>${v ?? s.none}</td>`;
  const label = name(el, g);
  const head = html`<th scope="row">
    ${
      !top && g.published && g.level === 'department'
        ? html`<button part="drill" type="button" aria-label=${format(s.drill, { name: label })} @click=${() => drill(el, g)}>
            ${label}
          </button>`
        : label
    }
  </th>`;
  if (!g.published)
    return html`<tr data-id=${g.id}>
      ${head}
      <td colspan="6">${format(s.hidden, { k })}</td>
    </tr>`;
  return html`<tr data-id=${g.id}>
    ${head}${cell(g.people)}${cell(f?.held)}${cell(f?.cancelled)}
    ${cell(f?.medianIntervalDays == null ? null : format(s.days, { n: Math.round(f.medianIntervalDays) }))}
    ${cell(f?.withinTarget == null ? null : `${Math.round(f.withinTarget * 100)}% (${f.withinTargetPairs}/${f.pairs})`)}
    <td part="overdue" ?data-late=${(f?.overdue ?? 0) > 0}>${f?.overdue ?? s.none}</td>
  </tr>`;
}

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['report', 'shown'];

/** The report's read (the adapter's aggregate, or the given source's count) and the first state. */
export function setup(el: TaiwaCadence): void {
  const base = el.base;
  el.trail = [];
  base.task({
    args: () => [base.adapter, base.viewer?.role, el.source, el.period, el.from, el.to, el.unit, el.asOf, el.k] as const,
    run: async ([adapter, role, source, period, from, to, unit, asOf, k]) => {
      const query = { period, unit, k, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(asOf ? { asOf } : {}) };
      if (adapter) {
        if (role === 'member') return undefined;
        return (await (await base.guarded())!.aggregate('cadence', query)).result;
      }
      if (!source) return undefined;
      const { cadenceInsight } = await import('../../insights/hr.js');
      return cadenceInsight(source, query);
    },
    apply: (r) => {
      el.report = r;
      el.shown = undefined;
    },
  });
}

export const render = (el: TaiwaCadence) => renderGate(el, el.report, (r) => hidden(el, r)) ?? renderCadence(el);

/** The report: the period, the unit with the units right below it, and how the figures are counted. */
function renderCadence(el: TaiwaCadence) {
  const s = el.base.strings!;
  const r = el.report!;
  const top = topOf(r)!;
  const pi = Math.min(el.shown ?? r.periods.length - 1, r.periods.length - 1);
  const children = r.groups.filter((g) => g.parentId === top.id);
  const parent = r.groups.find((g) => g.id === top.parentId);
  return html`${el.base.renderErrors()}
    <div class="bar">
      ${
        el.unit !== 'organisation' && el.trail.length > 0
          ? html`<button part="up" type="button" @click=${() => up(el)}>
              ${format(s.up, { name: parent ? name(el, parent) : s.organisation })}
            </button>`
          : nothing
      }
      <label
        >${s.period}
        <select part="period" @change=${(e: Event) => (el.shown = Number((e.target as HTMLSelectElement).value))}>
          ${r.periods.map((p, i) => html`<option value=${i} ?selected=${i === pi}>${p.key}</option>`)}
        </select></label
      >
    </div>
    <div class="scroll">
      <table part="table">
        <caption>
          ${format(s.caption, { unit: name(el, top), period: r.periods[pi]!.key })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.group}</th>
            <th scope="col">${s.people}</th>
            <th scope="col">${s.held}</th>
            <th scope="col">${s.cancelled}</th>
            <th scope="col">${s.median}</th>
            <th scope="col">${s.within}</th>
            <th scope="col">${s.overdue}</th>
          </tr>
        </thead>
        <tbody>
          ${renderRow(el, top, pi, r.k, true)} ${children.map((g) => renderRow(el, g, pi, r.k, false))}
        </tbody>
      </table>
    </div>
    <p part="note">${format(s.note, { k: r.k })}</p>`;
}
