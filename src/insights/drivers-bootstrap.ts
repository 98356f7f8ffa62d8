/**
 * The engagement drivers' computation in parts (`drivers.ts` documents the method): a part runs
 * the bootstrap resamples `from..to` of a run, and `mergeDrivers` joins parts into the result. One
 * part of all the resamples is `computeDrivers`; two Workers can each run half and give the same
 * result to the last bit, because resample b always draws the same people (the generator is
 * advanced past the earlier resamples' draws) and the intervals are quantiles of the sorted draws.
 */
import { bandOf, quantileSorted, type Driver, type DriverBand, type DriverInput, type DriverOptions, type DriversResult } from './drivers.js';
import { toColumns, type DriverColumns } from './drivers-columns.js';
import { accumulate, correlations, correlationsFrom, prepare, sumsWidth } from './pairwise.js';
import { drawCounts, seededState } from './random.js';
import { relativeWeights } from './relative-weights.js';

type Excluded = Array<{ id: string; n: number; reason: 'too-few-answers' | 'no-variance' }>;
type Insufficient = Extract<DriversResult, { status: 'insufficient' }>;

/** Resamples `from..to` of one run, with the point estimate (the same in every part). */
export interface DriversPart {
  status: 'part';
  n: number;
  resamples: number;
  from: number;
  to: number;
  ids: string[];
  answered: number[];
  excluded: Excluded;
  r2: number;
  raw: Float64Array;
  beta: Float64Array;
  /** Per resample b (from `from`): R², then the shares and coefficients at `(b − from)·p + j`. */
  r2s: Float64Array;
  shares: Float64Array;
  betas: Float64Array;
}

/** Resamples accumulated per pass over the data: enough to reuse each pattern's block from cache. */
const BATCH = 16;

export function options(o: DriverOptions) {
  const resamples = Math.max(0, Math.floor(o.resamples ?? 1000));
  const minGroup = Math.max(2, Math.floor(o.minGroup ?? 25));
  const confidence = o.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`computeDrivers: confidence must be in (0, 1), got ${confidence}.`);
  return { resamples, minGroup, confidence, seed: o.seed ?? 1 };
}

/** Runs resamples `from..to` (default all) of the run `input`, `opts` describe. */
export function driversPart(input: DriverInput | DriverColumns, opts: DriverOptions = {}, from = 0, to?: number): DriversPart | Insufficient {
  const { resamples, minGroup, seed } = options(opts);
  if (input.predictors.length > 30) throw new RangeError('computeDrivers: at most 30 predictors.');
  const data = toColumns(input);
  const P = data.predictors.length;
  const { engagement, values } = data;
  const kept: number[] = [];
  for (let r = 0; r < data.n; r++) {
    if (!Number.isFinite(engagement[r]!)) continue;
    for (let c = 0; c < P; c++) {
      if (Number.isFinite(values[r * P + c]!)) {
        kept.push(r);
        break;
      }
    }
  }
  const rows = Uint32Array.from(kept);
  const n = rows.length;
  const excluded: Excluded = [];
  const columns: number[] = [];
  const answered: number[] = [];
  data.predictors.forEach((id, c) => {
    let count = 0;
    let first = NaN;
    let varies = false;
    for (const r of rows) {
      const v = values[r * P + c]!;
      if (!Number.isFinite(v)) continue;
      if (count === 0) first = v;
      else if (v !== first) varies = true;
      count++;
    }
    if (count < minGroup) excluded.push({ id, n: count, reason: 'too-few-answers' });
    else if (!varies) excluded.push({ id, n: count, reason: 'no-variance' });
    else {
      columns.push(c);
      answered.push(count);
    }
  });
  const engagementVaries = rows.some((r) => engagement[r] !== engagement[rows[0]!]);
  if (n < minGroup) return { status: 'insufficient', reason: 'too-few-people', n, minGroup, excluded };
  if (columns.length === 0 || !engagementVaries) return { status: 'insufficient', reason: 'no-predictor', n, minGroup, excluded };

  const end = Math.min(resamples, to ?? resamples);
  const start = Math.min(Math.max(0, from), end);
  const d = prepare(data, rows, columns);
  const p = columns.length;
  const rxx = new Float64Array(p * p);
  const rxy = new Float64Array(p);
  correlations(d, new Uint32Array(n).fill(1), rxx, rxy);
  const point = relativeWeights(rxx, rxy, p);

  const count = end - start;
  const r2s = new Float64Array(count);
  const shares = new Float64Array(count * p);
  const betas = new Float64Array(count * p);
  const state = seededState(seed);
  drawCounts(state, start * n, n, null);
  const weights = n <= 0xffff ? new Uint16Array(BATCH * n) : new Uint32Array(BATCH * n);
  const sums = new Float64Array(BATCH * sumsWidth(d));
  const acc = new Float64Array(d.q * (d.q + 3));
  for (let b0 = 0; b0 < count; b0 += BATCH) {
    const batch = Math.min(BATCH, count - b0);
    weights.fill(0);
    for (let b = 0; b < batch; b++) drawCounts(state, n, n, weights, b * n);
    accumulate(d, weights, batch, sums, acc);
    for (let b = 0; b < batch; b++) {
      correlationsFrom(d, sums, b, rxx, rxy);
      const w = relativeWeights(rxx, rxy, p);
      const at = b0 + b;
      r2s[at] = w.r2;
      for (let j = 0; j < p; j++) {
        shares[at * p + j] = w.r2 > 0 ? w.raw[j]! / w.r2 : 0;
        betas[at * p + j] = w.beta[j]!;
      }
    }
  }
  const ids = columns.map((c) => data.predictors[c]!);
  return { status: 'part', n, resamples, from: start, to: end, ids, answered, excluded, r2: point.r2, raw: point.raw, beta: point.beta, r2s, shares, betas };
}

