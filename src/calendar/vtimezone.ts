/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) generated from the runtime's IANA data for the dates a
 * calendar uses: one observance per offset change found with `Intl.DateTimeFormat`, and for a
 * series without an end a yearly rule on the last pair of changes, when the years before follow
 * the same rule, so every later occurrence gets the right offset too.
 */
import { offsetStamp, utcOffset } from './ics-text.js';
import { assertTimeZone, DAY, offsetAt, transitions, wallTime, type ZoneTransition } from './zone.js';

export interface VTimezoneRange {
  /** The earliest instant the calendar uses. */
  from: number;
  /** The latest instant the calendar uses. */
  to: number;
  /** True when the calendar repeats without end: the last changes then repeat yearly. */
  openEnded?: boolean;
}

interface Rule {
  month: number;
  byDay: string;
  time: string;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The yearly rule a change follows, read in the wall time before it (as DTSTART is written). */
function ruleOf(t: ZoneTransition): Rule {
  const local = new Date(t.at + t.offsetFrom * 60_000);
  const day = local.getUTCDate();
  const month = local.getUTCMonth() + 1;
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), month, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  return { month, byDay: `${nth}${WEEKDAYS[local.getUTCDay()]}`, time: offsetStamp(t.at, t.offsetFrom).slice(8) };
}

function sameRule(a: Rule, b: Rule): boolean {
  return a.month === b.month && a.byDay === b.byDay && a.time === b.time;
}

function observance(t: ZoneTransition, rrule?: Rule): string[] {
  const kind = t.offsetTo > t.offsetFrom ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${offsetStamp(t.at, t.offsetFrom)}`,
    ...(rrule ? [`RRULE:FREQ=YEARLY;BYMONTH=${rrule.month};BYDAY=${rrule.byDay}`] : []),
    `TZOFFSETFROM:${utcOffset(t.offsetFrom)}`,
    `TZOFFSETTO:${utcOffset(t.offsetTo)}`,
    `END:${kind}`,
  ];
}

/** Content lines (unfolded) of the VTIMEZONE for `timeZone` valid over `range`. */
export function vtimezone(timeZone: string, range: VTimezoneRange): string[] {
  assertTimeZone(timeZone);
  const lookBack = range.from - 400 * DAY;
  // Two years past the end give the two yearly cycles the repeating rule is checked against.
  const end = range.openEnded ? Math.max(range.to, range.from) + 2 * 366 * DAY : range.to;
  const all = transitions(timeZone, lookBack, end);
  const before = all.filter((t) => t.at <= range.from);
  const used = [...before.slice(-1), ...all.filter((t) => t.at > range.from)];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (before.length === 0) {
    // No change in the year before the first date: the offset then holds since long before.
    const offset = offsetAt(range.from, timeZone);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${utcOffset(offset)}`, `TZOFFSETTO:${utcOffset(offset)}`, 'END:STANDARD');
  }
  const repeating = range.openEnded ? repeatingTail(used) : 0;
  used.forEach((t, i) => {
    const isTail = i >= used.length - repeating;
    lines.push(...observance(t, isTail ? ruleOf(t) : undefined));
  });
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * How many changes at the end of `list` repeat yearly (0 or the size of one yearly cycle): the
 * last cycle must follow the same rules as the cycle before it, a year earlier.
 */
function repeatingTail(list: readonly ZoneTransition[]): number {
  for (const size of [2, 1]) {
    if (list.length < size * 2) continue;
    const last = list.slice(-size);
    const previous = list.slice(-size * 2, -size);
    const yearly = last.every((t, i) => {
      const p = previous[i]!;
      const years = wallTime(t.at, 'UTC').year - wallTime(p.at, 'UTC').year;
      return years === 1 && t.offsetTo === p.offsetTo && t.offsetFrom === p.offsetFrom && sameRule(ruleOf(t), ruleOf(p));
    });
    if (yearly) return size;
  }
  return 0;
}
