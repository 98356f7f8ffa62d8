/**
 * The tally: one pass over the records into per-item typed arrays, then typed passes that group the
 * items by cell, put each cell in time order and sum its batches (see strengths.ts for the method).
 */
import type { Feedback } from '../../model/schemas.js';
import { intern, sortIds } from './ids.js';
import { parseTime } from './parse-time.js';
import { clampK, NO_SCALE, UNITS, type Tally } from './types.js';

/** Grows a typed array to `size`, keeping its contents. */
function grown<A extends Int32Array | Uint16Array | Uint8Array | Float64Array>(a: A, size: number): A {
  const next = new (a.constructor as new (n: number) => A)(size);
  next.set(a);
  return next;
}

/** Items in `feedback`, estimated from a sample of records (with a margin; the pass grows if short). */
function estimateItems(feedback: readonly Feedback[]): number {
  const step = Math.max(1, Math.floor(feedback.length / 256));
  let items = 0;
  let seen = 0;
  for (let i = 0; i < feedback.length; i += step, seen++) items += feedback[i]!.items?.length ?? 0;
  return Math.ceil((feedback.length * items * 1.25) / Math.max(1, seen)) + 16;
}

/**
 * Per-item working arrays. Every slot is written before it is read, so one scratch serves many
 * calls without clearing: a caller that tallies large inputs again and again (a bench, a Worker)
 * keeps one (through a `StrengthsComputer`), because fresh arrays for a million items are tens of MB
 * of external memory per call, and that pressure makes V8 run full mark-compact collections over the
 * caller's (large) heap of records. `tally` is synchronous, so no two calls share a scratch at once.
 */
export class TallyScratch {
  size = 0;
  records = 0;
  manager = new Int32Array(0);
  pair = new Int32Array(0);
  record = new Int32Array(0);
  pos = new Uint16Array(0);
  units = new Uint16Array(0);
  /** The record's scale as `min · 11 + max` (an integer scale within 0..10), else NO_SCALE. */
  scale = new Uint8Array(0);
  order = new Int32Array(0);
  orderTime = new Float64Array(0);
  orderUnits = new Uint16Array(0);
  time = new Float64Array(0);

  reserveRecords(count: number): void {
    if (this.records >= count) return;
    this.time = new Float64Array(count);
    this.records = count;
  }

  reserveItems(size: number): void {
    if (size <= this.size) return;
    size = Math.max(size, Math.ceil(this.size * 1.5));
    this.manager = grown(this.manager, size);
    this.pair = grown(this.pair, size);
    this.record = grown(this.record, size);
    this.pos = grown(this.pos, size);
    this.units = grown(this.units, size);
    this.scale = grown(this.scale, size);
    // The item arrays grouped by cell, plus one spare slot for sorting.
    this.order = new Int32Array(size + 1);
    this.orderTime = new Float64Array(size + 1);
    this.orderUnits = new Uint16Array(size + 1);
    this.size = size;
  }
}

/**
 * Whether the manager sees this record by name (the member shared this 1on1, or did not choose and
 * the policy shares by default): such a record is left out of every aggregate, so a published sum
 * never combines with ratings the manager already knows to give an unshared one away.
 */
export function sharedByName(f: Pick<Feedback, 'sharedWithManager'>, sharedByDefault = false): boolean {
  return (f.sharedWithManager ?? sharedByDefault) === true;
}

/** Who-sees-what options of a tally (see `StrengthOptions`). */
export interface TallySharing {
  sharedByDefault?: boolean | undefined;
  twoMembers?: boolean | undefined;
}

/**
 * Tallies `feedback` in batches of `k`, in `work` (fresh arrays when none is given). Records shared
 * by name are left out (see `sharedByName`); with `twoMembers`, a cell publishes a window only when
 * every one of its batches holds ratings from at least two members.
 */
export function tally(
  feedback: readonly Feedback[],
  k?: number,
  work: TallyScratch = new TallyScratch(),
  { sharedByDefault = false, twoMembers = false }: TallySharing = {},
): Tally {
  k = clampK(k);
  work.reserveRecords(feedback.length);
  work.reserveItems(estimateItems(feedback));
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
    if (f.by !== 'member' || sharedByName(f, sharedByDefault)) continue;
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
      work.reserveItems(n + list.length);
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
    let oneMember = false;
    for (let x = from; x + k <= to; x += k) {
      let batch = 0;
      const first = feedback[itemRecord[order[x]!]!]!.memberId;
      let many = false;
      for (let y = x; y < x + k; y++) {
        batch += orderUnits[y]!;
        many ||= !twoMembers || feedback[itemRecord[order[y]!]!]!.memberId !== first;
      }
      oneMember ||= !many;
      batches++;
      total += batch;
      squares += batch * batch;
    }
    // A batch from one member would be that member's figure: the cell publishes no window at all.
    if (oneMember) continue;
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
