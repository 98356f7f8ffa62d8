import type { Reminder } from '../calendar/reminders.js';

/**
 * Fired once per reminder (the day before a 1on1, and on the day) by an open page, in one tab only
 * however many are open: the host shows it, or sends mail or a chat message.
 */
export class TaiwaReminderEvent extends Event {
  readonly detail: Reminder;
  constructor(detail: Reminder) {
    super('taiwa-reminder', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-reminder': TaiwaReminderEvent;
  }
}
