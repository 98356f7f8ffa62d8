import type { RecordKind, RecordMap } from '../model/records.js';
import type { RecordDetail } from './record-detail.js';

/** Fired after a widget saved a record through the adapter (bubbles, composed). */
export class TaiwaSaveEvent<K extends RecordKind = RecordKind> extends Event {
  readonly detail: RecordDetail<K>;
  constructor(kind: K, record: RecordMap[K]) {
    super('taiwa-save', { bubbles: true, composed: true });
    this.detail = { kind, record } as RecordDetail<K>;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-save': TaiwaSaveEvent;
  }
}
