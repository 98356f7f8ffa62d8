// A type only: the outbox's item shape (no code from the adapters layer).
import type { OutboxItem } from '../adapters/outbox.js';

/** `taiwa-sync-status`: the member asked to fix a refused write; the host opens the widget that made it (cancelable). */
export class TaiwaFixEvent extends Event {
  readonly detail: { item: OutboxItem };
  constructor(item: OutboxItem) {
    super('taiwa-fix', { bubbles: true, composed: true, cancelable: true });
    this.detail = { item };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-fix': TaiwaFixEvent;
  }
}
