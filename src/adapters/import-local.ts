/**
 * Moving from the browser-only mode to a backend: a member's records, read from the adapter they
 * used on this device (IndexedDB), written to the backend once, on first sign-in. Only records
 * whose member is the viewer; private memo texts and private action items stay on this device.
 * Through `POST {base}/me/import` when the destination has `importRecords` (the REST adapter),
 * else through each record's `put`. Idempotent: running it again imports nothing new.
 */
import { guard } from '../core/guard.js';
import { stripPrivateMemos } from '../model/privacy.js';
import { RECORD_KINDS, type RecordKind } from '../model/records.js';
import type { TaiwaAdapter } from './types.js';
import type { ImportAnswer } from './rest.js';

export type LocalImport = ImportAnswer & {
  /** Records of the viewer's read from the source. */
  read: number;
};

type Destination = TaiwaAdapter & { importRecords?(records: Partial<Record<RecordKind, unknown[]>>): Promise<ImportAnswer> };

const BATCH = 500;

export async function importLocalRecords(from: TaiwaAdapter, to: Destination, { memberId }: { memberId: string }): Promise<LocalImport> {
  const out: LocalImport = { read: 0, imported: 0, unchanged: 0, stripped: { memos: 0, actions: 0 }, refused: [] };
  const mine: [RecordKind, unknown][] = [];
  for (const kind of RECORD_KINDS) {
    const { records, errors } = await guard(from).query(kind, { personId: memberId });
    for (const e of errors) out.refused.push({ kind, status: 422, detail: e.message });
    for (const r of records) if ((r as { memberId?: string }).memberId === memberId) mine.push([kind, r]);
  }
  out.read = mine.length;
  if (to.importRecords) {
    for (let i = 0; i < mine.length; i += BATCH) {
      const batch: Partial<Record<RecordKind, unknown[]>> = {};
      for (const [kind, r] of mine.slice(i, i + BATCH)) (batch[kind] ??= []).push(r);
      const a = await to.importRecords(batch);
      out.imported += a.imported;
      out.unchanged += a.unchanged;
      out.stripped.memos += a.stripped.memos;
      out.stripped.actions += a.stripped.actions;
      out.refused.push(...a.refused);
    }
    return out;
  }
  const dest = guard(to);
  for (const [kind, record] of mine) {
    if (to.local !== true && kind === 'action' && (record as { visibility?: string }).visibility === 'private') {
      out.stripped.actions++;
      continue;
    }
    if (to.local !== true && stripPrivateMemos(kind, record as never) !== record) out.stripped.memos += privateMemos(record);
    try {
      await dest.put(kind, record as never);
      out.imported++;
    } catch (err) {
      out.refused.push({ kind, id: (record as { id: string }).id, status: 0, detail: (err as Error).message });
    }
  }
  return out;
}

const privateMemos = (agenda: unknown) =>
  ((agenda as { items?: { memoVisibility?: string; memo?: string }[] }).items ?? []).filter(
    (i) => i.memoVisibility !== 'shared' && i.memo !== undefined,
  ).length;
