/**
 * `.ics` files (RFC 5545, iTIP methods of RFC 5546) for one 1on1 or a series, for any calendar:
 * times in the organiser's zone with a generated VTIMEZONE, a stable UID, SEQUENCE for updates,
 * METHOD:CANCEL for cancellations, RRULE/EXDATE/RECURRENCE-ID for a series. Pure: a string out.
 */
import { escapeText, localStamp, paramValue, quoteParam, serialize, utcStamp } from './ics-text.js';
import { assertCadence, changedOccurrences, DEFAULT_DURATION, occurrenceAt, originalStart, type Cadence, type Occurrence } from './recurrence.js';
import { vtimezone } from './vtimezone.js';
import { assertTimeZone, toMs } from './zone.js';

export interface IcsPerson {
  /** Display name (any text: quoted and escaped in CN). */
  name?: string;
  /** E-mail address, or a full URI such as `mailto:` or `urn:`. */
  email: string;
}

/** What a 1on1 or a series says in a calendar. */
export interface IcsDetails {
  /** The 1on1's (or series') id: the UID is `<id>@<domain>`. */
  id: string;
  summary: string;
  description?: string;
  location?: string;
  /** A link back to the 1on1 in the host's app. */
  url?: string;
  organizer: IcsPerson;
  attendees?: readonly IcsPerson[];
}

export interface IcsMeeting extends IcsDetails {
  /** ISO instant. */
  start: string;
  /** Minutes (default 30). */
  durationMinutes?: number;
  /** The organiser's IANA time zone: DTSTART/DTEND are written in it. */
  timeZone: string;
  /** Raised on every reschedule (default 0). */
  sequence?: number;
  cancelled?: boolean;
}

export interface IcsSeries extends IcsDetails {
  cadence: Cadence;
  /** The whole series is cancelled. */
  cancelled?: boolean;
}

export interface IcsOptions {
  /** The domain that makes UIDs unique worldwide (`taiwa.example.com`). */
  domain: string;
  /** DTSTAMP: when the file is made (default now). */
  now?: string | number | Date;
  /** PRODID (default `-//Taiwa//Taiwa 1on1//EN`). */
  prodId?: string;
}

const PRODID = '-//Taiwa//Taiwa 1on1//EN';
const MINUTE = 60_000;

function uid(id: string, domain: string): string {
  if (typeof id !== 'string' || id === '') throw new RangeError('An .ics needs the 1on1 id for its UID');
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(domain)) throw new RangeError(`Not a domain for UIDs: ${JSON.stringify(domain)}`);
  return `${escapeText(encodeURIComponent(id))}@${domain}`;
}

