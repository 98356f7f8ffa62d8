/**
 * Engagement drivers (issue 18, item 3): the engagement score regressed on overall 1on1
 * satisfaction and on satisfaction per topic, as relative importance with bootstrap intervals,
 * mapped to the seed's bands. Pure: plain rows in, plain result out; runs in a page, a Worker or
 * the server alike.
 *
 * ## Method
 * - Relative importance by Johnson's relative weights (see `relative-weights.ts` for why not
 *   LMG/Shapley): each predictor's share of the explained variance, `share = εⱼ / R²`.
 * - `resamples` (default 1,000) nonparametric bootstrap resamples of people, drawn with a seeded
 *   generator (`seed`, default 1): the same input and seed always give the same result.
 *   Intervals are percentile intervals (default 95 %). A resample is a multinomial weight vector
 *   (how often each person was drawn), never a copy of rows; see `pairwise.ts` and
 *   `drivers-bootstrap.ts` for how 1,000 of them over 10,000 people stay well under a second.
 * - Bands from the point estimate of the share: < 5 % "+", 5–10 % "++", 10–20 % "+++",
 *   20–30 % "++++", ≥ 30 % "+++++"; the band is `none` when the interval of the predictor's
 *   standardized coefficient in the full model includes zero.
 *
 * ## Missing per-topic satisfaction (a topic a member never raised)
 * Correlations are **pairwise complete**: the correlation of two variables uses every person who
 * answered both, with that subset's own means and standard deviations (R's
 * `cor(use = "pairwise.complete.obs")`); the model is then fitted from the correlation matrix.
 * Why: when answers are missing at random, every pairwise correlation is unbiased, and each uses
 * all the data it can. Mean imputation would shrink the correlations of a topic by about the square
 * root of its answered share, so topics would rank by how often they are raised rather than by
 * their effect; the missing-indicator method is biased even when data are missing completely at
 * random (Jones 1996) and would double the predictors. The price: a pairwise matrix need not be
 * positive definite; eigenvalues below 1e-6 are raised to it (see `relative-weights.ts`). Two
 * topics that no one answered together get correlation 0 in that resample. The drivers describe
 * the people who raised a topic; a topic raised by fewer than `minGroup` people is left out of
 * the model and listed in `excluded`, as is a predictor whose answers do not vary.
 *
 * ## Minimum group
 * People are rows with an engagement score and at least one predictor answered. Below `minGroup`
 * (default 25, as Culture Amp uses for driver analysis) the result is `{ status: 'insufficient' }`
 * with the reason and the counts, and no figure at all.
 */
import { driversPart, mergeDrivers } from './drivers-bootstrap.js';
import type { DriverColumns } from './drivers-columns.js';

export type DriverBand = '+' | '++' | '+++' | '++++' | '+++++' | 'none';

export interface DriverRow {
  /** Engagement score (any numeric scale); null or non-finite: the row is skipped. */
  engagement: number | null | undefined;
  /** One value per predictor, in the order of `DriverInput.predictors`; null: not answered. */
  values: ReadonlyArray<number | null | undefined>;
}

export interface DriverInput {
  /** Predictor ids, e.g. `overall`, the seven topic ids and the free theme. At most 30. */
  predictors: readonly string[];
  rows: readonly DriverRow[];
}

export interface DriverOptions {
  resamples?: number;
  seed?: number;
  /** Minimum people for any result, and minimum answers for a predictor. Default 25. */
  minGroup?: number;
  /** Interval level. Default 0.95. */
  confidence?: number;
}

export interface Driver {
  id: string;
  /** People who answered this predictor. */
  n: number;
  /** Share of explained variance (0..1), its bootstrap interval. */
  share: number;
  shareLow: number;
  shareHigh: number;
  /** Standardized coefficient in the full model, its bootstrap interval. */
  beta: number;
  betaLow: number;
  betaHigh: number;
  band: DriverBand;
}

export type DriversResult =
  | {
      status: 'ok';
      n: number;
      r2: number;
      r2Low: number;
      r2High: number;
      resamples: number;
      /** Sorted by share, largest first. */
      drivers: Driver[];
      excluded: Array<{ id: string; n: number; reason: 'too-few-answers' | 'no-variance' }>;
    }
  | {
      status: 'insufficient';
      reason: 'too-few-people' | 'no-predictor';
      n: number;
      minGroup: number;
      excluded: Array<{ id: string; n: number; reason: 'too-few-answers' | 'no-variance' }>;
    };

/** The seed's band for a share of explained variance (0..1). */
export function bandOf(share: number): Exclude<DriverBand, 'none'> {
  if (share < 0.05) return '+';
  if (share < 0.1) return '++';
  if (share < 0.2) return '+++';
  if (share < 0.3) return '++++';
  return '+++++';
}

/** Type-7 quantile of an ascending-sorted array. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Engagement drivers from `input` (rows, or the same data as columns); see the module comment for
 * the method and its rules. A page runs it in Workers through `driversInWorker`, which splits the
 * resamples with `driversPart` and joins them with `mergeDrivers` to the same result.
 */
export function computeDrivers(input: DriverInput | DriverColumns, options: DriverOptions = {}): DriversResult {
  return mergeDrivers([driversPart(input, options)], options);
}
