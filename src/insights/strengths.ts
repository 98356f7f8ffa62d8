/**
 * Strengths and weaknesses (得意・苦手) per topic × response style, from members' feedback.
 * Pure functions: no DOM, no zod. Only records with `by: 'member'` count.
 *
 * ## Scale
 * Records may use different scales (`scale {min, max}`). Every rating is mapped onto 0..1 and held
 * as an integer number of *units*: 2520 units = the whole scale (2520 = lcm(1..10), so a rating on
 * any integer scale with a range up to 10 is an exact integer). All sums are therefore exact in a
 * float64, which the masking below relies on. Published figures are expressed on `map.scale`, the
 * scale of most published ratings — those in complete batches (see below) — with ties going to the
 * lowest `min`, then the lowest `max`; `1..5` while nothing is published. A rating outside a complete
 * batch has no say, so it cannot move the scale (and every figure with it) on its own.
 *
 * ## Masking, and why it survives differencing
 * Ratings in one cell (one manager × topic × response) are ordered by the record's `createdAt`, then
 * its `id`, then the item's position, and cut into *batches* of `k`: ratings 1..k, k+1..2k, ...
 * A cell publishes figures from its complete batches only — its *window*, the first
 * `N = k · floor(count / k)` ratings — and from nothing but the batches' **sums**: while
 * `count < k` the cell is masked (`masked: true`, every figure `null`), and `count` is published as
 * `N`, a coarse bucket ("at least N"). Every published number — cell mean, shrunken estimate,
 * interval, classification, the manager's mean (the prior), the variance behind the intervals, the
 * organisation's means — is a deterministic function of the cells' sequences of exact integer batch
 * sums. The guarantee that follows:
 *
 *   Adding one rating (later than the existing ones) either leaves the whole published map
 *   unchanged, whatever its value, or, when it completes a batch, changes the map only through
 *   that batch's sum. Two snapshots, before and after, never tell the new rating apart from any
 *   other value that, with the other `k − 1` ratings of its batch, gives the same sum: the same
 *   protection `k` gives a single snapshot.
 *
 * That is why the variance is *not* the usual pooled within-cell variance: a sum of squares would
 * move with the squares of the batch's ratings, and for k = 2 the sum and the sum of squares give
 * both ratings away. Instead σ² is estimated from the spread of the batch sums (a batch sum of k
 * ratings has variance k·σ²), pooled over the manager's cells.
 *
 * What is *not* hidden: that a rating arrived in a cell once it completes a batch (the count), and
 * which topics and response styles have any rating at all (they become rows and columns). Limits:
 * a record that arrives *backdated* (a `createdAt` earlier than ratings already in a complete
 * batch) reshuffles the batches, and an *edited* rating inside a window changes its batch sum; both
 * can reveal a difference of ratings. Taiwa's rater never edits a submitted rating; hosts importing
 * history should import it before publishing maps. `k = 1` disables the protection.
 *
 * The records' `overall` rating is not used: the map is about topic × response items only. Up to
 * 32,767 topic ids and 65,535 response ids; `k` up to 1,000.
 *
 * ## Estimate, interval, classification
 * - `estimate = (N · mean + m · prior) / (N + m)`: credibility weighting (empirical Bayes with a
 *   normal prior). `prior` is the manager's own mean over all their windows; `m` (option `prior`,
 *   default 5) is how many ratings' worth of weight the prior carries: a cell with 5 ratings sits
 *   halfway between its own mean and the manager's.
 * - `low`/`high`: a normal-approximation interval, `estimate ± z · σ / √(N + m)` (z = 1.96), σ² from
 *   the batch sums pooled over the manager's cells (the organisation's when the manager has fewer
 *   than 2 degrees of freedom; the Bhatia–Davis bound μ(1 − μ) when neither has), clamped to the
 *   scale.
 * - `classification` (relative to the manager's own mean): `strength` when the whole interval lies
 *   above it, `weakness` when the whole interval lies below it, `neutral` otherwise. `vsOrg` applies
 *   the same rule to the organisation's mean for the same topic × response (pooled over every
 *   manager's windows); it is present only when other managers contributed to that combination.
 * - Without `managerId`, the map is the organisation's: cells pool every manager's windows and are
 *   classified against the organisation's overall mean.
 *
 * ## Speed
 * One pass over the records interns ids (Maps) and writes per-item integers into typed arrays; the
 * remaining passes run over typed arrays only: a counting sort groups the items by cell, a cell
 * whose items did not arrive in time order is sorted on its own (cells are small), and one walk per
 * cell sums its batches. No object is allocated per item.
 */
