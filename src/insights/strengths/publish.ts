/**
 * Publishing: a tally's exact integer batch sums into the masked, shrunken, classified map (see
 * strengths.ts for the method). Pure: nothing is kept between calls.
 */
import { DEFAULT_PRIOR, UNITS, Z, type Classification, type StrengthCell, type StrengthMap, type StrengthOptions, type StrengthOverall, type Tally } from './types.js';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

function classify(low: number, high: number, reference: number): Classification {
  return low > reference ? 'strength' : high < reference ? 'weakness' : 'neutral';
}

/**
 * σ² on 0..1 from batch sums: a batch sum of k ratings has variance k·σ², so the spread of the batch
 * sums around each cell's mean batch sum, pooled, estimates it. NaN below 2 degrees of freedom.
 */
function batchVariance(ss: number, df: number, k: number): number {
  return df >= 2 ? Math.max(0, ss) / (k * df) / (UNITS * UNITS) : NaN;
}

export interface OrgStats {
  /** Per topic × response: window ratings and sums over every manager. */
  n: Float64Array;
  s: Float64Array;
  totalN: number;
  totalS: number;
  /** σ² on 0..1 from every manager's batch sums (NaN when too few degrees of freedom). */
  variance: number;
}

/** The organisation's figures, from every manager's windows: compute once per tally, pass to `publish`. */
export function orgStats(t: Tally): OrgStats {
  const P = t.topics.length * t.responses.length;
  const n = new Float64Array(P);
  const s = new Float64Array(P);
  let totalN = 0;
  let totalS = 0;
  let ss = 0;
  let df = 0;
  for (let c = 0; c < t.windowCount.length; c++) {
    const wn = t.windowCount[c]!;
    if (wn === 0) continue;
    const ws = t.windowSum[c]!;
    const p = c % P;
    n[p]! += wn;
    s[p]! += ws;
    totalN += wn;
    totalS += ws;
    ss += t.batchSS[c]!;
    df += wn / t.k - 1;
  }
  return { n, s, totalN, totalS, variance: batchVariance(ss, df, t.k) };
}

/**
 * The published map for one manager (or, without `managerId`, the organisation) from a tally. `org`:
 * the tally's `orgStats`, when publishing many maps from one tally.
 */
export function publish(t: Tally, options: StrengthOptions = {}, org: OrgStats = orgStats(t)): StrengthMap {
  const { k, topics, responses, scale } = t;
  const mPrior = options.prior !== undefined && options.prior >= 0 ? options.prior : DEFAULT_PRIOR;
  const T = topics.length;
  const R = responses.length;
  const P = T * R;
  const target = options.managerId === undefined ? -1 : t.managers.indexOf(options.managerId);
  const compare = target >= 0;
  const toScale = (x: number) => scale.min + x * (scale.max - scale.min);

  // The cells' window figures: the manager's own, or the organisation's pooled ones.
  let ownN = org.n;
  let ownS = org.s;
  let ownTotalN = org.totalN;
  let ownTotalS = org.totalS;
  let variance = org.variance;
  if (options.managerId !== undefined) {
    ownN = new Float64Array(P);
    ownS = new Float64Array(P);
    ownTotalN = 0;
    ownTotalS = 0;
    let ss = 0;
    let df = 0;
    for (let p = 0; compare && p < P; p++) {
      const c = target * P + p;
      const n = t.windowCount[c]!;
      if (n === 0) continue;
      const s = t.windowSum[c]!;
      ownN[p] = n;
      ownS[p] = s;
      ownTotalN += n;
      ownTotalS += s;
      ss += t.batchSS[c]!;
      df += n / k - 1;
    }
    variance = batchVariance(ss, df, k);
    if (!(variance === variance)) variance = org.variance;
  }
  const prior = ownTotalN > 0 ? ownTotalS / ownTotalN / UNITS : 0;
  if (!(variance === variance)) variance = prior * (1 - prior);

  const cells: StrengthCell[] = [];
  for (let ti = 0; ti < T; ti++) {
    for (let ri = 0; ri < R; ri++) {
      const p = ti * R + ri;
      const n = ownN[p]!;
      const cell: StrengthCell = {
        topicId: topics[ti]!,
        responseId: responses[ri]!,
        masked: n === 0,
        count: null,
        mean: null,
        estimate: null,
        low: null,
        high: null,
        classification: 'masked',
      };
      if (n === 0) {
        let all = 0;
        if (options.managerId === undefined) for (let c = p; c < t.count.length; c += P) all += t.count[c]!;
        else if (compare) all = t.count[target * P + p]!;
        if (all < k) cell.needed = k - all;
      } else {
        const mean = ownS[p]! / n / UNITS;
        const estimate = (n * mean + mPrior * prior) / (n + mPrior);
        const half = Z * Math.sqrt(variance / (n + mPrior));
        const low = clamp01(estimate - half);
        const high = clamp01(estimate + half);
        cell.count = n;
        cell.mean = toScale(mean);
        cell.estimate = toScale(clamp01(estimate));
        cell.low = toScale(low);
        cell.high = toScale(high);
        cell.classification = classify(low, high, prior);
        if (compare && org.n[p]! > n) {
          const orgMean = org.s[p]! / org.n[p]! / UNITS;
          cell.vsOrg = classify(low, high, orgMean);
          cell.orgMean = toScale(orgMean);
        }
      }
      cells.push(cell);
    }
  }
  const overall: StrengthOverall =
    ownTotalN > 0 ? { masked: false, count: ownTotalN, mean: toScale(prior) } : { masked: true, count: null, mean: null };
  if (compare && org.totalN > ownTotalN) overall.orgMean = toScale(org.totalS / org.totalN / UNITS);
  const map: StrengthMap = { k, prior: mPrior, scale: { ...scale }, overall, topics: [...topics], responses: [...responses], cells };
  if (options.managerId !== undefined) map.managerId = options.managerId;
  return map;
}

