/**
 * The seam between a store and the arithmetic: per-cell totals (`StrengthTotals`) as a store computes
 * them where the data lives, back into a `Tally` for `publish`; and `totalsOf`, the plain reference
 * that builds those totals from records.
 */
import type { Feedback } from '../../model/schemas.js';
import { intern, sortIds } from './ids.js';
import { tally } from './tally.js';
import { clampK, type CellTotals, type StrengthTotals, type Tally } from './types.js';

/**
 * A `Tally` from per-cell totals, so a store that aggregates itself (the server's SQL) publishes
 * through the same `publish` as the in-browser pass. Managers keep their first-seen order; topics
 * and responses are sorted, as `tally` lays them out.
 */
export function tallyFromTotals(totals: StrengthTotals): Tally {
  const k = clampK(totals.k);
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

/**
 * The totals a store would compute from these records (the reference for SQL and index walks):
 * `publish(tallyFromTotals(totalsOf(feedback, k)))` equals `computeStrengths(feedback, { k })`.
 * Only cells with a rating are listed.
 */
export function totalsOf(feedback: readonly Feedback[], k?: number): StrengthTotals {
  return totalsOfTally(tally(feedback, k));
}

/** A tally's cells as plain totals (cells without a rating left out). */
export function totalsOfTally(t: Tally): StrengthTotals {
  const T = t.topics.length;
  const R = t.responses.length;
  const cells: CellTotals[] = [];
  for (let c = 0; c < t.count.length; c++) {
    if (t.count[c] === 0) continue;
    cells.push({
      managerId: t.managers[Math.floor(c / (T * R))]!,
      topicId: t.topics[Math.floor(c / R) % T]!,
      responseId: t.responses[c % R]!,
      count: t.count[c]!,
      sum: t.sum[c]!,
      windowCount: t.windowCount[c]!,
      windowSum: t.windowSum[c]!,
      batchSS: t.batchSS[c]!,
    });
  }
  return { k: t.k, scale: { ...t.scale }, cells };
}