import type { Feedback } from '../model/schemas.js';

export type Classification = 'strength' | 'neutral' | 'weakness';

export interface Scale {
  min: number;
  max: number;
}

export interface StrengthOptions {
  /** The manager whose map to build; omitted: the organisation's map. */
  managerId?: string;
  /** Minimum ratings before a cell shows anything, and the batch size of its window. Default 3. */
  k?: number;
  /** `m`: the weight of the manager's own mean, in ratings. Default 5. */
  prior?: number;
}

export interface StrengthCell {
  topicId: string;
  responseId: string;
  /** True when the cell has fewer than `k` ratings: every figure below is `null`. */
  masked: boolean;
  /** Ratings the figures rest on: a multiple of `k` ("at least this many"). */
  count: number | null;
  /** Mean rating of the window, on `map.scale`. */
  mean: number | null;
  /** The shrunken estimate, on `map.scale`. */
  estimate: number | null;
  /** The interval around the estimate, on `map.scale`. */
  low: number | null;
  high: number | null;
  /** Relative to the manager's own mean (for the organisation's map: to the organisation's). */
  classification: Classification | 'masked';
  /** Relative to the organisation's mean for this topic × response, where other managers have data. */
  vsOrg?: Classification;
  /** The organisation's mean for this topic × response, on `map.scale`. */
  orgMean?: number;
}

export interface StrengthOverall {
  masked: boolean;
  /** Ratings in all published windows (the prior rests on these). */
  count: number | null;
  /** The manager's (or organisation's) mean over those ratings, on `map.scale`. */
  mean: number | null;
  /** The organisation's overall mean, on `map.scale`, where other managers have data. */
  orgMean?: number;
}

export interface StrengthMap {
  managerId?: string;
  k: number;
  /** `m`, the prior's weight in ratings. */
  prior: number;
  scale: Scale;
  overall: StrengthOverall;
  /** Topic ids and response ids seen in the feedback, sorted. */
  topics: string[];
  responses: string[];
  /** One cell per topic seen × response seen anywhere in the feedback, sorted by topic then response. */
  cells: StrengthCell[];
}

/** Units per whole scale: lcm(1..10), so every rating on an integer scale up to range 10 is exact. */
export const UNITS = 2520;
const Z = 1.96;
const DEFAULT_K = 3;
const DEFAULT_PRIOR = 5;
const MAX_K = 1000;
const NO_SCALE = 255;

/**
 * The single pass's result. `count` and `sum` hold *every* rating and are not masked: for tests and
 * analysis only, never for display. Cell index: `(manager · T + topic) · R + response`.
 */
