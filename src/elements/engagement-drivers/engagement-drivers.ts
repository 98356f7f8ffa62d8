import type { PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import type { DriverInput } from '../../insights/drivers.js';
import type { InsightResults } from '../../model/insights.js';
import type en from '../../i18n/engagement-drivers/en.js';
import englishTopics from '../../model/catalog/en/topics.js';

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
export class TaiwaEngagementDrivers extends TaiwaPartElement<typeof en> {
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['topics'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { topics: englishTopics } };
  static override strings = {
    ja: () => import('../../i18n/engagement-drivers/ja.js'),
    en: () => import('../../i18n/engagement-drivers/en.js'),
  };
  /** Its styles, read and table (engagement-drivers.views.ts) load with its strings, at its first connect. */
  static override views = () => import('./engagement-drivers.views.js');
  declare protected views?: typeof import('./engagement-drivers.views.js');

  static override properties: PropertyDeclarations = {
    period: {},
    from: {},
    to: {},
    unit: {},
    minGroup: { type: Number, attribute: 'min-group' },
    resamples: { type: Number },
    input: { attribute: false },
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
  /** The org unit (`organisation`, `department:<id>`, `manager:<department>/<manager>`). */
  unit = 'organisation';
  /** Fewest people for any result. */
  minGroup = 25;
  /** Bootstrap resamples. */
  resamples = 1000;
  /** Pure UI mode: the rows to analyse (outside a provider). */
  input?: DriverInput;

  /** The computed result (read-only). */
  result?: Result;
}
