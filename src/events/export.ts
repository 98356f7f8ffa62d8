// A type only: the outbox's export shape (no code from the adapters layer).
import type { OutboxExport } from '../adapters/outbox.js';

/** `taiwa-sync-status`: the member asked for a copy of the unsent writes; cancel it to handle the download yourself. */
export class TaiwaExportEvent extends Event {
  readonly detail: { data: OutboxExport };
  constructor(data: OutboxExport) {
    super('taiwa-export', { bubbles: true, composed: true, cancelable: true });
    this.detail = { data };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-export': TaiwaExportEvent;
  }
}
