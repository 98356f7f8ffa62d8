/**
 * The IndexedDB adapter's write half, loaded at its first write, a new database or an upgrade (the
 * read half, indexeddb.ts, shows stored records without it): validated upserts with their revision
 * check and the strengths projection's upkeep in one transaction, the people list, the full open
 * with `idb` (creating or upgrading the database) and deleting it.
 */
import type { IDBPDatabase } from 'idb';
import { storageErrorOf, TaiwaBlockedError, TaiwaConflictError } from '../model/storage-errors.js';
import type { Person } from '../model/schemas.js';
import type { RecordKind, RecordMap } from '../model/records.js';
import type { WriteOptions, WriteResult } from './types.js';
import { nextRevision } from './revision.js';
import { envelope, upgrade, type Envelope } from './indexeddb-schema.js';
import type { IndexedDbHandle } from './indexeddb-types.js';

/** Validation (zod/mini and the schemas): every write is checked. */
const validation = () => import('./indexeddb-validate.js');
const idb = () => import('idb');
/** The strengths projection's code (indexeddb-projection.ts), for a feedback write or an upgrade. */
const projection = () => import('./indexeddb-projection.js');

/** The database in `idb`'s wrapper, for the writes. */
const wrapped = async (handle: IndexedDbHandle): Promise<IDBPDatabase> => Promise.all([handle.db(), idb()]).then(([d, { wrap }]) => wrap(d));

/** The open that creates or upgrades the database (with `idb`). */
export async function openFull(handle: IndexedDbHandle): Promise<IDBDatabase> {
  // Both before the open: awaiting a module inside the upgrade would let its transaction commit.
  const [{ openDB, unwrap }, project] = await Promise.all([idb(), projection()]);
  return openDB(handle.name, handle.version, {
    upgrade: (database, oldVersion, _newVersion, tx) =>
      upgrade(database as IDBPDatabase, oldVersion, tx as never, unwrap(tx), {
        createProjection: (raw) => project.createProjection(raw, handle.checked),
        peopleOf: handle.peopleOf,
      }),
    blocked: () => {
      // The open goes on and completes once the other tab closes; until then the person is told.
      handle.block(
        new TaiwaBlockedError(
          'Taiwa is open in another tab with an older version, so this page cannot open its storage yet. Close the other tab; this page carries on by itself.',
          (handle.opening() ?? Promise.resolve()).then(
            () => undefined,
            () => undefined,
          ),
        ),
      );
    },
    terminated: () => handle.forget(),
  }).then((d) => unwrap(d));
}

export async function put<K extends RecordKind>(handle: IndexedDbHandle, kind: K, record: RecordMap[K], options?: WriteOptions): Promise<WriteResult> {
  const [{ parseRecord }, { packed, PROJECTION, putPacked }] = await Promise.all([validation(), projection()]);
  const parsed = parseRecord(kind, record);
  if (!parsed.ok) throw parsed.error;
  const id = parsed.value.id;
  const key = `${kind}|${id}`;
  let revision = 0;
  try {
    // The check and the write in one transaction: another tab's write cannot come between them.
    // Feedback keeps its strengths projection in step, in the same transaction.
    const [database, { unwrap }] = await Promise.all([wrapped(handle), idb()]);
    const tx = database.transaction(kind === 'feedback' ? ['records', PROJECTION] : ['records'], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('records');
    const stored = (await store.get([kind, id])) as Envelope | undefined;
    try {
      revision = nextRevision(kind, id, stored && { revision: stored.revision ?? 1, value: stored.value }, options);
    } catch (conflict) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw conflict;
    }
    const projected = kind === 'feedback' && putPacked(unwrap(tx).objectStore(PROJECTION), packed(id, parsed.value, true));
    await Promise.all([store.put({ ...envelope(kind, id, parsed.value, handle.peopleOf), revision, checked: handle.checked }), projected, tx.done]);
  } catch (err) {
    if (err instanceof TaiwaConflictError) {
      if (err.revision) handle.seen.set(key, err.revision);
      throw err;
    }
    throw storageErrorOf(err, 'Not saved');
  }
  handle.seen.set(key, String(revision));
  return { revision: String(revision) };
}

export async function setPeople(handle: IndexedDbHandle, people: readonly Person[]): Promise<void> {
  const valid = (await validation()).checkPeople(people);
  try {
    const tx = (await wrapped(handle)).transaction('records', 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.store.delete(handle.peopleRange()),
      ...valid.map((p) => tx.store.put({ kind: 'person', id: p.id, value: p, checked: handle.checked })),
      tx.done,
    ]);
  } catch (err) {
    throw storageErrorOf(err, 'The people were not saved');
  }
}

export async function destroy(handle: IndexedDbHandle): Promise<void> {
  handle.close();
  try {
    await (await idb()).deleteDB(handle.name);
  } catch (err) {
    throw storageErrorOf(err, `${handle.name} was not deleted`);
  }
}
