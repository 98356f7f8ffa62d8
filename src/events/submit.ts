import type { RecordKind, RecordMap } from '../model/records.js';
import type { RecordDetail } from './record-detail.js';

/** Fired when a member or manager submits a finished record: an agenda, a rating (bubbles, composed). */
export class TaiwaSubmitEvent<K extends RecordKind = RecordKind> extends Event {
  readonly detail: RecordDetail<K>;
  constructor(kind: K, record: RecordMap[K]) {
    super('taiwa-submit', { bubbles: true, composed: true });
    this.detail = { kind, record } as RecordDetail<K>;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-submit': TaiwaSubmitEvent;
  }
}
