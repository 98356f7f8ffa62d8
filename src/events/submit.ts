import type { RecordKind, RecordMap } from '../model/records.js';
import { TaiwaRecordEvent } from './record-event.js';

/** Fired when a member or manager submits a finished record: an agenda, a rating (bubbles, composed). */
export class TaiwaSubmitEvent<K extends RecordKind = RecordKind> extends TaiwaRecordEvent<K> {
  constructor(kind: K, record: RecordMap[K]) {
    super('taiwa-submit', kind, record);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-submit': TaiwaSubmitEvent;
  }
}
