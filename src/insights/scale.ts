/**
 * Whether a rating's numbers lie on its own scale: what every reader of `Feedback` checks (the
 * satisfaction rater when it reads a session's answers), apart from the perception gap itself
 * (gap.ts), which only the rater's summary needs. Pure arithmetic, no DOM.
 */
import type { Feedback } from '../model/schemas.js';

/** What the gap reads from a `Feedback` record. */
export type Rated = Pick<Feedback, 'scale' | 'overall' | 'items'>;

/** `value` when it lies on `scale`, else `undefined` (a rating outside its own scale is unusable). */
export function onScale(value: number, scale: { min: number; max: number }): number | undefined {
  return Number.isFinite(value) && value >= scale.min && value <= scale.max && scale.min < scale.max ? value : undefined;
}

/** Why a record's numbers cannot be used, or `undefined` when they can. */
export function scaleProblem(record: Rated): { field: string; reason: string } | undefined {
  const { min, max } = record.scale;
  if (!(min < max)) return { field: 'scale', reason: `the scale's min (${min}) must be below its max (${max})` };
  const out = (v: number) => onScale(v, record.scale) === undefined;
  if (out(record.overall)) return { field: 'overall', reason: `${record.overall} is outside the scale ${min}–${max}` };
  const i = record.items.findIndex((item) => out(item.rating));
  if (i >= 0) return { field: `items.${i}.rating`, reason: `${record.items[i]!.rating} is outside the scale ${min}–${max}` };
  return undefined;
}
