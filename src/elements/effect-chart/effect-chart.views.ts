/**
 * The effect chart's instance code, loaded with its strings at its first connect (not with its
 * class): its styles, the SVG bar chart and the same figures in a table.
 */
import { css, html, nothing, svg } from 'lit';
import { renderGate } from '../../core/hr-view.js';
import { format } from '../../core/format.js';
import { dataTableStyles } from '../../core/table-styles.js';
import type { InsightResults } from '../../model/insights.js';
import type { TaiwaEffectChart } from './effect-chart.js';
import { styles as own } from './effect-chart.styles.js';

type Result = InsightResults['effect'];
type Published = Extract<Result, { published: true }>;

export const styles = css`
  ${dataTableStyles}
  ${own}
`;

const W = 420;
const LABEL = 150;
const BAR = 11;
const GAP = 2;
const HEAD = 18;
const GROUP = HEAD + 4 * (BAR + GAP) + 10;

type S = NonNullable<TaiwaEffectChart['base']['strings']>;

/** Why the result is not shown (suppressed below `k`), or undefined. */
export const hidden = (el: TaiwaEffectChart, r: Result) => (r.published ? undefined : format(el.base.strings!.suppressed, { k: r.k }));

const bucketLabel = (s: S, bucket: string): string =>
  bucket === '1' ? s.bucket1 : bucket === '4+' ? s.bucketMany : format(s.bucket, { n: bucket });

function renderChart(s: S, r: Published) {
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
          return svg`<text x=${LABEL - 6} y=${y + BAR - 2} text-anchor="end">${bucketLabel(s, c.bucket)}</text>
            <rect class="bar-${b}" data-bucket=${c.bucket} x=${LABEL} y=${y} width=${width} height=${BAR}></rect>
            <text x=${LABEL + width + 4} y=${y + BAR - 2}>${c.share === null ? s.hidden : `${Math.round(c.share * 100)}%`}</text>`;
        })}
      </g>`;
    })}
  </svg>`;
}

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['result'];

/** The result's read: the adapter's aggregate, or computed from the given rows. */
export function setup(el: TaiwaEffectChart): void {
  const base = el.base;
  base.task({
    args: () => [base.adapter, base.viewer?.role, el.rows, el.period, el.from, el.to, el.unit, el.k] as const,
    run: async ([adapter, role, rows, period, from, to, unit, k]) => {
      if (adapter) {
        if (role === 'member') return undefined;
        const query = { period, unit, k, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        return (await (await base.guarded())!.aggregate('effect', query)).result;
      }
      if (!rows) return undefined;
      const [{ computeEffect }, { STATEMENTS }] = await Promise.all([import('../../insights/effect.js'), import('../../insights/hr.js')]);
      return { ...computeEffect({ statements: STATEMENTS, rows }, { k }), published: true as const, unit, from, to };
    },
    apply: (r) => void (el.result = r),
  });
}

export const render = (el: TaiwaEffectChart) => renderGate(el, el.result, (r) => hidden(el, r)) ?? renderEffect(el);

/** The published result: the chart, its legend, the table and the note. */
function renderEffect(el: TaiwaEffectChart) {
  const r = el.result;
  // (Only narrows the type: the gate has shown why.)
  if (!r?.published) return nothing;
  const s = el.base.strings!;
  const buckets = r.statements[0]?.cells.map((c) => c.bucket) ?? [];
  return html`${el.base.renderErrors()} ${renderChart(s, r)}
    <ul class="legend" part="legend" aria-hidden="true">
      ${buckets.map((b, i) => html`<li><span class="swatch bar-${i}"></span>${bucketLabel(s, b)}</li>`)}
    </ul>
    <div class="scroll">
      <table part="table">
        <caption>
          ${s.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.statement}</th>
            ${buckets.map((b) => html`<th scope="col">${bucketLabel(s, b)}</th>`)}
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
