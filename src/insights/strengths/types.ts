/** The strengths insight's shapes and constants, shared by its steps. No runtime work. */
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
  /**
   * The policy's default for feedback without `sharedWithManager`: when true, such feedback is shown
   * to the manager by name and so left out of the map. Default false.
   */
  sharedByDefault?: boolean;
  /**
   * When true, a cell publishes only when every batch of its window holds ratings from two members
   * or more (what a server's policy requires; the default false keeps a single-member kit's maps).
   */
  twoMembers?: boolean;
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
  /**
   * A masked cell with fewer than `k` ratings: how many more it needs to show (what a viewer can act
   * on; it says a rating arrived, never its value). Absent on a masked cell with `k` or more ratings:
   * its batches come from one member, so it needs ratings from another.
   */
  needed?: number;
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
export const Z = 1.96;
export const DEFAULT_K = 3;
export const DEFAULT_PRIOR = 5;
export const MAX_K = 1000;
export const NO_SCALE = 255;

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

/** `k` as every step uses it: an integer within 1..MAX_K, `DEFAULT_K` when not a number. */
export const clampK = (k: number | undefined) => Math.min(MAX_K, Math.max(1, Math.floor(k ?? DEFAULT_K) || DEFAULT_K));
