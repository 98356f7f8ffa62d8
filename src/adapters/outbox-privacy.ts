/**
 * What of a record may leave this device: everything but the text of a memo the member did not
 * share. Shared by the REST adapter and the outbox, and free of zod so neither pays for it.
 */
import type { Agenda } from '../model/schemas.js';
import type { RecordKind, RecordMap } from '../model/records.js';

/** Removes every private memo's text: what leaves the device of an agenda. */
export function stripPrivateMemos<K extends RecordKind>(kind: K, record: RecordMap[K]): RecordMap[K] {
  if (kind !== 'agenda') return record;
  const agenda = record as Agenda;
  if (!agenda.items?.some((i) => i.memoVisibility !== 'shared' && i.memo !== undefined)) return record;
  return {
    ...agenda,
    items: agenda.items.map((item) => {
      if (item.memoVisibility === 'shared' || item.memo === undefined) return item;
      const { memo: _memo, ...rest } = item;
      return rest;
    }),
  } as RecordMap[K];
}
