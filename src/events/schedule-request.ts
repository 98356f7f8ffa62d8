/**
 * Fired by `taiwa-agenda` when the member (or manager) asks for a 1on1 on the day the last agenda
 * named for "next time we talk about this" (bubbles, composed). The host opens its scheduler (or
 * routes to Outlook, Google or Teams) with the date and the topics to carry into that 1on1's agenda.
 */
export class TaiwaScheduleRequestEvent extends Event {
  readonly detail: {
    memberId: string;
    managerId: string | undefined;
    /** The day asked for, `YYYY-MM-DD`. */
    date: string;
    /** The topics to talk about again. */
    topicIds: string[];
    /** The 1on1 whose agenda named the date. */
    fromSessionId: string;
  };
  constructor(detail: TaiwaScheduleRequestEvent['detail']) {
    super('taiwa-schedule-request', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-schedule-request': TaiwaScheduleRequestEvent;
  }
}
