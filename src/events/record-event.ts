import type { RecordKind, RecordMap } from '../model/records.js';

/** The detail of a record event, with the record narrowed to its kind: `{ kind: 'agenda'; record: Agenda }`. */
export type RecordDetail<K extends RecordKind = RecordKind> = { [P in K]: { kind: P; record: RecordMap[P] } }[K];

/** What `taiwa-save` and `taiwa-submit` share: a record of one kind, bubbling and composed. */
export abstract class TaiwaRecordEvent<K extends RecordKind = RecordKind> extends Event {
  readonly detail: RecordDetail<K>;
  constructor(type: string, kind: K, record: RecordMap[K]) {
    super(type, { bubbles: true, composed: true });
    this.detail = { kind, record } as RecordDetail<K>;
  }
}
