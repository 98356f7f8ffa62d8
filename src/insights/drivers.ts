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
 *   Intervals are percentile intervals (default 95 %).
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
import { seeded } from './random.js';
import { correlations, prepare } from './pairwise.js';
import { relativeWeights } from './relative-weights.js';

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

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Engagement drivers from `input`; see the module comment for the method and its rules. */
export function computeDrivers(input: DriverInput, options: DriverOptions = {}): DriversResult {
  const resamples = Math.max(0, Math.floor(options.resamples ?? 1000));
  const minGroup = Math.max(2, Math.floor(options.minGroup ?? 25));
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`computeDrivers: confidence must be in (0, 1), got ${confidence}.`);
  if (input.predictors.length > 30) throw new RangeError('computeDrivers: at most 30 predictors.');
  const rows = input.rows.filter((r) => finite(r.engagement) && r.values.some(finite));
  const excluded: Array<{ id: string; n: number; reason: 'too-few-answers' | 'no-variance' }> = [];
  const columns: number[] = [];
  const answered: number[] = [];
  input.predictors.forEach((id, c) => {
    const values = rows.map((r) => r.values[c]).filter(finite);
    if (values.length < minGroup) excluded.push({ id, n: values.length, reason: 'too-few-answers' });
    else if (values.every((v) => v === values[0])) excluded.push({ id, n: values.length, reason: 'no-variance' });
    else {
      columns.push(c);
      answered.push(values.length);
    }
  });
  const n = rows.length;
  const engagementVaries = rows.some((r) => r.engagement !== rows[0]?.engagement);
  if (n < minGroup) return { status: 'insufficient', reason: 'too-few-people', n, minGroup, excluded };
  if (columns.length === 0 || !engagementVaries) return { status: 'insufficient', reason: 'no-predictor', n, minGroup, excluded };

  const d = prepare(rows, columns);
  const p = columns.length;
  const rxx = new Float64Array(p * p);
  const rxy = new Float64Array(p);
  const weight = new Uint32Array(n).fill(1);
  correlations(d, weight, rxx, rxy);
  const point = relativeWeights(rxx, rxy, p);

  const shares = Array.from({ length: p }, () => new Float64Array(resamples));
  const betas = Array.from({ length: p }, () => new Float64Array(resamples));
  const r2s = new Float64Array(resamples);
  const random = seeded(options.seed ?? 1);
  for (let b = 0; b < resamples; b++) {
    weight.fill(0);
    for (let i = 0; i < n; i++) {
      const r = Math.floor(random() * n);
      weight[r] = weight[r]! + 1;
    }
    correlations(d, weight, rxx, rxy);
    const w = relativeWeights(rxx, rxy, p);
    r2s[b] = w.r2;
    for (let j = 0; j < p; j++) {
      shares[j]![b] = w.r2 > 0 ? w.raw[j]! / w.r2 : 0;
      betas[j]![b] = w.beta[j]!;
    }
  }
  const lo = (1 - confidence) / 2;
  const hi = 1 - lo;
  const interval = (a: Float64Array, fallback: number): [number, number] => {
    if (a.length === 0) return [fallback, fallback];
    a.sort();
    return [quantileSorted(a, lo), quantileSorted(a, hi)];
  };
  const drivers: Driver[] = columns.map((c, j) => {
    const share = point.r2 > 0 ? point.raw[j]! / point.r2 : 0;
    const [shareLow, shareHigh] = interval(shares[j]!, share);
    const beta = point.beta[j]!;
    const [betaLow, betaHigh] = interval(betas[j]!, beta);
    const band: DriverBand = betaLow <= 0 && betaHigh >= 0 ? 'none' : bandOf(share);
    return { id: input.predictors[c]!, n: answered[j]!, share, shareLow, shareHigh, beta, betaLow, betaHigh, band };
  });
  drivers.sort((a, b) => b.share - a.share);
  const [r2Low, r2High] = interval(r2s, point.r2);
  return { status: 'ok', n, r2: point.r2, r2Low, r2High, resamples, drivers, excluded };
}
