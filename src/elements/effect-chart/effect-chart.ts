import type { PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import type { EffectRow } from '../../insights/effect.js';
import type { InsightResults } from '../../model/insights.js';
import type en from '../../i18n/effect-chart/en.js';

type Result = InsightResults['effect'];

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
export class TaiwaEffectChart extends TaiwaPartElement<typeof en> {
  static override strings = {
    ja: () => import('../../i18n/effect-chart/ja.js'),
    en: () => import('../../i18n/effect-chart/en.js'),
  };
  /** Its styles, read, chart and table (effect-chart.views.ts) load with its strings, at its first connect. */
  static override views = () => import('./effect-chart.views.js');
  declare protected views?: typeof import('./effect-chart.views.js');

  static override properties: PropertyDeclarations = {
    period: {},
    from: {},
    to: {},
    unit: {},
    k: { type: Number },
    rows: { attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are made before
  // the part's setup (its `states`), not here: only the part sets them.
  static {
    this.finalize();
  }

  /** `month` or `quarter`. */
  period: 'month' | 'quarter' = 'quarter';
  /** First and last period; empty: the current one. */
  from = '';
  to = '';
  /** The org unit. */
  unit = 'organisation';
  /** Minimum people behind a figure. */
  k = 5;
  /** Pure UI mode: one row per member (1on1s held, answers in the order `insight, trust, growth, productivity`). */
  rows?: EffectRow[];

  /** The computed result (read-only). */
  result?: Result;
}
