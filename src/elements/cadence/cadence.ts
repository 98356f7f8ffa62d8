import type { PropertyDeclarations } from 'lit';
import type { HrSource } from '../../insights/hr.js';
import type { InsightResults } from '../../model/insights.js';
import type en from '../../i18n/cadence/en.js';
import { TaiwaPartElement } from '../../core/part-element.js';

type Report = InsightResults['cadence'];

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
export class TaiwaCadence extends TaiwaPartElement<typeof en> {
  static override strings = {
    ja: () => import('../../i18n/cadence/ja.js'),
    en: () => import('../../i18n/cadence/en.js'),
  };
  /** Its styles, read and table (cadence.views.ts) load with its strings, at its first connect. */
  static override views = () => import('./cadence.views.js');
  declare protected views?: typeof import('./cadence.views.js');

  static override properties: PropertyDeclarations = {
    period: {},
    from: {},
    to: {},
    unit: { reflect: true },
    asOf: { attribute: 'as-of' },
    k: { type: Number },
    names: { attribute: false },
    source: { attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are made before
  // the part's setup (its `states`), not here: only the part sets them.
  static {
    this.finalize();
  }

  /** `month` or `quarter`. */
  period: 'month' | 'quarter' = 'quarter';
  /** First and last period (`YYYY-MM` / `YYYY-Qn`); empty: the current one. */
  from = '';
  to = '';
  /** The org unit shown (changes as the viewer drills down). */
  unit = 'organisation';
  /** The report's date (`YYYY-MM-DD`); empty: today. */
  asOf = '';
  /** Minimum members behind a figure. */
  k = 5;
  /** Display names by department or manager id. */
  names?: Record<string, string>;
  /** Pure UI mode: the records (and people) to count (outside a provider). */
  source?: HrSource;

  /** The report (read-only). */
  report?: Report;
  /** @internal Index of the period shown; default the last. */
  shown?: number;
  /** @internal The units drilled down from. */
  declare trail: string[];
}
