/**
 * Pairwise-complete correlations, recomputed cheaply for many bootstrap resamples: the data are
 * prepared once, and each resample is a vector of row weights (how often each row was drawn).
 * Used by `drivers.ts`; see there for why pairwise-complete.
 */
import type { DriverRow } from './drivers.js';

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

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

/** Prepares `rows` for variables 0 = engagement and 1.. = the predictors at `columns`. */
export function prepare(rows: readonly DriverRow[], columns: number[]): Prepared {
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
    list.forEach((r, k) => {
      const row = rows[r]!;
      for (let a = 0; a < m; a++) values[a] = (get(row, vs[a]!) as number) - sums[vs[a]!]! / counts[vs[a]!]!;
      let o = offset[p]! + k * (pairs[p]!.length + 2 * m);
      for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) blocks[o++] = values[a]! * values[b]!;
      for (let a = 0; a < m; a++) blocks[o++] = values[a]!;
      for (let a = 0; a < m; a++) blocks[o++] = values[a]! * values[a]!;
    });
  });
  return { n, q, start, vars, pairs, offset, blocks };
}

/**
 * Pairwise-complete correlations of all `q` variables for rows weighted by `weight` (bootstrap
 * counts, in prepared row order). Writes the predictors' matrix into `rxx` ((q−1)²) and their
 * correlations with the outcome (variable 0) into `rxy`.
 */
export function correlations(d: Prepared, weight: Uint32Array, rxx: Float64Array, rxy: Float64Array): void {
  const { q } = d;
  const pairCount = (q * (q - 1)) / 2;
  // Per pair: Σw·xᵢxⱼ, Σw, Σw·xᵢ, Σw·xⱼ, Σw·xᵢ², Σw·xⱼ² over the rows where both are present.
  const s = new Float64Array(pairCount * 6);
  const acc = new Float64Array(pairCount + 2 * q);
  const { blocks, start, offset } = d;
  for (let p = 0; p < d.vars.length; p++) {
    const ps = d.pairs[p]!;
    const m = d.vars[p]!.length;
    const mp = ps.length;
    const width = mp + 2 * m;
    acc.fill(0, 0, width);
    let c = 0;
    const end = start[p + 1]!;
    for (let r = start[p]!, o = offset[p]!; r < end; r++, o += width) {
      const w = weight[r]!;
      if (w === 0) continue;
      c += w;
      for (let a = 0; a < width; a++) acc[a] = acc[a]! + w * blocks[o + a]!;
    }
    if (c === 0) continue;
    for (let a = 0, e = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++, e++) {
        const g = ps[e]! * 6;
        s[g] = s[g]! + acc[e]!;
        s[g + 1] = s[g + 1]! + c;
        s[g + 2] = s[g + 2]! + acc[mp + a]!;
        s[g + 3] = s[g + 3]! + acc[mp + b]!;
        s[g + 4] = s[g + 4]! + acc[mp + m + a]!;
        s[g + 5] = s[g + 5]! + acc[mp + m + b]!;
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