export interface Tally {
  k: number;
  managers: string[];
  topics: string[];
  responses: string[];
  scale: Scale;
  count: Int32Array;
  /** Sum of every rating per cell, in units. */
  sum: Float64Array;
  /** The window per cell: its size (a multiple of k) and sum, in units. */
  windowCount: Int32Array;
  windowSum: Float64Array;
  /** Per cell, Σ (batch sum − mean batch sum)² over its complete batches, in units². */
  batchSS: Float64Array;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Milliseconds of an ISO date-time: a hand parser for the usual shape, `Date.parse` otherwise. */
export function parseTime(s: string): number {
  if (typeof s !== 'string') return 0;
  if (
    s.length >= 20 &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58
  ) {
    let i = 19;
    let ms = 0;
    if (s.charCodeAt(i) === 46) {
      let scale = 100;
      for (i++; i < s.length; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
      }
    }
    const sign = s.charCodeAt(i);
    let offset = 0;
    if (sign === 43 || sign === 45) {
      offset = (digit(s, i + 1) * 10 + digit(s, i + 2)) * 60 + digit(s, i + 4) * 10 + digit(s, i + 5);
      if (sign === 43) offset = -offset;
    } else if (sign !== 90 && sign !== 122) {
      const t = Date.parse(s);
      return t === t ? t : 0;
    }
    const days = daysFromCivil(
      digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3),
      digit(s, 5) * 10 + digit(s, 6),
      digit(s, 8) * 10 + digit(s, 9),
    );
    const hms = (digit(s, 11) * 10 + digit(s, 12)) * 3600 + (digit(s, 14) * 10 + digit(s, 15)) * 60 + digit(s, 17) * 10 + digit(s, 18);
    const t = (days * 86400 + hms) * 1000 + ms + offset * 60000;
    if (t === t) return t;
  }
  const t = Date.parse(s);
  return t === t ? t : 0;
}

function intern(map: Map<string, number>, list: string[], id: string): number {
  let i = map.get(id);
  if (i === undefined) {
    i = list.length;
    map.set(id, i);
    list.push(id);
  }
  return i;
}

/** Sorted ids and the permutation from first-seen index to sorted index. */
function sortIds(list: string[]): { ids: string[]; rank: Int32Array } {
  const order = list.map((_, i) => i).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
  const rank = new Int32Array(list.length);
  order.forEach((from, to) => (rank[from] = to));
  return { ids: order.map((i) => list[i]!), rank };
}

/** Grows a typed array to `size`, keeping its contents. */
function grown<A extends Int32Array | Uint16Array | Uint8Array | Float64Array>(a: A, size: number): A {
  const next = new (a.constructor as new (n: number) => A)(size);
  next.set(a);
  return next;
}

/**
 * Per-item working arrays, kept between calls. Fresh ones for a million items are tens of MB of
 * external memory per call, and that pressure makes V8 run full mark-compact collections over the
 * caller's (large) heap of feedback records: hundreds of ms. Every slot is written before it is
 * read, so reuse needs no clearing; `tally` is synchronous, so no two calls share them.
 */
const work = {
  size: 0,
  records: 0,
  manager: new Int32Array(0),
  pair: new Int32Array(0),
  record: new Int32Array(0),
  pos: new Uint16Array(0),
  units: new Uint16Array(0),
  /** The record's scale as `min · 11 + max` (an integer scale within 0..10), else NO_SCALE. */
  scale: new Uint8Array(0),
  order: new Int32Array(0),
  orderTime: new Float64Array(0),
  orderUnits: new Uint16Array(0),
  time: new Float64Array(0),
};

/** Items in `feedback`, estimated from a sample of records (with a margin; the pass grows if short). */
function estimateItems(feedback: readonly Feedback[]): number {
  const step = Math.max(1, Math.floor(feedback.length / 256));
  let items = 0;
  let seen = 0;
  for (let i = 0; i < feedback.length; i += step, seen++) items += feedback[i]!.items?.length ?? 0;
  return Math.ceil((feedback.length * items * 1.25) / Math.max(1, seen)) + 16;
}

function reserveItems(size: number): void {
  if (size <= work.size) return;
  size = Math.max(size, Math.ceil(work.size * 1.5));
  work.manager = grown(work.manager, size);
  work.pair = grown(work.pair, size);
  work.record = grown(work.record, size);
  work.pos = grown(work.pos, size);
  work.units = grown(work.units, size);
  work.scale = grown(work.scale, size);
  // The item arrays grouped by cell, plus one spare slot for sorting.
  work.order = new Int32Array(size + 1);
  work.orderTime = new Float64Array(size + 1);
  work.orderUnits = new Uint16Array(size + 1);
  work.size = size;
}

/**
 * The tally: one pass over the records into per-item typed arrays, then typed passes that group the
 * items by cell, put each cell in time order and sum its batches.
 */
