import { TaiwaDataError } from '../model/records.js';
import type { Person } from '../model/schemas.js';
import { peopleOf, RECORD_KINDS, type RecordKind, type RecordMap } from '../model/records.js';
import type { RecordQuery } from './types.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import { databaseName, DB_VERSION, done, openCurrent, peopleRange } from './indexeddb-current.js';
import type { Envelope } from './indexeddb-schema.js';
import { checkedRead, CHECKED_WITH, plainQuery, type CheckedAnswer } from '../model/records.js';
import type { IndexedDbAdapter, IndexedDbAdapterOptions, IndexedDbHandle } from './indexeddb-types.js';

export type { IndexedDbAdapter, IndexedDbAdapterOptions } from './indexeddb-types.js';
export { DB_VERSION } from './indexeddb-current.js';

/**
 * This module is the read half: what showing stored records needs. The rest loads when first
 * needed: validation (zod/mini and the schemas) for a write or a query the cheap look cannot pass;
 * the writes, the full open (`idb`, creating or upgrading the database) and their errors' messages
 * (indexeddb-write.ts) for a write, a new database or an upgrade; the insights for an aggregate.
 */
const validation = () => import('./indexeddb-validate.js');
const writes = () => import('./indexeddb-write.js');
/** The storage errors and their messages (storage-errors.ts), for a read that failed. */
const failure = async (err: unknown, what: string) => (await import('../model/storage-errors.js')).storageErrorOf(err, what);
const isKind = (kind: unknown): kind is RecordKind => typeof kind === 'string' && (RECORD_KINDS as readonly string[]).includes(kind);

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
  let blocked: Error | undefined;
  const waiting = new Set<(err: Error) => void>();

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

  const handle: IndexedDbHandle = {
    name,
    options,
    seen: new Map(),
    db,
    opening: () => dbPromise,
    block(error) {
      blocked = error;
      waiting.forEach((reject) => reject(error));
      waiting.clear();
    },
    forget: () => (dbPromise = undefined),
    version: DB_VERSION,
    peopleRange,
    checked: CHECKED_WITH,
    peopleOf,
    close() {
      void dbPromise?.then(
        (d) => d.close(),
        () => undefined,
      );
      dbPromise = undefined;
    },
  };

  const open = (): Promise<IDBDatabase> => {
    if (!dbPromise) {
      if (typeof indexedDB === 'undefined') {
        // Its words load with the failure (a page where IndexedDB works never needs them).
        return import('../model/storage-errors.js').then((e) => Promise.reject(e.noIndexedDb()));
      }
      // The browser closing the database (storage cleared) means the next operation opens it again.
      const current = openCurrent(name, DB_VERSION).then(
        (d) => (d?.addEventListener('close', () => (dbPromise = undefined)), d ?? writes().then((w) => w.openFull(handle))),
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
        async (err: unknown) => {
          dbPromise = undefined;
          blocked = undefined;
          throw await failure(err, 'Taiwa cannot use this browser’s storage');
        },
      );
    }
    return dbPromise;
  };

  const records = async () => (await db()).transaction('records', 'readonly').objectStore('records');

  /** The envelopes a record query reads, as stored. */
  const read = async (kind: RecordKind, query: RecordQuery): Promise<Envelope[]> => {
    if (!isKind(kind)) throw new TaiwaDataError({ kind: String(kind), reason: 'unknown record kind' });
    // An unusual query (dates, unknown keys) is checked, and filtered in memory, with the validation.
    const unusual = plainQuery(query) ? undefined : await validation();
    unusual?.checkQuery(kind, query);
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
      throw await failure(err, `The ${kind} records were not read`);
    }
    // A plain query's index read is its answer, but for a person within a session.
    const { personId } = query;
    const found = unusual
      ? envelopes.filter((e) => unusual.matches(e.value, query, kind))
      : personId !== undefined && query.sessionId !== undefined
        ? envelopes.filter((e) => peopleOf(e.value).includes(personId))
        : envelopes;
    for (const e of found) handle.seen.set(`${kind}|${e.id}`, String(e.revision ?? 1));
    return found;
  };

  const readPeople = async (): Promise<Envelope[]> => {
    try {
      return (await done((await records()).getAll(peopleRange()))) as Envelope[];
    } catch (err) {
      throw await failure(err, 'The people were not read');
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
    put: async (kind, record, writeOptions) => (await writes()).put(handle, kind, record, writeOptions),
    revisionOf(kind, id) {
      return handle.seen.get(`${kind}|${id}`);
    },
    async query<K extends RecordKind>(kind: K, query: RecordQuery = {}) {
      // Values are returned as stored; the caller's validation turns a bad one into a TaiwaDataError.
      return (await read(kind, query ?? {})).map((e) => e.value) as RecordMap[K][];
    },
    async aggregate<I extends InsightKind>(insight: I, query: InsightQueries[I] = {}): Promise<InsightResults[I]> {
      // The strengths code beside the module that calls it (one round trip, not two).
      if (insight === 'strengths') void import('./indexeddb-strengths.js').catch(() => undefined);
      return (await import('./indexeddb-aggregate.js')).aggregate(handle, insight, query);
    },
    setPeople: async (people) => (await writes()).setPeople(handle, people),
    async people() {
      return (await readPeople()).map((e) => e.value as Person);
    },
    close: () => handle.close(),
    destroy: async () => (await writes()).destroy(handle),
  };
}
