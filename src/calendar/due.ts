/**
 * When the next 1on1 of a pair is due, from the last one held and the pair's target interval,
 * counted in calendar days in a time zone (the viewer's, or the organiser's on the server).
 */
import { addDays, assertTimeZone, daysBetween, localDate, toMs } from './zone.js';

export interface DueInput {
  /** When the pair's last 1on1 was held (ISO instant); none yet when absent. */
  lastHeldAt?: string;
  /** Since when the pair exists (ISO instant): the clock for a first 1on1. */
  since?: string;
  /** The pair's target interval in days (a two-weekly cadence: 14). */
  targetDays: number;
  /** The next 1on1 already scheduled (ISO instant), if any. */
  nextAt?: string;
  /** The instant to judge at. */
  now: string | number | Date;
  timeZone: string;
  /** How many days before the due date a pair without a scheduled 1on1 counts as due soon (default 3). */
  soonDays?: number;
}

/**
 * - `scheduled`: the next 1on1 is booked on or before the due date;
 * - `on-track`: not due yet and nothing booked;
 * - `due-soon`: due within `soonDays` and nothing booked in time;
 * - `overdue`: the due date has passed without a 1on1 (a booking after it does not change that);
 * - `no-data`: no 1on1 held and no `since` to count from.
 */
export type DueState = 'scheduled' | 'on-track' | 'due-soon' | 'overdue' | 'no-data';

export interface DueStatus {
  state: DueState;
  /** The local date by which the next 1on1 should be held (`YYYY-MM-DD`). */
  dueOn?: string;
  /** Days since the last 1on1 (or since `since`), in local calendar days. */
  daysSince?: number;
  /** Days past `dueOn` (0 unless overdue). */
  daysOverdue: number;
  /** True when the booked next 1on1 falls after `dueOn`. */
  bookedLate: boolean;
}

/** What is due for a pair as of `now`. */
export function dueStatus(input: DueInput): DueStatus {
  assertTimeZone(input.timeZone);
  if (!(Number.isFinite(input.targetDays) && input.targetDays > 0)) throw new RangeError('targetDays must be a positive number of days');
  const now = toMs(input.now, 'now');
  const today = localDate(now, input.timeZone);
  const anchor = input.lastHeldAt ?? input.since;
  if (anchor === undefined) return { state: 'no-data', daysOverdue: 0, bookedLate: false };
  const anchorDay = localDate(toMs(anchor, input.lastHeldAt ? 'lastHeldAt' : 'since'), input.timeZone);
  const dueOn = addDays(anchorDay, Math.round(input.targetDays));
  const daysSince = daysBetween(anchorDay, today);
  const late = daysBetween(dueOn, today);
  const next = input.nextAt === undefined ? undefined : toMs(input.nextAt, 'nextAt');
  const nextDay = next !== undefined && next >= now ? localDate(next, input.timeZone) : undefined;
  const bookedLate = nextDay !== undefined && nextDay > dueOn;
  const base = { dueOn, daysSince, bookedLate };
  if (late > 0) return { ...base, state: 'overdue', daysOverdue: late };
  if (nextDay !== undefined && !bookedLate) return { ...base, state: 'scheduled', daysOverdue: 0 };
  const soon = input.soonDays ?? 3;
  return { ...base, state: -late <= soon ? 'due-soon' : 'on-track', daysOverdue: 0 };
}