export function tally(feedback: readonly Feedback[], k = DEFAULT_K): Tally {
  k = Math.min(MAX_K, Math.max(1, Math.floor(k) || DEFAULT_K));
  if (work.records < feedback.length) {
    work.time = new Float64Array(feedback.length);
    work.records = feedback.length;
  }
  reserveItems(estimateItems(feedback));
  const recordTime = work.time;
  const managerIds = new Map<string, number>();
  const topicIds = new Map<string, number>();
  const responseIds = new Map<string, number>();
  const managers: string[] = [];
  const topicsSeen: string[] = [];
  const responsesSeen: string[] = [];
  let { manager: itemManager, pair: itemPair, record: itemRecord, pos: itemPos, units: itemUnits, scale: itemScale } = work;

  let n = 0;
  for (let i = 0; i < feedback.length; i++) {
    const f = feedback[i]!;
    if (f.by !== 'member') continue;
    const lo = f.scale.min;
    const hi = f.scale.max;
    const range = hi - lo;
    if (!(range > 0)) continue;
    const scaleCode = lo >= 0 && hi <= 10 && lo === (lo | 0) && hi === (hi | 0) ? lo * 11 + hi : NO_SCALE;
    const factor = UNITS / range;
    const m = intern(managerIds, managers, f.managerId);
    recordTime[i] = parseTime(f.createdAt);
    const list = f.items;
    if (n + list.length > work.size) {
      reserveItems(n + list.length);
      ({ manager: itemManager, pair: itemPair, record: itemRecord, pos: itemPos, units: itemUnits, scale: itemScale } = work);
    }
    for (let j = 0; j < list.length; j++) {
      const item = list[j]!;
      let u = Math.round((item.rating - lo) * factor);
      u = u < 0 ? 0 : u > UNITS ? UNITS : u === u ? u : 0;
      itemManager[n] = m;
      itemPair[n] = (intern(topicIds, topicsSeen, item.topicId) << 16) | intern(responseIds, responsesSeen, item.responseId);
      itemRecord[n] = i;
      itemPos[n] = j;
      itemUnits[n] = u;
      itemScale[n] = scaleCode;
      n++;
    }
  }

  if (topicsSeen.length > 0x8000 || responsesSeen.length > 0x10000)
    throw new RangeError('strengths: too many distinct topic or response ids');
  // Cells in the published layout: managers as first seen, topics and responses sorted.
  const { ids: topics, rank: topicRank } = sortIds(topicsSeen);
  const { ids: responses, rank: responseRank } = sortIds(responsesSeen);
  const T = topics.length;
  const R = responses.length;
  const cells = managers.length * T * R;
  const count = new Int32Array(cells);
  const sum = new Float64Array(cells);
  for (let x = 0; x < n; x++) {
    const p = itemPair[x]!;
    const c = (itemManager[x]! * T + topicRank[p >>> 16]!) * R + responseRank[p & 0xffff]!;
    itemPair[x] = c;
    count[c]!++;
    sum[c]! += itemUnits[x]!;
  }

  // Group the items by cell (a counting sort, stable), carrying each item's time and units along so
  // that putting a cell in time order and summing its batches read contiguous memory.
  const start = new Int32Array(cells + 1);
  for (let c = 0; c < cells; c++) start[c + 1] = start[c]! + count[c]!;
  const fill = start.slice(0, cells);
  const { order, orderTime, orderUnits } = work;
  for (let x = 0; x < n; x++) {
    const at = fill[itemPair[x]!]!++;
    order[at] = x;
    orderTime[at] = recordTime[itemRecord[x]!]!;
    orderUnits[at] = itemUnits[x]!;
  }

  /** Whether the item at a comes before the item at b (slots of `order`): time, record id, position. */
  const before = (a: number, b: number): boolean => {
    const ta = orderTime[a]!;
    const tb = orderTime[b]!;
    if (ta !== tb) return ta < tb;
    const xa = order[a]!;
    const xb = order[b]!;
    const ra = itemRecord[xa]!;
    const rb = itemRecord[xb]!;
    if (ra === rb) return itemPos[xa]! < itemPos[xb]!;
    const ia = feedback[ra]!.id;
    const ib = feedback[rb]!.id;
    return ia !== ib ? ia < ib : ra < rb;
  };
  /** Moves the item at slot `from` to slot `to`. */
  const move = (from: number, to: number) => {
    order[to] = order[from]!;
    orderTime[to] = orderTime[from]!;
    orderUnits[to] = orderUnits[from]!;
  };
  const spare = n; // one slot past the items, to hold the item being inserted

  const scaleVotes = new Int32Array(NO_SCALE + 1);
  const windowCount = new Int32Array(cells);
  const windowSum = new Float64Array(cells);
  const batchSS = new Float64Array(cells);
  for (let c = 0; c < cells; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    if (to - from < k) continue;
    let sorted = true;
    for (let x = from + 1; x < to && sorted; x++) sorted = before(x - 1, x);
    if (!sorted && to - from <= 64) {
      // Insertion sort: cells hold tens of items, and arrive nearly sorted more often than not.
      for (let x = from + 1; x < to; x++) {
        if (before(x - 1, x)) continue;
        move(x, spare);
        let y = x;
        while (y > from && before(spare, y - 1)) {
          move(y - 1, y);
          y--;
        }
        move(spare, y);
      }
    } else if (!sorted) {
      const slots = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => (before(a, b) ? -1 : 1));
      const items = slots.map((x) => [order[x]!, orderTime[x]!, orderUnits[x]!] as const);
      items.forEach(([item, time, units], i) => {
        order[from + i] = item;
        orderTime[from + i] = time;
        orderUnits[from + i] = units;
      });
    }
    let batches = 0;
    let total = 0;
    let squares = 0;
    for (let x = from; x + k <= to; x += k) {
      let batch = 0;
      for (let y = x; y < x + k; y++) batch += orderUnits[y]!;
      batches++;
      total += batch;
      squares += batch * batch;
    }
    windowCount[c] = batches * k;
    windowSum[c] = total;
    batchSS[c] = squares - (total * total) / batches;
    for (let x = from; x < from + batches * k; x++) scaleVotes[itemScale[order[x]!]!]!++;
  }
  // The scale of the published ratings only (see "Scale" above).
  let best = -1;
  for (let s = 0; s < 121; s++) if (scaleVotes[s]! > (best < 0 ? 0 : scaleVotes[best]!)) best = s;
  const scale = best < 0 ? { min: 1, max: 5 } : { min: Math.floor(best / 11), max: best % 11 };
  return { k, managers, topics, responses, scale, count, sum, windowCount, windowSum, batchSS };
}

