/**
 * What one scheduling step stores and which `.ics` it offers, decided without the DOM. A 1on1 of a
 * series is a change to the series' calendar file (its RECURRENCE-ID or EXDATE, SEQUENCE raised),
 * not a file of its own, so calendars keep one event series per pair. A pair has one open series:
 * scheduling with a repeat when the pair has one changes it instead of starting another.
 */
import type { ScheduleAction } from '../../events/schedule.js';
import type { Series, Session } from '../../model/schemas.js';
import {
  cancelled,
  createRecords,
  ended,
  rescheduled,
  seriesIcsOf,
  sessionIcs,
  type CreateInput,
  type IcsContext,
} from './scheduler.model.js';

export interface Plan {
  action: ScheduleAction;
  records: { session?: Session; series?: Series };
  ics: string;
  /** Whether the file is the series' (its download says so) or the one 1on1's. */
  file: 'session' | 'series';
  /** The id the file is named by. */
  fileId: string;
}

/** Where the pair's 1on1s are now: the ones given, with `changed` in place of its older copy. */
function withChange(sessions: readonly Session[], changed: Session): Session[] {
  return [...sessions.filter((s) => s.id !== changed.id), changed];
}

/** The series a 1on1 belongs to, when it is the pair's known series. */
function seriesOf(session: Session, series: Series | undefined): Series | undefined {
  return session.seriesId && series?.id === session.seriesId ? series : undefined;
}

function forSession(
  action: ScheduleAction,
  session: Session,
  series: Series | undefined,
  sessions: readonly Session[],
  c: IcsContext,
  zone: string,
): Plan {
  const own = seriesOf(session, series);
  if (!own) return { action, records: { session }, ics: sessionIcs(session, c, zone), file: 'session', fileId: session.id };
  const ics = seriesIcsOf(own, c, own.sequence ?? 0, withChange(sessions, session));
  return { action, records: { session }, ics, file: 'series', fileId: own.id };
}

/** The 1on1 moved (SEQUENCE raised); in a series, the series' file carries it as a RECURRENCE-ID. */
export function planMove(
  session: Session,
  start: string,
  minutes: number,
  zone: string,
  now: number,
  series: Series | undefined,
  sessions: readonly Session[],
  c: IcsContext,
): Plan {
  return forSession('reschedule', rescheduled(session, start, minutes, zone, now), series, sessions, c, zone);
}

/** The 1on1 cancelled; in a series, the series' file carries it as an EXDATE. */
export function planCancel(
  session: Session,
  now: number,
  series: Series | undefined,
  sessions: readonly Session[],
  c: IcsContext,
  zone: string,
): Plan {
  return forSession('cancel', cancelled(session, now), series, sessions, c, zone);
}

/**
 * A new 1on1; with a repeat, the pair's series: a new one, or, when the pair already has an open
 * series, that one changed to the new cadence from this 1on1 (same id, SEQUENCE raised).
 */
export function planCreate(input: CreateInput, open: Series | undefined, c: IcsContext): Plan {
  const made = createRecords(input, c.held);
  if (!made.series)
    return { action: 'create', records: made, ics: sessionIcs(made.session, c, input.timeZone), file: 'session', fileId: made.session.id };
  let series = made.series;
  if (open && !open.endedAt) {
    const { endedAt: _, ...rest } = open;
    void _;
    series = {
      ...rest,
      everyWeeks: series.everyWeeks,
      startsAt: series.startsAt,
      timeZone: series.timeZone,
      durationMinutes: series.durationMinutes!,
      sequence: (open.sequence ?? 0) + 1,
      updatedAt: new Date(input.now).toISOString(),
    };
  }
  const session: Session = { ...made.session, seriesId: series.id };
  return {
    action: 'series',
    records: { session, series },
    ics: seriesIcsOf(series, c, series.sequence ?? 0),
    file: 'series',
    fileId: series.id,
  };
}

/** The series ended (UNTIL now, SEQUENCE raised), its moved and cancelled 1on1s still in its file. */
export function planEnd(series: Series, now: number, sessions: readonly Session[], c: IcsContext): Plan {
  const off = { ...ended(series, now), sequence: (series.sequence ?? 0) + 1 };
  return {
    action: 'end-series',
    records: { series: off },
    ics: seriesIcsOf(off, c, off.sequence, sessions),
    file: 'series',
    fileId: off.id,
  };
}
