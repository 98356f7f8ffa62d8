/**
 * Time-zone arithmetic over `Intl.DateTimeFormat`, so the browser and the server read the same
 * IANA database the runtime ships: offsets, wall-clock time ↔ instant, local dates and the DST
 * transitions between two instants. Pure functions, no DOM.
 */

/** A wall-clock time in some zone (month 1–12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** One change of UTC offset: from `at` on, the zone is `offsetTo` minutes east of UTC. */
export interface ZoneTransition {
  /** The instant of the change, in milliseconds since the epoch. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows `timeZone` as an IANA zone (or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Throws a clear `RangeError` for an unknown zone, before any arithmetic goes wrong silently. */
export function assertTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
}

/** Throws a clear `RangeError` unless `ms` is a finite instant. */
export function assertInstant(ms: number, what = 'instant'): void {
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid ${what}`);
}

/** An ISO string, a `Date` or milliseconds, as milliseconds; `RangeError` when it is no instant. */
export function toMs(value: string | number | Date, what = 'instant'): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : value.getTime();
  assertInstant(ms, what);
  return ms;
}

/** The wall-clock time at instant `ms` in `timeZone`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The wall time as if it were UTC, in milliseconds (the arithmetic form of a wall time). */
export function wallMs(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** The wall time of a `wallMs` value. */
export function fromWallMs(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Minutes east of UTC that `timeZone` is at instant `ms` (Tokyo: 540; Berlin in summer: 120). */
export function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallMs(wallTime(whole, timeZone)) - whole) / MINUTE);
}

/**
 * The instant a wall-clock time names in `timeZone`. A time skipped by a spring-forward change is
 * moved forward by the gap (02:30 → 03:30 in Berlin), and a time that happens twice in autumn
 * means the first of the two, as in Temporal's "compatible" disambiguation.
 */
export function instantOf(w: WallTime, timeZone: string): number {
  const local = wallMs(w);
  const before = offsetAt(local - DAY, timeZone);
  const after = offsetAt(local + DAY, timeZone);
  const candidates = [local - before * MINUTE, local - after * MINUTE].filter((t) => wallMs(wallTime(t, timeZone)) === local);
  if (candidates.length > 0) return Math.min(...candidates);
  return local - before * MINUTE;
}

/** The local calendar date at `ms` in `timeZone`, as `YYYY-MM-DD`. */
export function localDate(ms: number, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
}

/** `YYYY-MM-DD` plus `days` (calendar arithmetic, no zone). */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole calendar days from date `a` to date `b` (`YYYY-MM-DD`), negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** The instant local date `date` (`YYYY-MM-DD`) reaches `hour:minute` in `timeZone`. */
export function instantOnDate(date: string, hour: number, minute: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return instantOf({ year, month, day, hour, minute, second: 0 }, timeZone);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Offsets are probed this often: two changes less than a week apart would be seen as one (none in tzdata since 2000). */
const PROBE = 7 * DAY;

/** Every change of UTC offset in `timeZone` in `(from, to]`, found to the second. */
export function transitions(timeZone: string, from: number, to: number): ZoneTransition[] {
  assertTimeZone(timeZone);
  assertInstant(from);
  assertInstant(to);
  const found: ZoneTransition[] = [];
  // Whole seconds throughout, so the bisection below always makes progress.
  let t = Math.floor(from / 1000) * 1000;
  to = Math.ceil(to / 1000) * 1000;
  let offset = offsetAt(t, timeZone);
  while (t < to) {
    const next = Math.min(t + PROBE, to);
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (offsetAt(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, offsetFrom: offset, offsetTo: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return found;
}
