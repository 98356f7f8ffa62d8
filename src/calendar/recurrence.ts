/**
 * A 1on1 cadence as a series: every N weeks from a first 1on1, at the same wall-clock time in the
 * organiser's time zone (10:00 stays 10:00 across a DST change), with single occurrences moved or
 * cancelled. Pure functions over plain data, for the browser and the server alike.
 */
import { assertTimeZone, DAY, fromWallMs, instantOf, toMs, wallMs, wallTime } from './zone.js';

/** A change to one occurrence of a series, keyed by the start it had in the series. */
export interface OccurrenceChange {
  /** The occurrence's start in the series (ISO instant): its RECURRENCE-ID. */
  original: string;
  /** Its new start when it was moved (ISO instant). */
  start?: string;
  /** Its new length in minutes when it was moved. */
  durationMinutes?: number;
  /** True when this one occurrence is cancelled. */
  cancelled?: boolean;
  /** The series' `sequence` when the change was made (its SEQUENCE in the .ics). */
  sequence?: number;
}

/** Every `intervalWeeks` weeks from `start`, in `timeZone`. */
export interface Cadence {
  /** The first 1on1 of the series (ISO instant). */
  start: string;
  /** The organiser's IANA time zone; the wall-clock time of `start` there repeats. */
  timeZone: string;
  /** Weeks between two 1on1s (1 = weekly, 2 = every other week). */
  intervalWeeks: number;
  /** Minutes each 1on1 lasts (default 30). */
  durationMinutes?: number;
  /** No occurrence starts after this instant (ISO). */
  until?: string;
  /** The series has this many occurrences (cancelled ones included, as in RFC 5545). */
  count?: number;
  /** Occurrences moved or cancelled. */
  exceptions?: readonly OccurrenceChange[];
  /** Raised by every change to the series, for SEQUENCE in the .ics (default 0). */
  sequence?: number;
}

export interface Occurrence {
  /** 0 for the first occurrence of the series. */
  index: number;
  /** The start the series gives it (ISO instant), whether or not it was moved. */
  original: string;
  /** When it starts (ISO instant). */
  start: string;
  /** When it ends (ISO instant). */
  end: string;
  moved: boolean;
  cancelled: boolean;
  sequence: number;
}

export interface OccurrenceQuery {
  /** Only occurrences starting at or after this instant. */
  from?: string | number | Date;
  /** Only occurrences starting before this instant. */
  to?: string | number | Date;
  /** At most this many (default 100; 0 to 10 000). */
  limit?: number;
  /** Include cancelled occurrences (flagged) too. */
  includeCancelled?: boolean;
}

export const DEFAULT_DURATION = 30;
const MAX_LIMIT = 10_000;
const MINUTE = 60_000;