/**
 * One cell's totals as a store computes them where the data lives (SQL, an IndexedDB index walk):
 * the same figures `tally` keeps per cell, in units (and units² for `batchSS`). `count` and `sum`
 * cover every rating and are never published; the window figures cover the complete batches only.
 */
export interface CellTotals {
  managerId: string;
  topicId: string;
  responseId: string;
  count: number;
  sum: number;
  windowCount: number;
  windowSum: number;
  batchSS: number;
}

/** Everything `publish` needs, as plain JSON-able data: the seam between a store and the arithmetic. */
export interface StrengthTotals {
  k: number;
  /** The scale of most ratings in complete batches (see "Scale"); `1..5` when nothing is published. */
  scale: Scale;
  cells: CellTotals[];
}

/**
 * A `Tally` from per-cell totals, so a store that aggregates itself (the server's SQL) publishes
 * through the same `publish` as the in-browser pass. Managers keep their first-seen order; topics
 * and responses are sorted, as `tally` lays them out.
 */
export function tallyFromTotals(totals: StrengthTotals): Tally {
  const k = Math.min(MAX_K, Math.max(1, Math.floor(totals.k) || DEFAULT_K));
  const managerIds = new Map<string, number>();
  const managers: string[] = [];
  const topicSet = new Set<string>();
  const responseSet = new Set<string>();
  for (const c of totals.cells) {
    intern(managerIds, managers, c.managerId);
    topicSet.add(c.topicId);
    responseSet.add(c.responseId);
  }
  const topics = sortIds([...topicSet]).ids;
  const responses = sortIds([...responseSet]).ids;
  const topicIndex = new Map(topics.map((id, i) => [id, i]));
  const responseIndex = new Map(responses.map((id, i) => [id, i]));
  const T = topics.length;
  const R = responses.length;
  const size = managers.length * T * R;
  const t: Tally = {
    k,
    managers,
    topics,
    responses,
    scale: { min: totals.scale.min, max: totals.scale.max },
    count: new Int32Array(size),
    sum: new Float64Array(size),
    windowCount: new Int32Array(size),
    windowSum: new Float64Array(size),
    batchSS: new Float64Array(size),
  };
  for (const c of totals.cells) {
    const i = (managerIds.get(c.managerId)! * T + topicIndex.get(c.topicId)!) * R + responseIndex.get(c.responseId)!;
    t.count[i]! += c.count;
    t.sum[i]! += c.sum;
    t.windowCount[i]! += c.windowCount;
    t.windowSum[i]! += c.windowSum;
    t.batchSS[i]! += c.batchSS;
  }
  return t;
}

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