/** The result from parts of one run (any order; together they must cover its resamples once). */
export function mergeDrivers(parts: ReadonlyArray<DriversPart | Insufficient>, opts: DriverOptions = {}): DriversResult {
  const first = parts[0];
  if (!first) throw new RangeError('mergeDrivers: no part.');
  if (first.status === 'insufficient') return first;
  const { confidence } = options(opts);
  const all = parts as DriversPart[];
  const total = all.reduce((s, x) => s + (x.to - x.from), 0);
  if (all.some((x) => x.status !== 'part') || total !== first.resamples) {
    throw new RangeError(`mergeDrivers: the parts cover ${total} of ${first.resamples} resamples.`);
  }
  const p = first.ids.length;
  const column = (pick: (x: DriversPart) => Float64Array, j: number, stride: number) => {
    const out = new Float64Array(total);
    let k = 0;
    for (const x of all) {
      const a = pick(x);
      for (let b = 0; b < x.to - x.from; b++) out[k++] = a[b * stride + j]!;
    }
    return out;
  };
  const lo = (1 - confidence) / 2;
  const hi = 1 - lo;
  const interval = (a: Float64Array, fallback: number): [number, number] => {
    if (a.length === 0) return [fallback, fallback];
    a.sort();
    return [quantileSorted(a, lo), quantileSorted(a, hi)];
  };
  const { r2 } = first;
  const drivers: Driver[] = first.ids.map((id, j) => {
    const share = r2 > 0 ? first.raw[j]! / r2 : 0;
    const [shareLow, shareHigh] = interval(column((x) => x.shares, j, p), share);
    const beta = first.beta[j]!;
    const [betaLow, betaHigh] = interval(column((x) => x.betas, j, p), beta);
    const band: DriverBand = betaLow <= 0 && betaHigh >= 0 ? 'none' : bandOf(share);
    return { id, n: first.answered[j]!, share, shareLow, shareHigh, beta, betaLow, betaHigh, band };
  });
  drivers.sort((a, b) => b.share - a.share);
  const [r2Low, r2High] = interval(column((x) => x.r2s, 0, 1), r2);
  return { status: 'ok', n: first.n, r2, r2Low, r2High, resamples: first.resamples, drivers, excluded: first.excluded };
}
