import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaHrView } from '../../core/hr-view.js';
import { format } from '../../core/locale.js';
import { hostStyles } from '../../core/styles.js';
import type { EffectRow } from '../../insights/effect.js';
import type { InsightResults } from '../../model/insights.js';
import en from '../../i18n/effect-chart/en.js';
import { styles } from './effect-chart.styles.js';
import { dataTableStyles } from '../../core/table-styles.js';

type Result = InsightResults['effect'];
type Published = Extract<Result, { published: true }>;

const W = 420;
const LABEL = 150;
const BAR = 11;
const GAP = 2;
const HEAD = 18;
const GROUP = HEAD + 4 * (BAR + GAP) + 10;

/**
 * The seed's Q1–Q4 table from data: per statement, the share of members answering "agree" or
 * "somewhat agree" by the number of 1on1s they held in the period (1 / 2 / 3 / 4+), drawn as an SVG
 * bar chart (presentation by attributes and classes only, so it renders under a strict CSP) with the
 * same figures in a table beneath. A bucket of fewer than `k` people is hidden, and the next
 * smallest with it (`src/insights/effect.ts`).
 *
 * Inside a provider it asks the adapter (`aggregate('effect')`); outside one, give it `rows`.
 *
 * @summary Share agreeing with the seed's four statements, by 1on1s held.
 * @tag taiwa-effect-chart
 *
 * @event {TaiwaErrorEvent} taiwa-error - A failed read; `detail: { error }`.
 *
 * @csspart chart - The `<svg>`.
 * @csspart legend - The bucket colours.
 * @csspart table - The `<table>` beneath.
 * @csspart note - What "agree" means and who is left out.
 * @csspart empty - Why nothing is shown.
 * @csspart error - The error message.
 * @csspart loading - While loading.
 *
 * @cssproperty [--taiwa-effect-chart-bar-1=#c6dbef] - Bar for 1 1on1.
 * @cssproperty [--taiwa-effect-chart-bar-2=#6baed6] - Bar for 2.
 * @cssproperty [--taiwa-effect-chart-bar-3=#2171b5] - Bar for 3.
 * @cssproperty [--taiwa-effect-chart-bar-4=#08306b] - Bar for 4 or more.
 */
export class TaiwaEffectChart extends TaiwaHrView<typeof en> {
  static override styles = [hostStyles, dataTableStyles, styles];
  static override strings = {
    ja: () => import('../../i18n/effect-chart/ja.js'),
    en,
  };

  /** `month` or `quarter`. */
  @property() period: 'month' | 'quarter' = 'quarter';
  /** First and last period; empty: the current one. */
  @property() from = '';
  @property() to = '';
  /** The org unit. */
  @property() unit = 'organisation';
  /** Minimum people behind a figure. */
  @property({ type: Number }) k = 5;
  /** Pure UI mode: one row per member (1on1s held, answers in the order `insight, trust, growth, productivity`). */
  @property({ attribute: false }) rows?: EffectRow[];

  /** The computed result (read-only). */
  @state() result?: Result;

  protected readonly resultTask = this.task({
    args: () => [this.adapter, this.viewer?.role, this.rows, this.period, this.from, this.to, this.unit, this.k] as const,
    run: async ([adapter, role, rows, period, from, to, unit, k]) => {
      if (adapter) {
        if (role === 'member') return undefined;
        const query = { period, unit, k, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        return (await (await this.guarded())!.aggregate('effect', query)).result;
      }
      if (!rows) return undefined;
      const [{ computeEffect }, { STATEMENTS }] = await Promise.all([import('../../insights/effect.js'), import('../../insights/hr.js')]);
      return { ...computeEffect({ statements: STATEMENTS, rows }, { k }), published: true as const, unit, from, to };
    },
    apply: (r) => void (this.result = r),
  });

  private bucketLabel(bucket: string): string {
    const s = this.strings!;
    return bucket === '1' ? s.bucket1 : bucket === '4+' ? s.bucketMany : format(s.bucket, { n: bucket });
  }

  private renderChart(r: Published) {
    const s = this.strings!;
    const plot = W - LABEL - 40;
    const height = r.statements.length * GROUP;
    return html`<svg part="chart" viewBox="0 0 ${W} ${height}" role="img" aria-label=${s.chartLabel}>
      ${[0, 0.25, 0.5, 0.75, 1].map((t) => svg`<line class="grid" x1=${LABEL + t * plot} x2=${LABEL + t * plot} y1="0" y2=${height}></line>`)}
      ${r.statements.map((st, i) => {
        const y0 = i * GROUP;
        return svg`<g data-statement=${st.id}>
          <text x="0" y=${y0 + 12}>${s.statements[st.id] ?? st.id}</text>
          ${st.cells.map((c, b) => {
            const y = y0 + HEAD + b * (BAR + GAP);
            const width = c.share === null ? 0 : Math.max(0.5, c.share * plot);
            return svg`<text x=${LABEL - 6} y=${y + BAR - 2} text-anchor="end">${this.bucketLabel(c.bucket)}</text>
              <rect class="bar-${b}" data-bucket=${c.bucket} x=${LABEL} y=${y} width=${width} height=${BAR}></rect>
              <text x=${LABEL + width + 4} y=${y + BAR - 2}>${c.share === null ? s.hidden : `${Math.round(c.share * 100)}%`}</text>`;
          })}
        </g>`;
      })}
    </svg>`;
  }

  protected override render() {
    const r = this.result;
    const gate = this.renderGate(r, (r) => (r.published ? undefined : format(this.strings!.suppressed, { k: r.k })));
    // (`!r?.published` only narrows the type: the gate has shown why.)
    if (gate || !r?.published) return gate ?? nothing;
    const s = this.strings!;
    const buckets = r.statements[0]?.cells.map((c) => c.bucket) ?? [];
    return html`${this.renderErrors()} ${this.renderChart(r)}
      <ul class="legend" part="legend" aria-hidden="true">
        ${buckets.map((b, i) => html`<li><span class="swatch bar-${i}"></span>${this.bucketLabel(b)}</li>`)}
      </ul>
      <div class="scroll">
        <table part="table">
          <caption>
            ${s.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.statement}</th>
              ${buckets.map((b) => html`<th scope="col">${this.bucketLabel(b)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${r.statements.map(
              (st) =>
                html`<tr data-statement=${st.id}>
                  <th scope="row">${s.statements[st.id] ?? st.id}</th>
                  ${st.cells.map(
                    (c) =>
                      html`<td data-bucket=${c.bucket}>
                        ${c.share === null ? format(s.hiddenLong, { k: r.k }) : format(s.cell, { share: `${Math.round(c.share * 100)}%`, agree: c.agree ?? 0, n: c.n ?? 0 })}
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p part="note">${format(s.note, { none: r.withoutOneOnOne, k: r.k })}</p>
      ${nothing}`;
  }
}
