/**
 * Pairwise-complete correlations, recomputed cheaply for many bootstrap resamples: the data are
 * prepared once, and each resample is a vector of row weights (how often each row was drawn, a
 * multinomial count). Used by `drivers-bootstrap.ts`; see `drivers.ts` for why pairwise-complete.
 *
 * Speed (1,000 resamples over 10,000 people): no row is copied per resample; the weighted sums and
 * cross-products of a resample are accumulated in one pass, O(n·p²). Resamples are taken in
 * batches, pattern by pattern: one missingness pattern's block (a few kB) stays in the L1 cache
 * while every resample of the batch reads it, instead of all the data streaming through memory
 * once per resample. Each resample still adds its rows in the same order, so the sums, and the
 * result, are the same to the last bit as one resample at a time.
 */
import type { DriverColumns } from './drivers-columns.js';

/**
 * Data prepared once: variables centred on their full-sample means, rows grouped by missingness
 * pattern, and for each pattern the products of its present variable pairs, stored densely so the
 * per-resample pass reads contiguous memory and skips every absent pair (about half of them when a
 * third of the answers are missing).
 */
export interface Prepared {
  n: number;
  q: number;
  /** Per pattern: first row, present variables, present pairs (global pair index), block offset. */
  start: Uint32Array;
  vars: Uint8Array[];
  pairs: Uint16Array[];
  offset: Float64Array;
  /**
   * One block per row, pattern by pattern: the products of its present pairs, then its present
   * values, then their squares, so one tight loop accumulates all a resample needs.
   */
  blocks: Float64Array;
}

/** Per pair: Σw·xᵢxⱼ, Σw, Σw·xᵢ, Σw·xⱼ, Σw·xᵢ², Σw·xⱼ² over the rows where both are present. */
const SUMS = 6;

/** Doubles of pair sums one resample needs (`accumulate`'s `sums` holds `batch` of these). */
export const sumsWidth = (d: Prepared) => ((d.q * (d.q - 1)) / 2) * SUMS;

/**
 * Prepares the rows `rows` of `data` (indices, in order) for variables 0 = engagement and 1.. =
 * the predictors at `columns`. Prepared row i is `rows[i]` regrouped by pattern; resample weights
 * index prepared rows.
 */
export function prepare(data: DriverColumns, rows: Uint32Array, columns: readonly number[]): Prepared {
  const q = columns.length + 1;
  const n = rows.length;
  const P = data.predictors.length;
  const { engagement, values: cells } = data;
  const get = (r: number, i: number) => (i === 0 ? engagement[r]! : cells[r * P + columns[i - 1]!]!);
  const sums = new Float64Array(q);
  const counts = new Float64Array(q);
  const masks = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const r = rows[k]!;
    let mask = 0;
    for (let i = 0; i < q; i++) {
      const v = get(r, i);
      if (Number.isFinite(v)) {
        mask |= 1 << i;
        sums[i] = sums[i]! + v;
        counts[i] = counts[i]! + 1;
      }
    }
    masks[k] = mask;
  }
  const byMask = new Map<number, number[]>();
  masks.forEach((m, k) => {
    const list = byMask.get(m);
    if (list) list.push(rows[k]!);
    else byMask.set(m, [rows[k]!]);
  });
  const groups = [...byMask.entries()];
  const start = new Uint32Array(groups.length + 1);
  const offset = new Float64Array(groups.length + 1);
  const vars: Uint8Array[] = [];
  const pairs: Uint16Array[] = [];
  const pairIndex = (i: number, j: number) => i * q - (i * (i + 1)) / 2 + (j - i - 1);
  groups.forEach(([mask, list], p) => {
    const present = Array.from({ length: q }, (_, i) => i).filter((i) => mask & (1 << i));
    vars.push(Uint8Array.from(present));
    pairs.push(Uint16Array.from(present.flatMap((i, a) => present.slice(a + 1).map((j) => pairIndex(i, j)))));
    start[p + 1] = start[p]! + list.length;
    offset[p + 1] = offset[p]! + list.length * (pairs[p]!.length + 2 * present.length);
  });
  const blocks = new Float64Array(offset[groups.length]!);
  const values = new Float64Array(q);
  groups.forEach(([, list], p) => {
    const vs = vars[p]!;
    const m = vs.length;
    const width = pairs[p]!.length + 2 * m;
    list.forEach((r, k) => {
      for (let a = 0; a < m; a++) values[a] = get(r, vs[a]!) - sums[vs[a]!]! / counts[vs[a]!]!;
      let o = offset[p]! + k * width;
      for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) blocks[o++] = values[a]! * values[b]!;
      for (let a = 0; a < m; a++) blocks[o++] = values[a]!;
      for (let a = 0; a < m; a++) blocks[o++] = values[a]! * values[a]!;
    });
  });
  return { n, q, start, vars, pairs, offset, blocks };
}

/**
 * The pair sums of `batch` resamples at once: resample b's weights are `weights[b·n .. b·n + n)`
 * (prepared row order), its sums go to `sums[b·sumsWidth ..)` (overwritten). `acc` is scratch of at
 * least `q(q+3)` doubles.
 *
 * Two resamples × four sums are accumulated in local variables (registers) while the rows of a
 * pattern stream by: eight multiply-adds per six loads and no store, where one sum at a time costs
 * a load and a store per multiply-add. Every sum still adds its rows in row order from zero (a row
 * drawn zero times adds exactly 0), so the sums equal the one-at-a-time loop's bit for bit.
 */
