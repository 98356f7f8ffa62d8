/**
 * The IndexedDB adapter's database: its version, how one record is kept (the envelope the indexes
 * read) and the upgrade from every earlier version. Used by indexeddb.ts when it opens with `idb`.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

/* The schema version this code writes is `DB_VERSION`, with the read path (indexeddb-current.ts), which opens at it without this module. */

/** How one record is kept: the record itself plus the fields the indexes read. */
export interface Envelope {
  kind: string;
  id: string;
  value: unknown;
  sessionId?: string;
  /** `kind|personId` for the member and the manager, so one index answers "records of X about Y". */
  personKeys?: string[];
  createdAt?: string;
  /** The write's revision (absent on records written before revisions: revision 1). */
  revision?: number;
  /** The schemas' stamp (`CHECKED_WITH`) when the value was validated on its way in. */
  checked?: number;
}

/** `peopleOf`: records.ts's, handed in by the adapter (see `IndexedDbHandle`). */
export function envelope(kind: string, id: string, value: unknown, peopleOf: (record: unknown) => string[]): Envelope {
  const v = value && typeof value === 'object' ? (value as { sessionId?: unknown; createdAt?: unknown }) : {};
  const env: Envelope = { kind, id, value, personKeys: peopleOf(value).map((p) => `${kind}|${p}`) };
  if (typeof v.sessionId === 'string') env.sessionId = v.sessionId;
  if (typeof v.createdAt === 'string') env.createdAt = v.createdAt;
  return env;
}

export async function upgrade(
  db: IDBPDatabase,
  oldVersion: number,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  raw: IDBTransaction,
  { createProjection, peopleOf }: { createProjection: (tx: IDBTransaction) => Promise<void>; peopleOf: (record: unknown) => string[] },
) {
  if (oldVersion < 1) db.createObjectStore('records', { keyPath: ['kind', 'id'] });
  if (oldVersion < 2) {
    const store = tx.objectStore('records');
    store.createIndex('by-session', ['kind', 'sessionId']);
    store.createIndex('by-person', 'personKeys', { multiEntry: true });
    // Version 1 kept only {kind, id, value}: derive the indexed fields for every stored record.
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Envelope;
      await cursor.update(envelope(old.kind, old.id, old.value, peopleOf));
    }
  }
  if (oldVersion < 3) await createProjection(raw);
}