function address(person: IcsPerson): string {
  const email = typeof person?.email === 'string' ? person.email.trim() : '';
  // eslint-disable-next-line no-control-regex
  if (email === '' || /[\s\u0000-\u001f\u007f"<>]/.test(email)) throw new RangeError(`Not an e-mail address: ${JSON.stringify(person?.email)}`);
  return /^[a-z][a-z0-9+.-]*:/i.test(email) ? email : `mailto:${email}`;
}

function uri(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f\u007f"<>]+$/i.test(value)) throw new RangeError(`Not a URL: ${JSON.stringify(value)}`);
  return value;
}

function cn(person: IcsPerson): string {
  return person.name ? `;CN=${quoteParam(person.name)}` : '';
}

function people(d: IcsDetails, method: string): string[] {
  const lines = [`ORGANIZER${cn(d.organizer)}:${address(d.organizer)}`];
  const rsvp = method === 'REQUEST' ? ';RSVP=TRUE' : '';
  for (const a of d.attendees ?? []) {
    lines.push(`ATTENDEE${cn(a)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION${rsvp}:${address(a)}`);
  }
  return lines;
}

function texts(d: IcsDetails): string[] {
  const lines = [`SUMMARY:${escapeText(d.summary ?? '')}`];
  if (d.description) lines.push(`DESCRIPTION:${escapeText(d.description)}`);
  if (d.location) lines.push(`LOCATION:${escapeText(d.location)}`);
  if (d.url) lines.push(`URL:${uri(d.url)}`);
  return lines;
}

function when(name: 'DTSTART' | 'DTEND' | 'RECURRENCE-ID' | 'EXDATE', ms: number, timeZone: string): string {
  return `${name};TZID=${paramValue(timeZone)}:${localStamp(ms, timeZone)}`;
}

function duration(minutes: number | undefined): number {
  const m = minutes ?? DEFAULT_DURATION;
  if (!(Number.isInteger(m) && m > 0 && m <= 24 * 60)) throw new RangeError('durationMinutes must be a whole number of minutes from 1 to 1440');
  return m;
}

function calendar(method: string, options: IcsOptions, body: string[]): string {
  return serialize([
    'BEGIN:VCALENDAR',
    `PRODID:${escapeText(options.prodId ?? PRODID)}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...body,
    'END:VCALENDAR',
  ]);
}

/** The `.ics` invitation for one 1on1: METHOD:REQUEST, or METHOD:CANCEL when it is cancelled. */
export function meetingIcs(meeting: IcsMeeting, options: IcsOptions): string {
  assertTimeZone(meeting.timeZone);
  const start = toMs(meeting.start, 'start');
  const end = start + duration(meeting.durationMinutes) * MINUTE;
  const method = meeting.cancelled ? 'CANCEL' : 'REQUEST';
  const stamp = utcStamp(toMs(options.now ?? Date.now(), 'now'));
  return calendar(method, options, [
    ...vtimezone(meeting.timeZone, { from: start, to: end }),
    'BEGIN:VEVENT',
    `UID:${uid(meeting.id, options.domain)}`,
    `DTSTAMP:${stamp}`,
    when('DTSTART', start, meeting.timeZone),
    when('DTEND', end, meeting.timeZone),
    `SEQUENCE:${sequence(meeting.sequence)}`,
    `STATUS:${meeting.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ...texts(meeting),
    ...people(meeting, method),
    'END:VEVENT',
  ]);
}

function sequence(n: number | undefined): number {
  const s = n ?? 0;
  if (!(Number.isInteger(s) && s >= 0)) throw new RangeError('sequence must be a whole number from 0');
  return s;
}

function rrule(c: Cadence): string {
  let rule = `RRULE:FREQ=WEEKLY;INTERVAL=${c.intervalWeeks}`;
  if (c.count !== undefined) rule += `;COUNT=${c.count}`;
  else if (c.until !== undefined) rule += `;UNTIL=${utcStamp(toMs(c.until))}`;
  return rule;
}

/** The last instant the series reaches, or `undefined` when it has no end. */
function seriesEnd(c: Cadence): number | undefined {
  const last = c.count !== undefined ? originalStart(c, c.count - 1) : c.until !== undefined ? toMs(c.until) : undefined;
  const moved = (c.exceptions ?? []).map((x) => (x.start ? Date.parse(x.start) : NaN)).filter(Number.isFinite);
  if (last === undefined) return undefined;
  return Math.max(last, ...moved) + 24 * 60 * MINUTE;
}

/** A VEVENT for one occurrence of a series, named by its RECURRENCE-ID. */
function instance(series: IcsSeries, o: Occurrence, id: string, stamp: string, method: string, cancelled: boolean): string[] {
  const c = series.cadence;
  return [
    'BEGIN:VEVENT',
    `UID:${id}`,
    `DTSTAMP:${stamp}`,
    when('RECURRENCE-ID', Date.parse(o.original), c.timeZone),
    when('DTSTART', Date.parse(o.start), c.timeZone),
    when('DTEND', Date.parse(o.end), c.timeZone),
    `SEQUENCE:${Math.max(sequence(c.sequence), o.sequence)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ...texts(series),
    ...people(series, method),
    'END:VEVENT',
  ];
}

/**
 * The `.ics` for a series: the first 1on1 with RRULE (and COUNT or UNTIL), EXDATE for cancelled
 * occurrences, and one VEVENT with RECURRENCE-ID per moved occurrence; METHOD:CANCEL when the
 * whole series is cancelled.
 */
export function seriesIcs(series: IcsSeries, options: IcsOptions): string {
  const c = series.cadence;
  assertCadence(c);
  const first = toMs(c.start);
  const minutes = duration(c.durationMinutes);
  const method = series.cancelled ? 'CANCEL' : 'REQUEST';
  const stamp = utcStamp(toMs(options.now ?? Date.now(), 'now'));
  const id = uid(series.id, options.domain);
  const changed = changedOccurrences(c);
  const moved = changed.filter((o) => o.moved && !o.cancelled);
  const movedStarts = moved.map((o) => Date.parse(o.start));
  const end = seriesEnd(c);
  const zone = vtimezone(c.timeZone, {
    from: Math.min(first, ...movedStarts),
    to: end ?? Math.max(first, ...movedStarts),
    openEnded: end === undefined,
  });
  const master = [
    'BEGIN:VEVENT',
    `UID:${id}`,
    `DTSTAMP:${stamp}`,
    when('DTSTART', first, c.timeZone),
    when('DTEND', first + minutes * MINUTE, c.timeZone),
    rrule(c),
    ...changed.filter((o) => o.cancelled).map((o) => when('EXDATE', Date.parse(o.original), c.timeZone)),
    `SEQUENCE:${sequence(c.sequence)}`,
    `STATUS:${series.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ...texts(series),
    ...people(series, method),
    'END:VEVENT',
  ];
  const overrides = moved.flatMap((o) => instance(series, o, id, stamp, method, series.cancelled === true));
  return calendar(method, options, [...zone, ...master, ...overrides]);
}

/**
 * The `.ics` for one occurrence of a series on its own, as RFC 5546 updates a single instance:
 * METHOD:CANCEL with its RECURRENCE-ID and STATUS:CANCELLED when it is cancelled, otherwise a
 * REQUEST that gives it its (possibly moved) time. `original` is its start in the series.
 */
export function occurrenceIcs(series: IcsSeries, original: string | number | Date, options: IcsOptions): string {
  const c = series.cadence;
  assertCadence(c);
  const o = occurrenceAt(c, original);
  if (!o) throw new RangeError(`No occurrence of the series starts at ${String(original)}`);
  const cancelled = o.cancelled || series.cancelled === true;
  const method = cancelled ? 'CANCEL' : 'REQUEST';
  const stamp = utcStamp(toMs(options.now ?? Date.now(), 'now'));
  const times = [Date.parse(o.original), Date.parse(o.start), Date.parse(o.end)];
  const zone = vtimezone(c.timeZone, { from: Math.min(...times), to: Math.max(...times) });
  return calendar(method, options, [...zone, ...instance(series, o, uid(series.id, options.domain), stamp, method, cancelled)]);
}