export function accumulate(d: Prepared, weights: Uint16Array | Uint32Array, batch: number, sums: Float64Array, acc: Float64Array): void {
  const { n, blocks, start, offset } = d;
  const sw = sumsWidth(d);
  const half = (d.q * (d.q + 3)) / 2;
  sums.fill(0, 0, batch * sw);
  for (let p = 0; p < d.vars.length; p++) {
    const m = d.vars[p]!.length;
    const width = d.pairs[p]!.length + 2 * m;
    const first = start[p]!;
    const end = start[p + 1]!;
    const o0 = offset[p]!;
    let b = 0;
    for (; b + 1 < batch; b += 2) {
      const w0 = b * n;
      const w1 = w0 + n;
      let c0 = 0;
      let c1 = 0;
      for (let r = first; r < end; r++) {
        c0 += weights[w0 + r]!;
        c1 += weights[w1 + r]!;
      }
      if (c0 === 0 && c1 === 0) continue;
      let a = 0;
      for (; a + 3 < width; a += 4) {
        let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        for (let r = first, o = o0 + a; r < end; r++, o += width) {
          const u = weights[w0 + r]!;
          const v = weights[w1 + r]!;
          const x0 = blocks[o]!;
          const x1 = blocks[o + 1]!;
          const x2 = blocks[o + 2]!;
          const x3 = blocks[o + 3]!;
          s00 += u * x0;
          s01 += u * x1;
          s02 += u * x2;
          s03 += u * x3;
          s10 += v * x0;
          s11 += v * x1;
          s12 += v * x2;
          s13 += v * x3;
        }
        acc[a] = s00;
        acc[a + 1] = s01;
        acc[a + 2] = s02;
        acc[a + 3] = s03;
        acc[half + a] = s10;
        acc[half + a + 1] = s11;
        acc[half + a + 2] = s12;
        acc[half + a + 3] = s13;
      }
      for (; a < width; a++) {
        let s0 = 0;
        let s1 = 0;
        for (let r = first, o = o0 + a; r < end; r++, o += width) {
          const x = blocks[o]!;
          s0 += weights[w0 + r]! * x;
          s1 += weights[w1 + r]! * x;
        }
        acc[a] = s0;
        acc[half + a] = s1;
      }
      if (c0 > 0) addPairs(d, p, acc, 0, c0, sums, b * sw);
      if (c1 > 0) addPairs(d, p, acc, half, c1, sums, (b + 1) * sw);
    }
    if (b < batch) {
      const wb = b * n;
      acc.fill(0, 0, width);
      let c = 0;
      for (let r = first, o = o0; r < end; r++, o += width) {
        const w = weights[wb + r]!;
        if (w === 0) continue;
        c += w;
        for (let a = 0; a < width; a++) acc[a] = acc[a]! + w * blocks[o + a]!;
      }
      if (c > 0) addPairs(d, p, acc, 0, c, sums, b * sw);
    }
  }
}

/** Adds pattern `p`'s sums (`acc[at ..)`, over `c` weighted rows) to its pairs' sums at `s0`. */
function addPairs(d: Prepared, p: number, acc: Float64Array, at: number, c: number, sums: Float64Array, s0: number): void {
  const ps = d.pairs[p]!;
  const m = d.vars[p]!.length;
  const mp = ps.length;
  for (let a = 0, e = 0; a < m; a++) {
    for (let k = a + 1; k < m; k++, e++) {
      const g = s0 + ps[e]! * SUMS;
      sums[g] = sums[g]! + acc[at + e]!;
      sums[g + 1] = sums[g + 1]! + c;
      sums[g + 2] = sums[g + 2]! + acc[at + mp + a]!;
      sums[g + 3] = sums[g + 3]! + acc[at + mp + k]!;
      sums[g + 4] = sums[g + 4]! + acc[at + mp + m + a]!;
      sums[g + 5] = sums[g + 5]! + acc[at + mp + m + k]!;
    }
  }
}

/**
 * Pairwise-complete correlations from resample `b`'s pair sums: the predictors' matrix into `rxx`
 * ((q−1)²) and their correlations with the outcome (variable 0) into `rxy`.
 */
export function correlationsFrom(d: Prepared, sums: Float64Array, b: number, rxx: Float64Array, rxy: Float64Array): void {
  const { q } = d;
  const s0 = b * sumsWidth(d);
  const m = q - 1;
  for (let i = 0; i < m; i++) rxx[i * m + i] = 1;
  for (let i = 0, k = 0; i < q; i++) {
    for (let j = i + 1; j < q; j++, k++) {
      const g = s0 + k * SUMS;
      const nn = sums[g + 1]!;
      let r = 0;
      if (nn >= 2) {
        const mi = sums[g + 2]! / nn;
        const mj = sums[g + 3]! / nn;
        const vi = sums[g + 4]! / nn - mi * mi;
        const vj = sums[g + 5]! / nn - mj * mj;
        if (vi > 1e-12 && vj > 1e-12) r = Math.max(-1, Math.min(1, (sums[g]! / nn - mi * mj) / Math.sqrt(vi * vj)));
      }
      if (i === 0) rxy[j - 1] = r;
      else {
        rxx[(i - 1) * m + (j - 1)] = r;
        rxx[(j - 1) * m + (i - 1)] = r;
      }
    }
  }
}

/** Pairwise-complete correlations for one weight vector (`weight[r]`: how often prepared row r counts). */
export function correlations(d: Prepared, weight: Uint16Array | Uint32Array, rxx: Float64Array, rxy: Float64Array): void {
  const sums = new Float64Array(sumsWidth(d));
  accumulate(d, weight, 1, sums, new Float64Array(d.q * (d.q + 3)));
  correlationsFrom(d, sums, 0, rxx, rxy);
}
