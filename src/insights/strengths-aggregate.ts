/**
 * The strengths insight as an adapter answers it (`TaiwaAdapter.aggregate('strengths', query)`),
 * from records it streams in: each is checked with the narrow `StrengthFeedbackSchema` (the fields
 * the computation reads), a record that fails is counted (`invalid`), never thrown, and the rest go
 * through the one implementation of the arithmetic (`tally` → `publish`).
 */
import { StrengthFeedbackSchema, type InsightQueries, type InsightResults } from '../model/insights.js';
import type { Feedback } from '../model/schemas.js';
import { publish, StrengthsComputer } from './strengths.js';

type Query = InsightQueries['strengths'];

/** Whether a record is read at all for this query (an `own` map reads the manager's records only). */
export function wanted(query: Query, value: unknown): boolean {
  if (!query.own || query.managerId === undefined) return true;
  return (value as { managerId?: unknown } | null)?.managerId === query.managerId;
}

/** Collects records one at a time, then answers the query. */
export class StrengthsAccumulator {
  private readonly records: Feedback[] = [];
  invalid = 0;

  constructor(
    private readonly query: Query = {},
    private readonly computer = new StrengthsComputer(),
  ) {}

  /** One stored value: kept when it is a valid feedback record the query reads, counted when invalid. */
  add(value: unknown): void {
    if (!wanted(this.query, value)) return;
    // Checked, not copied: the computation reads the record as stored.
    if (StrengthFeedbackSchema.safeParse(value).success) this.records.push(value as Feedback);
    else this.invalid++;
  }

  result(): InsightResults['strengths'] {
    return strengthsOf(this.records, this.query, this.invalid, this.computer);
  }
}

/** The answer for valid `records`; `invalid` says how many were left out. */
export function strengthsOf(
  records: readonly Feedback[],
  query: Query = {},
  invalid = 0,
  computer = new StrengthsComputer(),
): InsightResults['strengths'] {
  const list = query.own && query.managerId !== undefined ? records.filter((r) => r.managerId === query.managerId) : records;
  const options = query.managerId === undefined ? { prior: query.prior } : { managerId: query.managerId, prior: query.prior };
  const map: InsightResults['strengths'] = publish(computer.tally(list, query.k, query), options);
  if (invalid > 0) map.invalid = invalid;
  return map;
}
