/** Events of `<taiwa-sync-status>`: typed `Event` subclasses, bubbling and composed. */
import type { OutboxExport, OutboxItem } from '../../adapters/outbox.js';

const init = { bubbles: true, composed: true, cancelable: true } as const;

/** The member asked to fix a refused write: the host opens the widget that made it. */
export class TaiwaFixEvent extends Event {
  readonly detail: { item: OutboxItem };
  constructor(item: OutboxItem) {
    super('taiwa-fix', init);
    this.detail = { item };
  }
}

/** The member asked for a copy of the unsent writes; cancel it to handle the download yourself. */
export class TaiwaExportEvent extends Event {
  readonly detail: { data: OutboxExport };
  constructor(data: OutboxExport) {
    super('taiwa-export', init);
    this.detail = { data };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-fix': TaiwaFixEvent;
    'taiwa-export': TaiwaExportEvent;
  }
}
