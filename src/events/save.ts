import type { RecordKind, RecordMap } from '../model/records.js';
import { TaiwaRecordEvent } from './record-event.js';

/** Fired after a widget saved a record through the adapter (bubbles, composed). */
export class TaiwaSaveEvent<K extends RecordKind = RecordKind> extends TaiwaRecordEvent<K> {
  constructor(kind: K, record: RecordMap[K]) {
    super('taiwa-save', kind, record);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-save': TaiwaSaveEvent;
  }
}
