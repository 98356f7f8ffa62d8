/**
 * Reminders for upcoming 1on1s, as Kakeai sends them: one the day before and one on the day, at a
 * set local time in the person's own time zone. Each has an id built only from the 1on1, the kind
 * and the local date, so every tab, the host's backend and a later poll name the same reminder the
 * same way (a page fires `taiwa-reminder` once per id; a moved 1on1 gets new reminders).
 */
import { addDays, assertTimeZone, instantOnDate, localDate, toMs } from './zone.js';

export type ReminderKind = 'day-before' | 'same-day';

/** A 1on1 a reminder is about (one of a series included: give it an id of its own). */
export interface RemindedMeeting {
  id: string;
  /** ISO instant. */
  start: string;
  cancelled?: boolean;
}

export interface Reminder {
  /** `<meeting id>/<kind>/<local date of the 1on1>`: stable across tabs and polls. */
  id: string;
  meetingId: string;
  kind: ReminderKind;
  /** When the reminder becomes due (ISO instant). */
  dueAt: string;
  /** The 1on1's start (ISO instant); the reminder is due until then. */
  start: string;
  /** The 1on1's local date in the person's zone (`YYYY-MM-DD`). */
  date: string;
}

export interface ReminderOptions {
  /** The person's IANA time zone. */
  timeZone: string;
  /** Local time of the day-before reminder (`HH:MM`, default `09:00`). */
  dayBeforeAt?: string;
  /** Local time of the same-day reminder (`HH:MM`, default `08:00`; for a 1on1 that starts earlier, local midnight). */
  sameDayAt?: string;
}

function hhmm(value: string | undefined, fallback: string): [number, number] {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value ?? fallback);
  if (!m) throw new RangeError(`A reminder time must be HH:MM, not ${JSON.stringify(value)}`);
  return [Number(m[1]), Number(m[2])];
}

/** Every reminder of the given 1on1s, due or not, in due order. */
export function reminderSchedule(meetings: readonly RemindedMeeting[], options: ReminderOptions): Reminder[] {
  assertTimeZone(options.timeZone);
  const [bh, bm] = hhmm(options.dayBeforeAt, '09:00');
  const [sh, sm] = hhmm(options.sameDayAt, '08:00');
  const out: Reminder[] = [];
  for (const meeting of meetings) {
    if (meeting.cancelled) continue;
    const start = toMs(meeting.start, `start of ${meeting.id}`);
    const date = localDate(start, options.timeZone);
    const common = { meetingId: meeting.id, start: new Date(start).toISOString(), date };
    const dayBefore = instantOnDate(addDays(date, -1), bh, bm, options.timeZone);
    const planned = instantOnDate(date, sh, sm, options.timeZone);
    // A 1on1 before the same-day time is reminded of from the start of its day instead.
    const sameDay = planned < start ? planned : instantOnDate(date, 0, 0, options.timeZone);
    out.push({ ...common, id: `${meeting.id}/day-before/${date}`, kind: 'day-before', dueAt: new Date(dayBefore).toISOString() });
    out.push({ ...common, id: `${meeting.id}/same-day/${date}`, kind: 'same-day', dueAt: new Date(sameDay).toISOString() });
  }
  return out.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id.localeCompare(b.id));
}

/**
 * The reminders due for a person at `now`: their time has come and the 1on1 has not started.
 * A day-before reminder whose day has passed is no longer due (the same-day one takes over).
 */
export function remindersDue(meetings: readonly RemindedMeeting[], now: string | number | Date, options: ReminderOptions): Reminder[] {
  const at = toMs(now, 'now');
  const today = localDate(at, options.timeZone);
  return reminderSchedule(meetings, options).filter((r) => {
    if (Date.parse(r.dueAt) > at || Date.parse(r.start) <= at) return false;
    return r.kind === 'same-day' || r.date !== today;
  });
}