/** Throws a `RangeError` naming what is wrong with a cadence. */
export function assertCadence(c: Cadence): void {
  toMs(c.start, 'cadence start');
  assertTimeZone(c.timeZone);
  if (!Number.isInteger(c.intervalWeeks) || c.intervalWeeks < 1 || c.intervalWeeks > 52) {
    throw new RangeError('intervalWeeks must be a whole number of weeks from 1 to 52');
  }
  if (c.durationMinutes !== undefined && !(Number.isInteger(c.durationMinutes) && c.durationMinutes > 0 && c.durationMinutes <= 24 * 60)) {
    throw new RangeError('durationMinutes must be a whole number of minutes from 1 to 1440');
  }
  if (c.until !== undefined) toMs(c.until, 'cadence until');
  if (c.count !== undefined && !(Number.isInteger(c.count) && c.count > 0)) throw new RangeError('count must be a positive whole number');
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The start the series gives occurrence `index`: the first start's wall time, index × N weeks on. */
export function originalStart(c: Cadence, index: number): number {
  const first = wallTime(toMs(c.start), c.timeZone);
  return instantOf(fromWallMs(wallMs(first) + index * c.intervalWeeks * 7 * DAY), c.timeZone);
}

function inSeries(c: Cadence, index: number, start: number): boolean {
  if (index < 0) return false;
  if (c.count !== undefined && index >= c.count) return false;
  return c.until === undefined || start <= toMs(c.until);
}

/** The index of the occurrence whose series start is `original`, or `undefined` if none is. */
export function indexOf(c: Cadence, original: string | number | Date): number | undefined {
  const ms = toMs(original);
  const guess = Math.round((ms - toMs(c.start)) / (c.intervalWeeks * 7 * DAY));
  for (const index of [guess, guess - 1, guess + 1]) {
    if (inSeries(c, index, ms) && originalStart(c, index) === ms) return index;
  }
  return undefined;
}

function changeFor(c: Cadence): Map<number, OccurrenceChange> {
  const map = new Map<number, OccurrenceChange>();
  for (const x of c.exceptions ?? []) {
    const ms = Date.parse(x.original);
    if (Number.isFinite(ms)) map.set(ms, x);
  }
  return map;
}

function occurrence(c: Cadence, index: number, original: number, change?: OccurrenceChange): Occurrence {
  const moved = change?.start !== undefined && Number.isFinite(Date.parse(change.start));
  const start = moved ? Date.parse(change!.start!) : original;
  const minutes = (moved ? change?.durationMinutes : undefined) ?? c.durationMinutes ?? DEFAULT_DURATION;
  return {
    index,
    original: iso(original),
    start: iso(start),
    end: iso(start + minutes * MINUTE),
    moved: moved && start !== original,
    cancelled: change?.cancelled === true,
    sequence: change?.sequence ?? c.sequence ?? 0,
  };
}

/** The occurrences that were moved or cancelled (changes that name no occurrence are ignored). */
export function changedOccurrences(c: Cadence): Occurrence[] {
  const found: Occurrence[] = [];
  for (const change of changeFor(c).values()) {
    const index = indexOf(c, change.original);
    if (index !== undefined) found.push(occurrence(c, index, Date.parse(change.original), change));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The occurrence whose start in the series is `original` (moved or cancelled as changed), if any. */
export function occurrenceAt(c: Cadence, original: string | number | Date): Occurrence | undefined {
  const index = indexOf(c, original);
  if (index === undefined) return undefined;
  const ms = originalStart(c, index);
  return occurrence(c, index, ms, changeFor(c).get(ms));
}

/** The occurrences of a series in start order, moved ones where they now are. */
export function occurrences(c: Cadence, query: OccurrenceQuery = {}): Occurrence[] {
  assertCadence(c);
  const from = query.from === undefined ? -Infinity : toMs(query.from, 'from');
  const to = query.to === undefined ? Infinity : toMs(query.to, 'to');
  const limit = query.limit ?? 100;
  if (!(Number.isInteger(limit) && limit >= 0 && limit <= MAX_LIMIT)) throw new RangeError(`limit must be a whole number from 0 to ${MAX_LIMIT}`);
  const changes = changeFor(c);
  const keep = (o: Occurrence): boolean => {
    const s = Date.parse(o.start);
    return s >= from && s < to && (query.includeCancelled === true || !o.cancelled);
  };
  // Moved occurrences may land anywhere: take them from the list of changes.
  const found = changedOccurrences(c).filter(keep);
  const period = c.intervalWeeks * 7 * DAY;
  let index = Number.isFinite(from) ? Math.max(0, Math.floor((from - toMs(c.start)) / period) - 1) : 0;
  let taken = 0;
  for (; ; index++) {
    const original = originalStart(c, index);
    if (!inSeries(c, index, original) || original >= to || taken >= limit) break;
    if (changes.has(original)) continue;
    const o = occurrence(c, index, original);
    if (keep(o)) {
      found.push(o);
      taken++;
    }
  }
  return found.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.index - b.index).slice(0, limit);
}

/** The next 1on1 of the series that starts after `after` and is not cancelled. */
export function nextOccurrence(c: Cadence, after: string | number | Date): Occurrence | undefined {
  return occurrences(c, { from: toMs(after, 'after') + 1, limit: 1 })[0];
}

function withChange(c: Cadence, original: string | number | Date, patch: Omit<OccurrenceChange, 'original' | 'sequence'>): Cadence {
  assertCadence(c);
  const index = indexOf(c, original);
  if (index === undefined) throw new RangeError(`No occurrence of the series starts at ${String(original)}`);
  const key = iso(originalStart(c, index));
  const sequence = (c.sequence ?? 0) + 1;
  const previous = (c.exceptions ?? []).find((x) => Date.parse(x.original) === Date.parse(key));
  const rest = (c.exceptions ?? []).filter((x) => x !== previous);
  return { ...c, sequence, exceptions: [...rest, { ...previous, ...patch, original: key, sequence }] };
}

/** The series with one occurrence moved to `start` (and optionally a new length). */
export function rescheduleOccurrence(c: Cadence, original: string | number | Date, start: string | number | Date, durationMinutes?: number): Cadence {
  const patch: Omit<OccurrenceChange, 'original' | 'sequence'> = { start: iso(toMs(start, 'new start')), cancelled: false };
  if (durationMinutes !== undefined) patch.durationMinutes = durationMinutes;
  return withChange(c, original, patch);
}

/** The series with one occurrence cancelled (an EXDATE in the .ics). */
export function cancelOccurrence(c: Cadence, original: string | number | Date): Cadence {
  return withChange(c, original, { cancelled: true });
}

/** A single 1on1 that can be moved: `sequence` counts the moves for the .ics. */
export interface Scheduled {
  start: string;
  sequence?: number;
}

/** The 1on1 moved to `start`, its SEQUENCE raised so calendars replace the old invitation. */
export function reschedule<T extends Scheduled>(meeting: T, start: string | number | Date): T & { sequence: number } {
  return { ...meeting, start: iso(toMs(start, 'new start')), sequence: (meeting.sequence ?? 0) + 1 };
}
