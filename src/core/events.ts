/** Taiwa's domain events: `Event` subclasses with a typed `detail`, bubbling and composed. */
import type { TaiwaRecord } from '../model/records.js';

const init = { bubbles: true, composed: true } as const;

/** Fired when a widget shows an error: bad data, or a read or write that failed. */
export class TaiwaErrorEvent extends Event {
  readonly detail: { error: Error };
  constructor(error: Error) {
    super('taiwa-error', init);
    this.detail = { error };
  }
}

/** Fired after a widget saved a record through the adapter. */
export class TaiwaSaveEvent extends Event {
  readonly detail: { kind: string; record: TaiwaRecord };
  constructor(kind: string, record: TaiwaRecord) {
    super('taiwa-save', init);
    this.detail = { kind, record };
  }
}

/** Fired when a member or manager submits a finished record (an agenda, a rating). */
export class TaiwaSubmitEvent extends Event {
  readonly detail: { kind: string; record: TaiwaRecord };
  constructor(kind: string, record: TaiwaRecord) {
    super('taiwa-submit', init);
    this.detail = { kind, record };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-error': TaiwaErrorEvent;
    'taiwa-save': TaiwaSaveEvent;
    'taiwa-submit': TaiwaSubmitEvent;
  }
}
