import type { OutboxStatus } from '../model/outbox.js';

/** Fired on the outbox whenever a count or a record's state changed, in this tab or another. */
export class OutboxStatusEvent extends Event {
  readonly detail: OutboxStatus;
  constructor(status: OutboxStatus) {
    super('status');
    this.detail = status;
  }
}
