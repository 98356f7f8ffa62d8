/**
 * The engagement drivers' instance code, loaded with its strings at its first connect (not with
 * its class): its styles and the table of bands with the numbers beneath.
 */
import { css, html, nothing } from 'lit';
import { renderGate } from '../../core/hr-view.js';
import { format } from '../../core/format.js';
import { dataTableStyles } from '../../core/table-styles.js';
import type { InsightResults } from '../../model/insights.js';
import type { TaiwaEngagementDrivers } from './engagement-drivers.js';
import { styles as own } from './engagement-drivers.styles.js';

type Result = InsightResults['drivers'];

export const styles = css`
  ${dataTableStyles}
  ${own}
`;

/** Why the result is not shown (suppressed, too few people, no predictor), or undefined. */
export function hidden(el: TaiwaEngagementDrivers, r: Result): string | undefined {
  const s = el.base.strings!;
  if (r.status === 'suppressed') return format(s.suppressed, { k: r.k });
  if (r.status === 'insufficient') return r.reason === 'too-few-people' ? format(s.tooFew, { min: r.minGroup, n: r.n }) : s.noPredictor;
  return undefined;
}

function label(el: TaiwaEngagementDrivers, id: string): string {
  const s = el.base.strings!;
  if (id === 'overall') return s.overall;
  return el.base.resolvedCatalog?.topics.find((t) => t.id === id)?.label ?? (id === 'free' ? s.free : id);
}

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['result'];

/** The result's read: the adapter's aggregate, or computed from the given rows in a Worker. */
export function setup(el: TaiwaEngagementDrivers): void {
  const base = el.base;
  base.task({
    args: () => [base.adapter, base.viewer?.role, el.input, el.period, el.from, el.to, el.unit, el.minGroup, el.resamples] as const,
    run: async ([adapter, role, input, period, from, to, unit, minGroup, resamples], signal) => {
      if (adapter) {
        if (role === 'member') return undefined;
        const query = { period, unit, minGroup, resamples, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        return (await (await base.guarded())!.aggregate('drivers', query)).result;
      }
      if (!input) return undefined;
      const { driversInWorker } = await import('../../adapters/drivers-in-worker.js');
      const r = await driversInWorker(input, { minGroup, resamples }, signal);
      return { ...r, unit, from, to } as Result;
    },
    apply: (r) => void (el.result = r),
  });
}

export const render = (el: TaiwaEngagementDrivers) =>
  renderGate(el, el.result, (r) => hidden(el, r), el.base.resolvedCatalog !== undefined) ?? renderDrivers(el);

/** The result: one row per predictor with its band and numbers, then the summary and the legend. */
function renderDrivers(el: TaiwaEngagementDrivers) {
  const r = el.result;
  // (Only narrows the type: the gate has shown why.)
  if (r?.status !== 'ok') return nothing;
  const s = el.base.strings!;
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  const num = (v: number) => v.toFixed(2);
  const excluded = r.excluded.map((e) => format(e.reason === 'no-variance' ? s.excludedFlat : s.excludedFew, { name: label(el, e.id) }));
  return html`${el.base.renderErrors()}
    <div class="scroll">
      <table part="table">
        <caption>
          ${s.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.predictor}</th>
            <th scope="col">${s.importance}</th>
            <th scope="col">${s.people}</th>
          </tr>
        </thead>
        <tbody>
          ${r.drivers.map(
            (d) =>
              html`<tr data-id=${d.id}>
                <th scope="row">${label(el, d.id)}</th>
                <td>
                  <span part="band" data-band=${d.band} title=${d.band === 'none' ? s.noneLong : nothing}
                    >${d.band === 'none' ? s.none : d.band}</span
                  >
                  <span part="numbers"
                    >${s.share}: ${format(s.interval, { value: pct(d.share), low: pct(d.shareLow), high: pct(d.shareHigh) })}<br />${s.beta}:
                    ${format(s.interval, { value: num(d.beta), low: num(d.betaLow), high: num(d.betaHigh) })}</span
                  >
                </td>
                <td>${d.n}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p part="summary">${format(s.summary, { n: r.n, r2: r.r2.toFixed(2), resamples: r.resamples })}</p>
    ${excluded.length ? html`<p part="summary">${format(s.excluded, { list: excluded.join(', ') })}</p>` : nothing}
    <p part="legend">${s.legend}</p>`;
}
