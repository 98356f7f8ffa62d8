/**
 * What of a record may leave this device: everything but the text of a memo the member did not
 * share. The one implementation, shared by the guard, the REST adapter and the outbox, and free of
 * zod so none of them pays for it.
 */
import type { Agenda } from './schemas.js';
import type { RecordKind, RecordMap } from './records.js';
import { TaiwaDataError } from './data-error.js';

const isPrivate = (item: Agenda['items'][number]) => item.memoVisibility !== 'shared' && item.memo !== undefined;

/** Removes the text of every memo that is not shared: what a remote backend may see of an agenda. */
export function withoutPrivateMemos(agenda: Agenda): Agenda {
  return {
    ...agenda,
    items: (agenda.items ?? []).map((item) => {
      if (!isPrivate(item)) return item;
      const { memo: _memo, ...rest } = item;
      return rest;
    }),
  };
}

/** `withoutPrivateMemos` for a record of any kind: only an agenda with a private memo changes. */
export function stripPrivateMemos<K extends RecordKind>(kind: K, record: RecordMap[K]): RecordMap[K] {
  if (kind !== 'agenda') return record;
  const agenda = record as Agenda;
  if (!Array.isArray(agenda?.items) || !agenda.items.some(isPrivate)) return record;
  return withoutPrivateMemos(agenda) as RecordMap[K];
}

/**
 * Refuses a private action item on its way off this device: like a private memo it stays with its
 * owner (the backend refuses it too, rule `private-action`). `undefined` for every other record.
 */
export function offDeviceRefusal(kind: RecordKind, record: unknown): TaiwaDataError | undefined {
  if (kind !== 'action' || (record as { visibility?: unknown } | null)?.visibility !== 'private') return undefined;
  return new TaiwaDataError({
    kind,
    recordId: (record as { id?: string }).id,
    field: 'visibility',
    reason: 'a private action item stays on this device; it is not sent to a backend that is not local',
  });
}
