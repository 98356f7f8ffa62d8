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
 * What is *not* hidden: that a rating arrived in a cell (a masked cell says how many more it
 * `needed`, so a viewer knows what to act on; a shown cell's count moves per complete batch), and
 * which topics and response styles have any rating at all (they become rows and columns). Never a
 * rating's value. Limits:
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
 * ## Speed (strengths/tally.ts)
 * One pass over the records interns ids (Maps) and writes per-item integers into typed arrays; the
 * remaining passes run over typed arrays only: a counting sort groups the items by cell, a cell
 * whose items did not arrive in time order is sorted on its own (cells are small), and one walk per
 * cell sums its batches. No object is allocated per item.
 */
import type { Feedback } from '../model/schemas.js';
import { orgStats, publish } from './strengths/publish.js';
import { sharedByName, tally, TallyScratch, type TallySharing } from './strengths/tally.js';
import type { StrengthCell, StrengthMap, StrengthOptions } from './strengths/types.js';

export type {
  CellTotals,
  Classification,
  Scale,
  StrengthCell,
  StrengthMap,
  StrengthOptions,
  StrengthOverall,
  StrengthTotals,
  Tally,
} from './strengths/types.js';
export { UNITS } from './strengths/types.js';
export { parseTime } from './strengths/parse-time.js';
export { tallyFromTotals, totalsOf, totalsOfTally } from './strengths/totals.js';
export { publish, sharedByName, tally, TallyScratch };
export type { TallySharing };

/** Every manager's map and the organisation's, from one tally. */
function allFrom(t: ReturnType<typeof tally>, options: Omit<StrengthOptions, 'managerId'>) {
  const org = orgStats(t);
  const managers = new Map<string, StrengthMap>();
  for (const id of t.managers) managers.set(id, publish(t, { ...options, managerId: id }, org));
  return { org: publish(t, options, org), managers };
}

/**
 * A reusable computer: it keeps its working arrays between calls, for callers that compute over
 * large inputs again and again (a bench, a Worker). The plain functions below use fresh ones.
 */
export class StrengthsComputer {
  private readonly scratch = new TallyScratch();

  tally(feedback: readonly Feedback[], k?: number, sharing?: TallySharing) {
    return tally(feedback, k, this.scratch, sharing);
  }

  computeStrengths(feedback: readonly Feedback[], options: StrengthOptions = {}): StrengthMap {
    return publish(this.tally(feedback, options.k, options), options);
  }

  computeAllStrengths(feedback: readonly Feedback[], options: Omit<StrengthOptions, 'managerId'> = {}) {
    return allFrom(this.tally(feedback, options.k, options), options);
  }
}

/** The strengths map of one manager (`managerId`) or of the organisation, from member feedback. */
export function computeStrengths(feedback: readonly Feedback[], options: StrengthOptions = {}): StrengthMap {
  return publish(tally(feedback, options.k, undefined, options), options);
}

/** Every manager's map and the organisation's, from one pass. */
export function computeAllStrengths(
  feedback: readonly Feedback[],
  options: Omit<StrengthOptions, 'managerId'> = {},
): { org: StrengthMap; managers: Map<string, StrengthMap> } {
  return allFrom(tally(feedback, options.k, undefined, options), options);
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
