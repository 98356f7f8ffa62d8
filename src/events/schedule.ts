import type { Series, Session } from '../model/schemas.js';

/** What was scheduled: a 1on1 created, moved or cancelled, or a series set or ended. */
export type ScheduleAction = 'create' | 'reschedule' | 'cancel' | 'series' | 'end-series';

export interface ScheduleDetail {
  action: ScheduleAction;
  /** The 1on1 as it will be stored (for `create`, `reschedule`, `cancel`). */
  session?: Session;
  /** The series as it will be stored (for `series`, `end-series`). */
  series?: Series;
  /** The `.ics` text for the change (RFC 5545), for a host that sends it on. */
  ics: string;
}

/**
 * Fired by `taiwa-scheduler` before it stores a change. Cancelable: a host that routes scheduling to
 * Outlook, Google Calendar or Teams calls `preventDefault()`, and the scheduler stores nothing.
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
