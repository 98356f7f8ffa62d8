import type { IDBPDatabase } from 'idb';
import { storageErrorOf, TaiwaBlockedError, TaiwaConflictError, TaiwaDataError, TaiwaStorageError } from '../model/errors.js';
import type { Person } from '../model/schemas.js';
import { RECORD_KINDS, type RecordKind, type RecordMap } from '../model/records.js';
import { matches, nextRevision, type RecordQuery, type WriteOptions } from './types.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import { databaseName } from './db-names.js';
import { done, openCurrent } from './indexeddb-current.js';
import { DB_VERSION, envelope, upgrade, type Envelope } from './indexeddb-schema.js';
import { checkedRead, CHECKED_WITH, plainQuery, type CheckedAnswer } from '../model/checked.js';
import type { IndexedDbAdapter, IndexedDbAdapterOptions } from './indexeddb-types.js';

export type { IndexedDbAdapter, IndexedDbAdapterOptions } from './indexeddb-types.js';
export { DB_VERSION } from './indexeddb-schema.js';

/**
 * Validation (zod/mini and the schemas) and the insights load when first needed: a write, a query
 * the cheap look cannot pass, an aggregate. A page that only shows stored records loads neither.
 */
const validation = () => import('./indexeddb-validate.js');
/** `idb` loads for a write, an upgrade or a new database: reading a database at this version needs none (`openCurrent`). */
const idb = () => import('idb');
/** The strengths projection's code (indexeddb-projection.ts) loads with a write or an upgrade, never for a read. */
const projection = () => import('./indexeddb-projection.js');
const HR_INSIGHTS: readonly string[] = ['cadence', 'drivers', 'effect', 'pulse'];
const isKind = (kind: unknown): kind is RecordKind => typeof kind === 'string' && (RECORD_KINDS as readonly string[]).includes(kind);

/** People are kept in the `records` store as kind `person` (no index reads them). */
const peopleRange = () => IDBKeyRange.bound(['person'], ['person', []]);

/**
 * The embedded default: records in IndexedDB in this browser, one database per viewer. Writes are
 * validated upserts by id; reads filter by person, session and time through indexes.
 */
