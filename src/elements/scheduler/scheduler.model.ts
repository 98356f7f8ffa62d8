/**
 * What the scheduler stores and the `.ics` it offers, without the DOM: a new 1on1 (and its series),
 * a moved one (SEQUENCE raised), a cancelled one (METHOD:CANCEL), a series set or ended. The
 * calendar maths live in `src/calendar`; this only maps records onto them.
 */
import { meetingIcs, seriesIcs, type IcsPerson } from '../../calendar/ics.js';
import { indexOf, type Cadence, type OccurrenceChange } from '../../calendar/recurrence.js';
import { instantOnDate, localDate, wallTime } from '../../calendar/zone.js';
import type { RecordHelpers } from '../../core/part-element.js';
import type { Series, Session } from '../../model/schemas.js';

export const DEFAULT_MINUTES = 30;

export interface Person {
  id: string;
  name?: string;
  /** Where calendars send replies; without it the person is named by a `urn:taiwa:person:` URI. */
  email?: string;
}

export interface IcsContext {
  /** The domain that makes UIDs unique (`intranet.example.com`). */
  domain: string;
  summary: string;
  /** Who makes the change (ORGANIZER); the other person is the attendee. */
  organizer: Person;
  attendee: Person;
  /** A link back to the 1on1 in the host's app. */
  url?: string;
  now: number;
  /** records.ts's helpers, handed in (see `PartBase`). */
  held: RecordHelpers;
}

