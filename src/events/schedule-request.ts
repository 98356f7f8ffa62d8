/** A request for a 1on1: who, on which day, and the topics to carry into its agenda. */
export interface ScheduleRequestDetail {
  memberId: string;
  managerId: string | undefined;
  /** The day asked for, `YYYY-MM-DD`. */
  date: string;
  /** The topics to talk about again. */
  topicIds: string[];
  /** The 1on1 whose agenda named the date. */
  fromSessionId: string;
}

/**
 * The request half of the one scheduling contract. Fired by `taiwa-agenda` when the member (or
 * manager) asks for a 1on1 on the day the last agenda named for "next time we talk about this"
 * (bubbles, composed). It changes nothing: the host answers it, by handing it to a
 * `taiwa-scheduler` (`scheduler.answer(detail)`: the form opens on that day for that pair) or by
 * routing it to Outlook, Google or Teams. Whatever is then scheduled is announced by
 * `taiwa-schedule`, once per 1on1, with the request it answered.
 */
export class TaiwaScheduleRequestEvent extends Event {
  readonly detail: ScheduleRequestDetail;
  constructor(detail: ScheduleRequestDetail) {
    super('taiwa-schedule-request', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-schedule-request': TaiwaScheduleRequestEvent;
  }
}
