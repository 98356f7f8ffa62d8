import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaHrView } from '../../core/hr-view.js';
import { format } from '../../core/locale.js';
import { hostStyles } from '../../core/styles.js';
import type { DriverInput } from '../../insights/drivers.js';
import type { InsightResults } from '../../model/insights.js';
import en from '../../i18n/engagement-drivers/en.js';
import englishTopics from '../../model/catalog/en/topics.js';
import { styles } from './engagement-drivers.styles.js';
import { dataTableStyles } from '../../core/table-styles.js';

type Result = InsightResults['drivers'];

/**
 * エンゲージメントを高める要因: the engagement score regressed on overall 1on1 satisfaction and on
 * satisfaction per topic (nine predictors), as Johnson's relative weights with 1,000 bootstrap
 * resamples, shown as the seed's bands ("+" … "+++++", "none" where the 95 % interval of the
 * standardized coefficient includes zero) with the numbers beneath. A topic a member never raised
 * is missing for that member, not zero: correlations are pairwise complete (`src/insights/drivers.ts`).
 * Below the minimum group (default 25 people) it says why it shows nothing; a group of fewer than
 * `k` respondents is hidden.
 *
 * Inside a provider it asks the adapter (`aggregate('drivers')`: the server, or a Worker over
 * IndexedDB); outside one, give it `input` (rows), computed in a Worker.
 *
 * @summary Engagement drivers as the seed's bands, with the numbers beneath.
 * @tag taiwa-engagement-drivers
 *
 * @event {TaiwaErrorEvent} taiwa-error - A failed read or computation; `detail: { error }`.
 *
 * @csspart table - The `<table>`.
 * @csspart band - A predictor's band (`data-band` holds it).
 * @csspart numbers - The share and coefficient with their intervals.
 * @csspart summary - People, R² and resamples.
 * @csspart legend - What the bands mean.
 * @csspart empty - Why nothing is shown.
 * @csspart error - The error message.
 * @csspart loading - While computing.
 *
 * @cssproperty [--taiwa-engagement-drivers-band-color=#2f6fde] - Colour of the bands (the accent colour).
 */
export class TaiwaEngagementDrivers extends TaiwaHrView<typeof en> {
  static override styles = [hostStyles, dataTableStyles, styles];
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['topics'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { topics: englishTopics } };
  static override strings = {
    ja: () => import('../../i18n/engagement-drivers/ja.js'),
    en,
  };

  /** `month` or `quarter`. */
  @property() period: 'month' | 'quarter' = 'quarter';
  /** First and last period (`YYYY-MM` / `YYYY-Qn`); empty: the current one. */
  @property() from = '';
  @property() to = '';
  /** The org unit (`organisation`, `department:<id>`, `manager:<department>/<manager>`). */
  @property() unit = 'organisation';
  /** Fewest people for any result. */
  @property({ type: Number, attribute: 'min-group' }) minGroup = 25;
  /** Bootstrap resamples. */
  @property({ type: Number }) resamples = 1000;
  /** Pure UI mode: the rows to analyse (outside a provider). */
  @property({ attribute: false }) input?: DriverInput;

  /** The computed result (read-only). */
  @state() result?: Result;

  protected readonly resultTask = this.task({
    args: () =>
      [this.adapter, this.viewer?.role, this.input, this.period, this.from, this.to, this.unit, this.minGroup, this.resamples] as const,
    run: async ([adapter, role, input, period, from, to, unit, minGroup, resamples], signal) => {
      if (adapter) {
        if (role === 'member') return undefined;
        const query = { period, unit, minGroup, resamples, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        return (await (await this.guarded())!.aggregate('drivers', query)).result;
      }
      if (!input) return undefined;
      const { driversInWorker } = await import('../../adapters/drivers-in-worker.js');
      const r = await driversInWorker(input, { minGroup, resamples }, signal);
      return { ...r, unit, from, to } as Result;
    },
    apply: (r) => void (this.result = r),
  });

  private label(id: string): string {
    const s = this.strings!;
    if (id === 'overall') return s.overall;
    return this.resolvedCatalog?.topics.find((t) => t.id === id)?.label ?? (id === 'free' ? s.free : id);
  }

  protected override render() {
    const hidden = (r: Result) => {
      const s = this.strings!;
      if (r.status === 'suppressed') return format(s.suppressed, { k: r.k });
      if (r.status === 'insufficient') return r.reason === 'too-few-people' ? format(s.tooFew, { min: r.minGroup, n: r.n }) : s.noPredictor;
      return undefined;
    };
    const r = this.result;
    const gate = this.renderGate(r, hidden, this.resolvedCatalog !== undefined);
    // (`r?.status !== 'ok'` only narrows the type: the gate has shown why.)
    if (gate || r?.status !== 'ok') return gate ?? nothing;
    const s = this.strings!;
    const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
    const num = (v: number) => v.toFixed(2);
    const excluded = r.excluded.map((e) => format(e.reason === 'no-variance' ? s.excludedFlat : s.excludedFew, { name: this.label(e.id) }));
    return html`${this.renderErrors()}
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
                  <th scope="row">${this.label(d.id)}</th>
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
}