/** Who the `.ics` names: the viewer organises, the other person of the pair attends. */
export function icsContextOf(
  s: { summary: string },
  pair: { memberId: string; managerId: string },
  viewerId: string | undefined,
  people: readonly Person[],
  domain: string,
  now: number,
  held: RecordHelpers,
): IcsContext {
  const person = (id: string): Person => people.find((p) => p.id === id) ?? { id };
  const me = viewerId ?? pair.memberId;
  const other = me === pair.managerId ? pair.memberId : pair.managerId;
  const name = (id: string) => person(id).name ?? id;
  return {
    domain,
    summary: s.summary.replace('{member}', name(pair.memberId)).replace('{manager}', name(pair.managerId)),
    organizer: person(me),
    attendee: person(other),
    now,
    held,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A form's local date and time in `timeZone` as an ISO instant, or undefined when either is missing or malformed. */
export function startFrom(date: string, time: string, timeZone: string): string | undefined {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !t || !Number.isFinite(Date.parse(`${d}T00:00:00Z`))) return undefined;
  return new Date(instantOnDate(d, Number(t[1]), Number(t[2]), timeZone)).toISOString();
}

/** The local date and time of an instant in `timeZone`, for the form's inputs. */
export function localParts(iso: string, timeZone: string): { date: string; time: string } {
  const ms = Date.parse(iso);
  const w = wallTime(ms, timeZone);
  return { date: localDate(ms, timeZone), time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** What the form shows first: the 1on1's own time, or tomorrow at 10:00 in the zone for a new one. */
export function formDefaults(
  session: Session | undefined,
  series: Series | undefined,
  now: number,
  timeZone: string,
): { date: string; time: string; minutes: number } {
  if (session?.scheduledAt) return { ...localParts(session.scheduledAt, timeZone), minutes: session.durationMinutes ?? DEFAULT_MINUTES };
  const tomorrow = localParts(new Date(now + 86_400_000).toISOString(), timeZone).date;
  return { date: tomorrow, time: '10:00', minutes: series?.durationMinutes ?? DEFAULT_MINUTES };
}

export interface CreateInput {
  memberId: string;
  managerId: string;
  start: string;
  timeZone: string;
  durationMinutes: number;
  /** 0: a single 1on1; N: every N weeks from this one (a `series` record). */
  everyWeeks: number;
  now: number;
}

/** A new 1on1, and the series it starts when it repeats. */
export function createRecords(input: CreateInput, { newRecordFields }: RecordHelpers): { session: Session; series?: Series } {
  const now = new Date(input.now);
  const pair = { memberId: input.memberId, managerId: input.managerId };
  const series: Series | undefined =
    input.everyWeeks > 0
      ? {
          ...newRecordFields(now),
          ...pair,
          everyWeeks: input.everyWeeks,
          startsAt: input.start,
          timeZone: input.timeZone,
          durationMinutes: input.durationMinutes,
        }
      : undefined;
  const session: Session = {
    ...newRecordFields(now),
    ...pair,
    scheduledAt: input.start,
    durationMinutes: input.durationMinutes,
    timeZone: input.timeZone,
    sequence: 0,
    ...(series ? { seriesId: series.id, occurrenceAt: input.start } : {}),
  };
  return series ? { session, series } : { session };
}

/** The 1on1 moved: its SEQUENCE raised so calendars replace the old invitation. */
export function rescheduled(session: Session, start: string, durationMinutes: number, timeZone: string, now: number): Session {
  const { cancelledAt: _, ...rest } = session;
  void _;
  // The first move of a 1on1 of a series remembers where the series had it (its RECURRENCE-ID).
  const occurrence = session.seriesId && !session.occurrenceAt && session.scheduledAt ? { occurrenceAt: session.scheduledAt } : {};
  return {
    ...rest,
    ...occurrence,
    scheduledAt: start,
    durationMinutes,
    timeZone: session.timeZone ?? timeZone,
    sequence: (session.sequence ?? 0) + 1,
    updatedAt: new Date(now).toISOString(),
  };
}

/** The 1on1 cancelled: kept, with `cancelledAt`, and a raised SEQUENCE for its METHOD:CANCEL. */
export function cancelled(session: Session, now: number): Session {
  const at = new Date(now).toISOString();
  const occurrence = session.seriesId && !session.occurrenceAt && session.scheduledAt ? { occurrenceAt: session.scheduledAt } : {};
  return { ...session, ...occurrence, cancelledAt: at, sequence: (session.sequence ?? 0) + 1, updatedAt: at };
}

/** The series ended: no 1on1 of it after `now`. */
export function ended(series: Series, now: number): Series {
  const at = new Date(now).toISOString();
  return { ...series, endedAt: at, updatedAt: at };
}

const icsPerson = (p: Person): IcsPerson => ({
  ...(p.name ? { name: p.name } : {}),
  email: p.email || `urn:taiwa:person:${encodeURIComponent(p.id)}`,
});

/** The `.ics` for one 1on1: REQUEST with its SEQUENCE, or CANCEL once cancelled. */
export function sessionIcs(session: Session, c: IcsContext, fallbackZone: string): string {
  return meetingIcs(
    {
      id: session.id,
      summary: c.summary,
      ...(c.url ? { url: c.url } : {}),
      organizer: icsPerson(c.organizer),
      attendees: [icsPerson(c.attendee)],
      start: session.scheduledAt ?? session.heldAt ?? new Date(c.now).toISOString(),
      durationMinutes: session.durationMinutes ?? DEFAULT_MINUTES,
      timeZone: session.timeZone ?? fallbackZone,
      sequence: session.sequence ?? 0,
      cancelled: session.cancelledAt !== undefined,
    },
    { domain: c.domain, now: c.now },
  );
}

/**
 * The series as a cadence, with its 1on1s that were moved or cancelled as the cadence's exceptions
 * (RECURRENCE-ID and EXDATE in its `.ics`), and a SEQUENCE that rises with every such change
 * (`sequence`, the series' own, plus its 1on1s').
 * A 1on1 whose start in the series is not one of the series' occurrences is left out.
 */
export function cadenceOf(series: Series, { latestBy }: RecordHelpers, sessions: readonly Session[] = [], sequence = 0): Cadence {
  const base: Cadence = {
    start: series.startsAt,
    timeZone: series.timeZone,
    intervalWeeks: series.everyWeeks,
    durationMinutes: series.durationMinutes ?? DEFAULT_MINUTES,
    ...(series.endedAt ? { until: series.endedAt } : {}),
  };
  const exceptions: OccurrenceChange[] = [];
  // A 1on1's sequence only rises, so their sum rises with every move or cancel in the series.
  let top = sequence;
  for (const s of latestBy(
    sessions.filter((x) => x.seriesId === series.id),
    (x) => x.id,
  ).values()) {
    const seq = s.sequence ?? 0;
    top += seq;
    const original = s.occurrenceAt ?? s.scheduledAt;
    if (!original || indexOf(base, original) === undefined) continue;
    const moved = s.scheduledAt !== undefined && Date.parse(s.scheduledAt) !== Date.parse(original);
    const longer = (s.durationMinutes ?? base.durationMinutes) !== base.durationMinutes;
    if (s.cancelledAt) exceptions.push({ original, cancelled: true, sequence: seq });
    else if (moved || longer)
      exceptions.push({ original, start: s.scheduledAt!, durationMinutes: s.durationMinutes ?? DEFAULT_MINUTES, sequence: seq });
  }
  return { ...base, exceptions, sequence: top };
}

/**
 * The `.ics` for a series: RRULE every N weeks in its zone, ending (UNTIL) when the series ended,
 * carrying its moved 1on1s (RECURRENCE-ID) and cancelled ones (EXDATE) from `sessions`.
 */
export function seriesIcsOf(series: Series, c: IcsContext, sequence = 0, sessions: readonly Session[] = []): string {
  return seriesIcs(
    {
      id: series.id,
      summary: c.summary,
      ...(c.url ? { url: c.url } : {}),
      organizer: icsPerson(c.organizer),
      attendees: [icsPerson(c.attendee)],
      cadence: cadenceOf(series, c.held, sessions, sequence),
    },
    { domain: c.domain, now: c.now },
  );
}