interface OrgStats {
  /** Per topic × response: window ratings and sums over every manager. */
  n: Float64Array;
  s: Float64Array;
  totalN: number;
  totalS: number;
  /** σ² on 0..1 from every manager's batch sums (NaN when too few degrees of freedom). */
  variance: number;
}

const orgCache = new WeakMap<Tally, OrgStats>();

/** The organisation's figures, from every manager's windows; computed once per tally. */
function orgStats(t: Tally): OrgStats {
  let o = orgCache.get(t);
  if (o) return o;
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
  o = { n, s, totalN, totalS, variance: batchVariance(ss, df, t.k) };
  orgCache.set(t, o);
  return o;
}

/** The published map for one manager (or, without `managerId`, the organisation) from a tally. */
export function publish(t: Tally, options: StrengthOptions = {}): StrengthMap {
  const { k, topics, responses, scale } = t;
  const mPrior = options.prior !== undefined && options.prior >= 0 ? options.prior : DEFAULT_PRIOR;
  const T = topics.length;
  const R = responses.length;
  const P = T * R;
  const org = orgStats(t);
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
      if (n > 0) {
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

/** The strengths map of one manager (`managerId`) or of the organisation, from member feedback. */
export function computeStrengths(feedback: readonly Feedback[], options: StrengthOptions = {}): StrengthMap {
  return publish(tally(feedback, options.k), options);
}

/** Every manager's map and the organisation's, from one pass. */
export function computeAllStrengths(
  feedback: readonly Feedback[],
  options: Omit<StrengthOptions, 'managerId'> = {},
): { org: StrengthMap; managers: Map<string, StrengthMap> } {
  const t = tally(feedback, options.k);
  const managers = new Map<string, StrengthMap>();
  for (const id of t.managers) managers.set(id, publish(t, { ...options, managerId: id }));
  return { org: publish(t, options), managers };
}

/** The cells classified as weaknesses (relative to the manager's own mean). */
export function weakCells(map: StrengthMap): { topicId: string; responseId: string }[] {
  return map.cells.filter((c) => c.classification === 'weakness').map(({ topicId, responseId }) => ({ topicId, responseId }));
}

/** The cells classified as strengths (relative to the manager's own mean). */
export function strongCells(map: StrengthMap): { topicId: string; responseId: string }[] {
  return map.cells.filter((c) => c.classification === 'strength').map(({ topicId, responseId }) => ({ topicId, responseId }));
}

/** The cell for a topic × response, if the feedback mentions that combination. */
export function cellOf(map: StrengthMap, topicId: string, responseId: string): StrengthCell | undefined {
  return map.cells.find((c) => c.topicId === topicId && c.responseId === responseId);
}
