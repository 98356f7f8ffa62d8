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

/**
 * Data prepared once: variables centred on their full-sample means, rows grouped by missingness
 * pattern, and for each pattern the products of its present variable pairs, stored densely so the
 * per-resample pass reads contiguous memory and skips every absent pair (about half of them when a
 * third of the answers are missing).
 */
interface Prepared {
  n: number;
  q: number;
  /** Per pattern: first row, present variables, present pairs (global pair index), product offset. */
  start: Uint32Array;
  vars: Uint8Array[];
  pairs: Uint16Array[];
  offset: Float64Array;
  /** Present values of each row, pattern by pattern (row-major over that pattern's `vars`). */
  values: Float64Array;
  valueOffset: Float64Array;
  products: Float64Array;
}

function prepare(rows: readonly DriverRow[], columns: number[]): Prepared {
  const q = columns.length + 1;
  const n = rows.length;
  const get = (row: DriverRow, i: number) => (i === 0 ? row.engagement : row.values[columns[i - 1]!]);
  const sums = new Float64Array(q);
  const counts = new Float64Array(q);
  const masks = new Uint32Array(n);
  rows.forEach((row, r) => {
    let mask = 0;
    for (let i = 0; i < q; i++) {
      const v = get(row, i);
      if (finite(v)) {
        mask |= 1 << i;
        sums[i] = sums[i]! + v;
        counts[i] = counts[i]! + 1;
      }
    }
    masks[r] = mask;
  });
  const byMask = new Map<number, number[]>();
  masks.forEach((m, r) => {
    const list = byMask.get(m);
    if (list) list.push(r);
    else byMask.set(m, [r]);
  });
  const groups = [...byMask.entries()];
  const start = new Uint32Array(groups.length + 1);
  const offset = new Float64Array(groups.length + 1);
  const valueOffset = new Float64Array(groups.length + 1);
  const vars: Uint8Array[] = [];
  const pairs: Uint16Array[] = [];
  const pairIndex = (i: number, j: number) => i * q - (i * (i + 1)) / 2 + (j - i - 1);
  groups.forEach(([mask, list], p) => {
    const present = Array.from({ length: q }, (_, i) => i).filter((i) => mask & (1 << i));
    vars.push(Uint8Array.from(present));
    pairs.push(Uint16Array.from(present.flatMap((i, a) => present.slice(a + 1).map((j) => pairIndex(i, j)))));
    start[p + 1] = start[p]! + list.length;
    offset[p + 1] = offset[p]! + list.length * pairs[p]!.length;
    valueOffset[p + 1] = valueOffset[p]! + list.length * present.length;
  });
  const values = new Float64Array(valueOffset[groups.length]!);
  const products = new Float64Array(offset[groups.length]!);
  groups.forEach(([, list], p) => {
    const vs = vars[p]!;
    const m = vs.length;
    list.forEach((r, k) => {
      const row = rows[r]!;
      const base = valueOffset[p]! + k * m;
      for (let a = 0; a < m; a++) values[base + a] = (get(row, vs[a]!) as number) - sums[vs[a]!]! / counts[vs[a]!]!;
      let o = offset[p]! + k * pairs[p]!.length;
      for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) products[o++] = values[base + a]! * values[base + b]!;
    });
  });
  return { n, q, start, vars, pairs, offset, values, valueOffset, products };
}

/**
 * Pairwise-complete correlations of all `q` variables for rows weighted by `weight` (bootstrap
 * counts, in prepared row order). Writes the predictors' matrix into `rxx` ((q−1)²) and their
 * correlations with the outcome (variable 0) into `rxy`.
 */
function correlations(d: Prepared, weight: Uint32Array, rxx: Float64Array, rxy: Float64Array): void {
  const { q } = d;
  const pairCount = (q * (q - 1)) / 2;
  // Per pair: Σw·xᵢxⱼ, Σw, Σw·xᵢ, Σw·xⱼ, Σw·xᵢ², Σw·xⱼ² over the rows where both are present.
  const s = new Float64Array(pairCount * 6);
  const t = new Float64Array(q);
  const tt = new Float64Array(q);
  const acc = new Float64Array(pairCount);
  const { products, values, start, offset, valueOffset } = d;
  for (let p = 0; p < d.vars.length; p++) {
    const ps = d.pairs[p]!;
    const m = d.vars[p]!.length;
    const mp = ps.length;
    acc.fill(0, 0, mp);
    t.fill(0);
    tt.fill(0);
    let c = 0;
    const end = start[p + 1]!;
    for (let r = start[p]!, o = offset[p]!, vo = valueOffset[p]!; r < end; r++, o += mp, vo += m) {
      const w = weight[r]!;
      if (w === 0) continue;
      c += w;
      for (let a = 0; a < mp; a++) acc[a] = acc[a]! + w * products[o + a]!;
      for (let a = 0; a < m; a++) {
        const v = values[vo + a]!;
        t[a] = t[a]! + w * v;
        tt[a] = tt[a]! + w * v * v;
      }
    }
    if (c === 0) continue;
    for (let a = 0, e = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++, e++) {
        const g = ps[e]! * 6;
        s[g] = s[g]! + acc[e]!;
        s[g + 1] = s[g + 1]! + c;
        s[g + 2] = s[g + 2]! + t[a]!;
        s[g + 3] = s[g + 3]! + t[b]!;
        s[g + 4] = s[g + 4]! + tt[a]!;
        s[g + 5] = s[g + 5]! + tt[b]!;
      }
    }
  }
  const m = q - 1;
  for (let i = 0; i < m; i++) rxx[i * m + i] = 1;
  for (let i = 0, k = 0; i < q; i++) {
    for (let j = i + 1; j < q; j++, k++) {
      const g = k * 6;
      const nn = s[g + 1]!;
      let r = 0;
      if (nn >= 2) {
        const mi = s[g + 2]! / nn;
        const mj = s[g + 3]! / nn;
        const vi = s[g + 4]! / nn - mi * mi;
        const vj = s[g + 5]! / nn - mj * mj;
        if (vi > 1e-12 && vj > 1e-12) r = Math.max(-1, Math.min(1, (s[g]! / nn - mi * mj) / Math.sqrt(vi * vj)));
      }
      if (i === 0) rxy[j - 1] = r;
      else {
        rxx[(i - 1) * m + (j - 1)] = r;
        rxx[(j - 1) * m + (i - 1)] = r;
      }
    }
  }
}

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
