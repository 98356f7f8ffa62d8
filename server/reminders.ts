/**
 * Reminders where the data lives: for a person and a local date, the reminders of their 1on1s that
 * fall due that day (the day before a 1on1 and on its day, as Kakeai sends them), so a host's own
 * backend can send mail or a Teams message, and an open page can show them. The schedule is
 * `src/calendar/reminders.ts`, the same code the browser runs; reminder ids are stable, so the
 * host's backend and every tab name one reminder the same way.
 *
 *   GET {base}/reminders?on=YYYY-MM-DD[&timeZone=Area/City]   → { on, timeZone, reminders: [...] }
 */
import * as z from 'zod/mini';
import { reminderSchedule, type Reminder } from '../src/calendar/reminders.js';
import { isTimeZone, localDate } from '../src/calendar/zone.js';
import { IsoDate } from '../src/model/schemas.js';
import { parseRecord } from '../src/model/validate.js';
import type { Session } from '../src/model/schemas.js';
import type { Db } from './db.js';
import { getPerson } from './people.js';
import { listRecords } from './records.js';

/** A reminder with what a message needs: the other person of the pair and the 1on1's length and zone. */
export interface DueReminder extends Reminder {
  memberId: string;
  managerId: string;
  /** The person the reminder is for: `member` or `manager` of this 1on1. */
  side: 'member' | 'manager';
  durationMinutes?: number;
  timeZone?: string;
}

export const ReminderQuery = z.object({
  on: IsoDate,
  timeZone: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.refine(isTimeZone, 'is not a known IANA time zone'))),
});

/** The zone a person's reminders are counted in: the one asked for, else the person's own, else UTC. */
export async function reminderZone(db: Db, tenant: string, personId: string, asked?: string): Promise<string> {
  if (asked) return asked;
  const person = await getPerson(db, tenant, personId);
  return person?.timeZone && isTimeZone(person.timeZone) ? person.timeZone : 'UTC';
}

/** Every reminder for `personId` that falls due on local date `on` in `timeZone`, in due order. */
export async function remindersOn(db: Db, tenant: string, personId: string, on: string, timeZone: string): Promise<DueReminder[]> {
  const sessions: Session[] = [];
  for (const raw of await listRecords(db, tenant, 'session', { personId })) {
    const parsed = parseRecord('session', raw);
    if (parsed.ok) sessions.push(parsed.value);
  }
  const byId = new Map<string, Session>();
  for (const s of sessions) if (s.scheduledAt && !s.heldAt) byId.set(s.id, s);
  const meetings = [...byId.values()].map((s) => ({ id: s.id, start: s.scheduledAt!, cancelled: s.cancelledAt !== undefined }));
  return reminderSchedule(meetings, { timeZone })
    .filter((r) => localDate(Date.parse(r.dueAt), timeZone) === on)
    .map((r) => {
      const s = byId.get(r.meetingId)!;
      return {
        ...r,
        memberId: s.memberId,
        managerId: s.managerId,
        side: s.memberId === personId ? ('member' as const) : ('manager' as const),
        ...(s.durationMinutes !== undefined ? { durationMinutes: s.durationMinutes } : {}),
        ...(s.timeZone !== undefined ? { timeZone: s.timeZone } : {}),
      };
    });
}
