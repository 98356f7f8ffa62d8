import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { format } from '../../core/locale.js';
import { hostStyles } from '../../core/styles.js';
import type { HrSource } from '../../insights/hr.js';
import type { InsightResults } from '../../model/insights.js';
import en from '../../i18n/cadence/en.js';
import { styles } from './cadence.styles.js';
import { dataTableStyles } from '../../core/table-styles.js';
import { TaiwaHrView } from '../../core/hr-view.js';

type Report = InsightResults['cadence'];
type Group = Report['groups'][number];

/**
 * 1on1の実施状況: the count of 1on1s, their regularity (median interval; share of pairs within their
 * target interval, from each pair's series) and overdue pairs, for one org unit and the units
 * right below it, over whole calendar months or quarters. HR drills down organisation →
 * department → manager's team and never to a member; a group of fewer than `k` members is hidden
 * with its complement (`src/insights/cadence.ts`, `suppression.ts`).
 *
 * Inside a provider it asks the adapter (`aggregate('cadence')`; a server decides what the viewer
 * may see: a manager, their own team in full); outside one, give it `source` (records and people).
 *
 * @summary 1on1 count, regularity and overdue pairs by organisation, department and manager.
 * @tag taiwa-cadence
 *
 * @event {TaiwaErrorEvent} taiwa-error - A failed read; `detail: { error }`.
 *
 * @csspart table - The `<table>`.
 * @csspart period - The period `<select>`.
 * @csspart drill - A group's drill-down button.
 * @csspart up - The button back to the unit above.
 * @csspart overdue - An overdue count (`data-late` when above 0).
 * @csspart note - How the figures are counted and hidden.
 * @csspart empty - Why nothing is shown.
 * @csspart error - The error message.
 * @csspart loading - While loading.
 */
export class TaiwaCadence extends TaiwaHrView<typeof en> {
  static override styles = [hostStyles, dataTableStyles, styles];
  static override strings = {
    ja: () => import('../../i18n/cadence/ja.js'),
    en,
  };

  /** `month` or `quarter`. */
  @property() period: 'month' | 'quarter' = 'quarter';
  /** First and last period (`YYYY-MM` / `YYYY-Qn`); empty: the current one. */
  @property() from = '';
  @property() to = '';
  /** The org unit shown (changes as the viewer drills down). */
  @property({ reflect: true }) unit = 'organisation';
  /** The report's date (`YYYY-MM-DD`); empty: today. */
  @property({ attribute: 'as-of' }) asOf = '';
  /** Minimum members behind a figure. */
  @property({ type: Number }) k = 5;
  /** Display names by department or manager id. */
  @property({ attribute: false }) names?: Record<string, string>;
  /** Pure UI mode: the records (and people) to count (outside a provider). */
  @property({ attribute: false }) source?: HrSource;

  /** The report (read-only). */
  @state() report?: Report;
  /** Index of the period shown; default the last. */
  @state() private shown?: number;
  private trail: string[] = [];

  protected readonly reportTask = this.task({
    args: () => [this.adapter, this.viewer?.role, this.source, this.period, this.from, this.to, this.unit, this.asOf, this.k] as const,
    run: async ([adapter, role, source, period, from, to, unit, asOf, k]) => {
      const query = { period, unit, k, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(asOf ? { asOf } : {}) };
      if (adapter) {
        if (role === 'member') return undefined;
        return (await (await this.guarded())!.aggregate('cadence', query)).result;
      }
      if (!source) return undefined;
      const { cadenceInsight } = await import('../../insights/hr.js');
      return cadenceInsight(source, query);
    },
    apply: (r) => {
      this.report = r;
      this.shown = undefined;
    },
  });

  private name(g: Group): string {
    const s = this.strings!;
    if (g.level === 'organisation') return s.organisation;
    if (g.level === 'department')
      return format(s.department, { name: g.departmentId ? (this.names?.[g.departmentId] ?? g.departmentId) : s.noDepartment });
    return format(s.manager, { name: (g.managerId && this.names?.[g.managerId]) ?? g.managerId ?? '' });
  }

  private drill(g: Group) {
    this.trail = [...this.trail, this.unit];
    this.unit = g.id;
  }

  private up() {
    this.unit = this.trail.pop() ?? 'organisation';
    this.trail = [...this.trail];
  }

  private renderRow(g: Group, pi: number, k: number, top: boolean) {
    const s = this.strings!;
    const f = g.figures[pi];
    const cell = (v: string | number | null | undefined) => html`<td>${v ?? s.none}</td>`;
    const label = this.name(g);
    const head = html`<th scope="row">
      ${
        !top && g.published && g.level === 'department'
          ? html`<button part="drill" type="button" aria-label=${format(s.drill, { name: label })} @click=${() => this.drill(g)}>
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

  protected override render() {
    const topOf = (r: Report) => r.groups.find((g) => g.id === r.unit) ?? r.groups[0];
    const gate = this.renderGate(this.report, (r) => (topOf(r) && r.periods.length > 0 ? undefined : this.strings!.empty));
    if (gate) return gate;
    const s = this.strings!;
    const r = this.report!;
    const top = topOf(r)!;
    const pi = Math.min(this.shown ?? r.periods.length - 1, r.periods.length - 1);
    const children = r.groups.filter((g) => g.parentId === top.id);
    const parent = r.groups.find((g) => g.id === top.parentId);
    return html`${this.renderErrors()}
      <div class="bar">
        ${
          this.unit !== 'organisation' && this.trail.length > 0
            ? html`<button part="up" type="button" @click=${() => this.up()}>
                ${format(s.up, { name: parent ? this.name(parent) : s.organisation })}
              </button>`
            : nothing
        }
        <label
          >${s.period}
          <select part="period" @change=${(e: Event) => (this.shown = Number((e.target as HTMLSelectElement).value))}>
            ${r.periods.map((p, i) => html`<option value=${i} ?selected=${i === pi}>${p.key}</option>`)}
          </select></label
        >
      </div>
      <div class="scroll">
        <table part="table">
          <caption>
            ${format(s.caption, { unit: this.name(top), period: r.periods[pi]!.key })}
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
            ${this.renderRow(top, pi, r.k, true)} ${children.map((g) => this.renderRow(g, pi, r.k, false))}
          </tbody>
        </table>
      </div>
      <p part="note">${format(s.note, { k: r.k })}</p>`;
  }
}
