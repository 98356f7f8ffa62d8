import { expect } from '@open-wc/testing';
import { computeDrivers, quantileSorted, type DriverInput, type DriversResult } from '../../src/insights/drivers.js';
import { driversPart, mergeDrivers } from '../../src/insights/drivers-bootstrap.js';
import { toColumns } from '../../src/insights/drivers-columns.js';
import { drawCounts, seeded, seededState } from '../../src/insights/random.js';
import { relativeWeights } from '../../src/insights/relative-weights.js';
import { simulate } from './drivers-simulation.js';

const ok = (r: DriversResult) => {
  if (r.status !== 'ok') throw new Error(`expected a result, got ${r.status}`);
  return r;
};

/**
 * The definition, written the slow and obvious way: each resample draws n people with
 * `Math.floor(seeded(seed)() * n)`, copies their rows, and computes every pairwise-complete
 * correlation from the copied rows; then Johnson's weights and percentile intervals.
 */
function reference(input: DriverInput, resamples: number, seed: number) {
  // Resample indices count in the prepared order: rows grouped by which answers they have, the
  // groups in order of first appearance (any fixed order is as random; this one is the code's).
  const pattern = (row: DriverInput['rows'][number]) => row.values.map((v) => (v === null ? 0 : 1)).join('');
  const order = [...new Set(input.rows.map(pattern))];
  const rows = order.flatMap((key) => input.rows.filter((row) => pattern(row) === key));
  const n = rows.length;
  const p = input.predictors.length;
  const get = (row: (typeof rows)[number], i: number) => (i === 0 ? row.engagement : row.values[i - 1]) ?? null;
  const corr = (sample: typeof rows, i: number, j: number) => {
    let c = 0, si = 0, sj = 0, sii = 0, sjj = 0, sij = 0;
    for (const row of sample) {
      const x = get(row, i);
      const y = get(row, j);
      if (x === null || y === null) continue;
      c++; si += x; sj += y; sii += x * x; sjj += y * y; sij += x * y;
    }
    const vi = sii / c - (si / c) ** 2;
    const vj = sjj / c - (sj / c) ** 2;
    return (sij / c - (si / c) * (sj / c)) / Math.sqrt(vi * vj);
  };
  const fit = (sample: typeof rows) => {
    const rxx = new Float64Array(p * p);
    const rxy = new Float64Array(p);
    for (let a = 0; a < p; a++) {
      rxy[a] = corr(sample, 0, a + 1);
      for (let b = 0; b < p; b++) rxx[a * p + b] = a === b ? 1 : corr(sample, a + 1, b + 1);
    }
    return relativeWeights(rxx, rxy, p);
  };
  const point = fit(rows);
  const random = seeded(seed);
  const betas = Array.from({ length: p }, () => new Float64Array(resamples));
  const shares = Array.from({ length: p }, () => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    const sample = Array.from({ length: n }, () => rows[Math.floor(random() * n)]!);
    const w = fit(sample);
    for (let j = 0; j < p; j++) {
      betas[j]![b] = w.beta[j]!;
      shares[j]![b] = w.raw[j]! / w.r2;
    }
  }
  return input.predictors.map((id, j) => {
    const bs = betas[j]!.sort();
    const ss = shares[j]!.sort();
    return { id, share: point.raw[j]! / point.r2, beta: point.beta[j]!, betaLow: quantileSorted(bs, 0.025), betaHigh: quantileSorted(bs, 0.975), shareLow: quantileSorted(ss, 0.025), shareHigh: quantileSorted(ss, 0.975) };
  });
}

describe('engagement drivers, the fast bootstrap', () => {
  it('draws the same indices as the seeded generator, and skips exactly', () => {
    const random = seeded(42);
    const expected = new Uint32Array(7);
    for (let i = 0; i < 50; i++) expected[Math.floor(random() * 7)]!++;
    const counts = new Uint32Array(7);
    const state = seededState(42);
    drawCounts(state, 20, 7, null);
    drawCounts(state, 30, 7, counts);
    const head = new Uint32Array(7);
    drawCounts(seededState(42), 20, 7, head);
    expect([...counts].map((c, i) => c + head[i]!)).to.deep.equal([...expected]);
  });

  it('agrees with the definition computed the slow way (row copies, one resample at a time)', () => {
    const input = simulate(400, 5, 1 / 3, 0.5);
    const fast = ok(computeDrivers(input, { resamples: 120, seed: 9, minGroup: 2 }));
    const slow = reference(input, 120, 9);
    for (const s of slow) {
      const f = fast.drivers.find((d) => d.id === s.id)!;
      for (const key of ['share', 'beta', 'betaLow', 'betaHigh', 'shareLow', 'shareHigh'] as const) {
        expect(Math.abs(f[key] - s[key]), `${s.id} ${key}`).to.be.below(1e-9);
      }
    }
  });

  it('gives the same result to the last bit split into parts, in any order, from rows or columns', () => {
    const input = simulate(1500, 2, 1 / 3, 0.5);
    const options = { resamples: 101, seed: 4 };
    const whole = computeDrivers(input, options);
    const columns = toColumns(input);
    const parts = [driversPart(columns, options, 60, 101), driversPart(input, options, 0, 33), driversPart(columns, options, 33, 60)];
    expect(mergeDrivers(parts, options)).to.deep.equal(whole);
    expect(computeDrivers(columns, options)).to.deep.equal(whole);
  });

  it('refuses parts that do not cover the run, and columns of the wrong length', () => {
    const input = simulate(200, 3, 1 / 3, 0.5);
    const options = { resamples: 40 };
    expect(() => mergeDrivers([driversPart(input, options, 0, 30)], options)).to.throw(RangeError, /30 of 40/);
    const columns = toColumns(input);
    expect(() => computeDrivers({ ...columns, n: 199 })).to.throw(RangeError, /need 199 scores/);
  });
});
