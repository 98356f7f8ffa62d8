import type { RecordKind, RecordMap } from '../model/records.js';

/** The detail of a record event, with the record narrowed to its kind: `{ kind: 'agenda'; record: Agenda }`. */
export type RecordDetail<K extends RecordKind = RecordKind> = { [P in K]: { kind: P; record: RecordMap[P] } }[K];