export function createIndexedDbAdapter(options: IndexedDbAdapterOptions): IndexedDbAdapter {
  const viewerId = options?.viewerId;
  if (typeof viewerId !== 'string' || viewerId === '') {
    throw new TaiwaDataError({
      kind: 'adapter',
      field: 'viewerId',
      reason: 'createIndexedDbAdapter needs the viewer id, so each viewer gets their own database',
    });
  }
  const name = databaseName(options.dbName ?? 'taiwa', viewerId);
  let dbPromise: Promise<IDBDatabase> | undefined;
  /** While another tab holds an older version open: the error every operation waiting on the upgrade gets. */
  let blocked: TaiwaBlockedError | undefined;
  const waiting = new Set<(err: Error) => void>();
  /** The revisions this page last read or wrote, by `kind|id` (see `revisionOf`). */
  const seen = new Map<string, string>();

  const db = (): Promise<IDBDatabase> => {
    const opened = open();
    if (!blocked) {
      // Settles with the open, or earlier with the blocked error when another tab holds the upgrade.
      return new Promise((resolve, reject) => {
        waiting.add(reject);
        opened.then(resolve, reject).finally(() => waiting.delete(reject));
      });
    }
    return Promise.reject(blocked);
  };

  /** The database in `idb`'s wrapper, for the writes. */
  const wrapped = async (): Promise<IDBPDatabase> => Promise.all([db(), idb()]).then(([d, { wrap }]) => wrap(d));

  /** The open that creates or upgrades the database (with `idb`). */
  const openFull = async (): Promise<IDBDatabase> => {
    // Both before the open: awaiting a module inside the upgrade would let its transaction commit.
    const [{ openDB, unwrap }, project] = await Promise.all([idb(), projection()]);
    return openDB(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) =>
        upgrade(database as IDBPDatabase, oldVersion, tx as never, unwrap(tx), project.createProjection),
      blocked: () => {
        // The open goes on and completes once the other tab closes; until then the person is told.
        blocked = new TaiwaBlockedError(
          'Taiwa is open in another tab with an older version, so this page cannot open its storage yet. Close the other tab; this page carries on by itself.',
          (dbPromise ?? Promise.resolve()).then(
            () => undefined,
            () => undefined,
          ),
        );
        waiting.forEach((reject) => reject(blocked!));
        waiting.clear();
      },
      terminated: () => (dbPromise = undefined),
    }).then((d) => unwrap(d));
  };

  const open = (): Promise<IDBDatabase> => {
    if (!dbPromise) {
      if (typeof indexedDB === 'undefined') {
        return Promise.reject(
          new TaiwaStorageError(
            'unavailable',
            'IndexedDB is not available in this browser (private mode, or site storage is turned off), so Taiwa cannot save here.',
          ),
        );
      }
      // The browser closing the database (storage cleared) means the next operation opens it again.
      const current = openCurrent(name, DB_VERSION).then(
        (d) => (d?.addEventListener('close', () => (dbPromise = undefined)), d ?? openFull()),
      );
      dbPromise = current.then(
        (database) => {
          blocked = undefined;
          // Another tab upgrading: step aside instead of blocking it.
          database.addEventListener('versionchange', () => {
            database.close();
            dbPromise = undefined;
          });
          return database;
        },
        (err: unknown) => {
          dbPromise = undefined;
          blocked = undefined;
          throw storageErrorOf(err, 'Taiwa cannot use this browser’s storage');
        },
      );
    }
    return dbPromise;
  };

  const records = async () => (await db()).transaction('records', 'readonly').objectStore('records');

  /** The envelopes a record query reads, as stored. */
  const read = async (kind: RecordKind, query: RecordQuery): Promise<Envelope[]> => {
    if (!isKind(kind)) throw new TaiwaDataError({ kind: String(kind), reason: 'unknown record kind' });
    if (!plainQuery(query)) (await validation()).checkQuery(kind, query);
    let envelopes: Envelope[];
    try {
      const store = await records();
      if (query.sessionId !== undefined && kind === 'session') {
        const one = (await done(store.get([kind, query.sessionId]))) as Envelope | undefined;
        envelopes = one ? [one] : [];
      } else if (query.sessionId !== undefined) {
        envelopes = await done(store.index('by-session').getAll([kind, query.sessionId]));
      } else if (query.personId !== undefined) {
        envelopes = await done(store.index('by-person').getAll(`${kind}|${query.personId}`));
      } else {
        // Arrays sort after strings, so [kind] .. [kind, []] spans every [kind, id].
        envelopes = await done(store.getAll(IDBKeyRange.bound([kind], [kind, []])));
      }
    } catch (err) {
      throw storageErrorOf(err, `The ${kind} records were not read`);
    }
    const found = envelopes.filter((e) => matches(e.value, query, kind));
    for (const e of found) seen.set(`${kind}|${e.id}`, String(e.revision ?? 1));
    return found;
  };

  const readPeople = async (): Promise<Envelope[]> => {
    try {
      return (await done((await records()).getAll(peopleRange()))) as Envelope[];
    } catch (err) {
      throw storageErrorOf(err, 'The people were not read');
    }
  };

  const answer = (envelopes: Envelope[], stamp: number): CheckedAnswer => ({
    values: envelopes.map((e) => e.value),
    allChecked: envelopes.every((e) => e.checked === stamp),
  });

  return {
    local: true,
    name,
    async [checkedRead](stamp: number, kind: RecordKind | 'person', query: RecordQuery = {}) {
      return answer(kind === 'person' ? await readPeople() : await read(kind, query ?? {}), stamp);
    },
    async put<K extends RecordKind>(kind: K, record: RecordMap[K], options?: WriteOptions) {
      const [{ parseRecord }, { packed, PROJECTION, putPacked }] = await Promise.all([validation(), projection()]);
      const parsed = parseRecord(kind, record);
      if (!parsed.ok) throw parsed.error;
      const id = parsed.value.id;
      let revision = 0;
      try {
        // The check and the write in one transaction: another tab's write cannot come between them.
        // Feedback keeps its strengths projection in step, in the same transaction.
        const [database, { unwrap }] = await Promise.all([wrapped(), idb()]);
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
        await Promise.all([store.put({ ...envelope(kind, id, parsed.value), revision, checked: CHECKED_WITH }), projected, tx.done]);
      } catch (err) {
        if (err instanceof TaiwaConflictError) {
          if (err.revision) seen.set(`${kind}|${id}`, err.revision);
          throw err;
        }
        throw storageErrorOf(err, 'Not saved');
      }
      seen.set(`${kind}|${id}`, String(revision));
      return { revision: String(revision) };
    },
    revisionOf(kind, id) {
      return seen.get(`${kind}|${id}`);
    },
    async query<K extends RecordKind>(kind: K, query: RecordQuery = {}) {
      // Values are returned as stored; the caller's validation turns a bad one into a TaiwaDataError.
      return (await read(kind, query ?? {})).map((e) => e.value) as RecordMap[K][];
    },
    async aggregate<I extends InsightKind>(insight: I, query: InsightQueries[I] = {}): Promise<InsightResults[I]> {
      const threshold = options.workerThreshold ?? 5000;
      if (HR_INSIGHTS.includes(insight)) {
        const { aggregateHr } = await import('./indexeddb-hr.js');
        return (await aggregateHr(await db(), { name, version: DB_VERSION, insight, query }, threshold)) as InsightResults[I];
      }
      if (insight !== 'strengths') throw new TaiwaDataError({ kind: 'insight', reason: `unknown insight ${String(insight)}` });
      try {
        const [raw, { atLeast, readStrengths }] = await Promise.all([db(), import('./indexeddb-strengths.js')]);
        if (typeof Worker === 'function' && threshold !== Infinity && (await atLeast(raw, query, threshold))) {
          try {
            // Only for a large read: a small one computes here and never waits for this module.
            const { inWorker } = await import('./strengths-in-worker.js');
            return (await inWorker({ name, version: DB_VERSION, query })) as InsightResults[I];
          } catch (err) {
            // The Worker could not run here (blocked by a policy, not bundled): the same work on this thread.
            console.warn('[taiwa] strengths: computing on the main thread;', err);
          }
        }
        return (await readStrengths(raw, query)) as InsightResults[I];
      } catch (err) {
        throw storageErrorOf(err, 'The feedback was not read');
      }
    },
    async setPeople(people) {
      const valid = (await validation()).checkPeople(people);
      try {
        const tx = (await wrapped()).transaction('records', 'readwrite', { durability: 'strict' });
        await Promise.all([
          tx.store.delete(peopleRange()),
          ...valid.map((p) => tx.store.put({ kind: 'person', id: p.id, value: p, checked: CHECKED_WITH })),
          tx.done,
        ]);
      } catch (err) {
        throw storageErrorOf(err, 'The people were not saved');
      }
    },
    async people() {
      return (await readPeople()).map((e) => e.value as Person);
    },
    close() {
      void dbPromise?.then(
        (d) => d.close(),
        () => undefined,
      );
      dbPromise = undefined;
    },
    async destroy() {
      this.close();
      try {
        await (await idb()).deleteDB(name);
      } catch (err) {
        throw storageErrorOf(err, `${name} was not deleted`);
      }
    },
  };
}
