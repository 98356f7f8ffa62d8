import type { Series, Session } from '../model/schemas.js';
import type { ScheduleRequestDetail } from './schedule-request.js';

/** What was scheduled: a 1on1 created, moved or cancelled, or a series set or ended. */
export type ScheduleAction = 'create' | 'reschedule' | 'cancel' | 'series' | 'end-series';

export interface ScheduleDetail {
  action: ScheduleAction;
  /** The 1on1 as it will be stored (for `create`, `reschedule`, `cancel`). */
  session?: Session;
  /** The series as it will be stored (for `series`, `end-series`). */
  series?: Series;
  /**
   * The `.ics` text for the change (RFC 5545), for a host that sends it on: the 1on1's own file, or
   * for a 1on1 of a series the series' file carrying it (RECURRENCE-ID, EXDATE).
   */
  ics: string;
  /** The `taiwa-schedule-request` this answers (`scheduler.answer()`), with the topics to carry. */
  request?: ScheduleRequestDetail;
}

/**
 * The announcement half of the one scheduling contract: fired by `taiwa-scheduler` once per 1on1
 * created, moved or cancelled (and once when a series is set or ended), before it is stored, with
 * the record and its `.ics`. Cancelable: a host that routes scheduling to Outlook, Google Calendar
 * or Teams calls `preventDefault()`, and the scheduler stores nothing. Requests for a 1on1 travel
 * the other way, as `taiwa-schedule-request`.
 */
export class TaiwaScheduleEvent extends Event {
  readonly detail: ScheduleDetail;
  constructor(detail: ScheduleDetail) {
    super('taiwa-schedule', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-schedule': TaiwaScheduleEvent;
  }
}
