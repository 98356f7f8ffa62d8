/**
 * The strengths insight as an adapter answers it (`TaiwaAdapter.aggregate('strengths', query)`),
 * from records it streams in: each is checked with `check` (the narrow `StrengthFeedbackSchema` of
 * `strengths-check.ts`, over the fields the computation reads) unless the store says it was checked
 * on its way in; a record that fails is counted (`invalid`), never thrown, and the rest go through
 * the one implementation of the arithmetic (`tally` → `publish`). No zod here: the check is given.
 */
import type { InsightQueries, InsightResults } from '../model/insights.js';
import type { Feedback } from '../model/schemas.js';
// The two steps, not the `strengths.ts` barrel: an adapter's answer needs no more of the insight.
import { publish } from './strengths/publish.js';
import { tally, TallyScratch } from './strengths/tally.js';

type Query = InsightQueries['strengths'];

/** Whether a record is read at all for this query (an `own` map reads the manager's records only). */
export function wanted(query: Query, value: unknown): boolean {
  if (!query.own || query.managerId === undefined) return true;
  return (value as { managerId?: unknown } | null)?.managerId === query.managerId;
}

/** Whether a stored value is a feedback record the computation can read. */
export type FeedbackCheck = (value: unknown) => boolean;

/** Collects records one at a time, then answers the query. */
export class StrengthsAccumulator {
  private readonly records: Feedback[] = [];
  invalid = 0;

  constructor(
    private readonly query: Query,
    private readonly check: FeedbackCheck,
    private readonly scratch = new TallyScratch(),
  ) {}

  /** One stored value: kept when it is a valid feedback record the query reads, counted when invalid. */
  add(value: unknown, checked = false): void {
    if (!wanted(this.query, value)) return;
    // Checked, not copied: the computation reads the record as stored.
    if (checked || this.check(value)) this.records.push(value as Feedback);
    else this.invalid++;
  }

  /** The records kept so far. */
  kept(): readonly Feedback[] {
    return this.records;
  }

  result(): InsightResults['strengths'] {
    return strengthsOf(this.records, this.query, this.invalid, this.scratch);
  }
}

/** The answer for valid `records`; `invalid` says how many were left out. */
export function strengthsOf(
  records: readonly Feedback[],
  query: Query = {},
  invalid = 0,
  scratch?: TallyScratch,
): InsightResults['strengths'] {
  const list = query.own && query.managerId !== undefined ? records.filter((r) => r.managerId === query.managerId) : records;
  const options = query.managerId === undefined ? { prior: query.prior } : { managerId: query.managerId, prior: query.prior };
  const map: InsightResults['strengths'] = publish(tally(list, query.k, scratch, query), options);
  if (invalid > 0) map.invalid = invalid;
  return map;
}
