/**
 * Effect of 1on1 count (issue 18, item 4): per statement, the share of members answering "agree"
 * or "somewhat agree" (4–5 on the 5-point scale: `agreeMin`, default 4) by the number of 1on1s
 * they held in the period: 1 / 2 / 3 / 4+ (the seed's Q1–Q4 table). Members who held none are left
 * out of the table and counted in `withoutOneOnOne`; an answer that is not a number is no answer.
 *
 * Privacy: per statement, the respondents form a group and the four buckets its children;
 * `suppression.ts` hides a bucket below `k` people (default 5) and the next smallest bucket with
 * it, so the total cannot reveal a hidden bucket. Intervals are Wilson score intervals (95 %).
 */
import { suppress, type HiddenReason } from './suppression.js';

export const EFFECT_BUCKETS = ['1', '2', '3', '4+'] as const;
export type EffectBucket = (typeof EFFECT_BUCKETS)[number];

export interface EffectRow {
  /** 1on1s the member held in the period. */
  held: number;
  /** One answer per statement, in the order of `EffectInput.statements`. */
  answers: ReadonlyArray<number | null | undefined>;
}

export interface EffectCell {
  bucket: EffectBucket;
  published: boolean;
  hidden?: HiddenReason;
  /** Respondents in the bucket, those who agreed, their share and its interval; null when hidden. */
  n: number | null;
  agree: number | null;
  share: number | null;
  low: number | null;
  high: number | null;
}

export interface EffectStatement {
  id: string;
  /** Respondents with at least one 1on1; null when fewer than k. */
  respondents: number | null;
  cells: EffectCell[];
}

export interface EffectResult {
  k: number;
  agreeMin: number;
  statements: EffectStatement[];
  withoutOneOnOne: number;
}

/** Wilson score interval for `x` successes in `n` trials (z = 1.96). */
export function wilson(x: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The bucket of a 1on1 count, or null for none (or a count that is not a number). */
export function bucketOf(held: number): EffectBucket | null {
  if (!(held >= 1)) return null;
  return held >= 4 ? '4+' : (String(Math.floor(held)) as EffectBucket);
}

/**
 * `hidden`, per statement: cells already hidden by a decision over more tables (`effect-units.ts`:
 * the same cells of the other org units), by id (`all` for the statement's respondents, else the
 * bucket); the rules above still hold with them.
 */
export function computeEffect(
  input: { statements: readonly string[]; rows: readonly EffectRow[] },
  options: { agreeMin?: number; k?: number; hidden?: ReadonlyArray<ReadonlyMap<string, HiddenReason> | undefined> } = {},
): EffectResult {
  const agreeMin = options.agreeMin ?? 4;
  const k = options.k ?? 5;
  const counts = input.statements.map(() => EFFECT_BUCKETS.map(() => ({ n: 0, agree: 0 })));
  let withoutOneOnOne = 0;
  for (const row of input.rows) {
    const bucket = bucketOf(row.held);
    if (bucket === null) {
      withoutOneOnOne++;
      continue;
    }
    const b = EFFECT_BUCKETS.indexOf(bucket);
    input.statements.forEach((_, s) => {
      const a = row.answers[s];
      if (typeof a !== 'number' || !Number.isFinite(a)) return;
      const cell = counts[s]![b]!;
      cell.n++;
      if (a >= agreeMin) cell.agree++;
    });
  }
  const statements = input.statements.map((id, s) => {
    const cells = counts[s]!;
    const total = cells.reduce((t, c) => t + c.n, 0);
    const { published, hidden } = suppress(
      [{ id: 'all', people: total }, ...cells.map((c, b) => ({ id: EFFECT_BUCKETS[b]!, parentId: 'all', people: c.n }))],
      k,
      options.hidden?.[s],
    );
    return {
      id,
      respondents: published.has('all') ? total : null,
      cells: cells.map((c, b): EffectCell => {
        const bucket = EFFECT_BUCKETS[b]!;
        if (!published.has(bucket)) return { bucket, published: false, hidden: hidden.get(bucket)!, n: null, agree: null, share: null, low: null, high: null };
        const [low, high] = wilson(c.agree, c.n);
        return { bucket, published: true, n: c.n, agree: c.agree, share: c.agree / c.n, low, high };
      }),
    };
  });
  return { k, agreeMin, statements, withoutOneOnOne };
}
