/**
 * The strengths insight read where the records live: the feedback a query needs, streamed out of
 * the IndexedDB adapter's database (in pages by key, or through the `by-person` index for a
 * manager's own map), checked with the narrow schema, and computed with `src/insights`. On the raw
 * IndexedDB API, so the same code runs on the main thread and in `strengths-worker.ts`.
 */
import type { InsightQueries, InsightResults } from '../model/insights.js';
import { storageErrorOf } from '../model/errors.js';
import { StrengthsAccumulator } from '../insights/strengths-aggregate.js';

type Query = InsightQueries['strengths'];

/** Records read per request: large enough to amortise a request, small enough to stream. */
const PAGE = 5000;

/** Every `[kind, id]` key of feedback: arrays sort after strings, so `['feedback', []]` ends it. */
const feedbackRange = () => IDBKeyRange.bound(['feedback'], ['feedback', []]);
const isOwn = (q: Query) => q.own === true && q.managerId !== undefined;

/** How many stored records the query would read (a cheap count, to choose where to compute). */
export function countFor(db: IDBDatabase, query: Query): Promise<number> {
  return request(db, (store) => (isOwn(query) ? store.index('by-person').count(`feedback|${query.managerId}`) : store.count(feedbackRange())));
}

function request<T>(db: IDBDatabase, open: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      const req = open(db.transaction('records', 'readonly').objectStore('records'));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(storageErrorOf(req.error, 'The feedback was not read'));
    } catch (err) {
      reject(storageErrorOf(err, 'The feedback was not read'));
    }
  });
}

type Envelope = { kind: string; id: string; value: unknown };

/** The strengths answer from the records in `db`: every record that fails the narrow schema is counted. */
export async function readStrengths(db: IDBDatabase, query: Query = {}): Promise<InsightResults['strengths']> {
  const acc = new StrengthsAccumulator(query);
  if (isOwn(query)) {
    // A manager's own records: one walk of the index (they are a small share of the database).
    await new Promise<void>((resolve, reject) => {
      try {
        const tx = db.transaction('records', 'readonly');
        const req = tx.objectStore('records').index('by-person').openCursor(`feedback|${query.managerId}`);
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return;
          acc.add((cursor.value as Envelope).value);
          cursor.continue();
        };
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(storageErrorOf(tx.error, 'The feedback was not read'));
      } catch (err) {
        reject(storageErrorOf(err, 'The feedback was not read'));
      }
    });
    return acc.result();
  }
  // Every feedback record, a page at a time in key order: never the whole store at once. The next
  // page is asked for before this one is checked, so the store reads while this thread works.
  const pageFrom = (range: IDBKeyRange) => request(db, (store) => store.getAll(range, PAGE) as IDBRequest<Envelope[]>);
  let next: Promise<Envelope[]> | undefined = pageFrom(feedbackRange());
  while (next) {
    const page: Envelope[] = await next;
    const last = page[page.length - 1];
    next = page.length === PAGE && last ? pageFrom(IDBKeyRange.bound([last.kind, last.id], ['feedback', []], true, false)) : undefined;
    for (const e of page) acc.add(e.value);
  }
  return acc.result();
}
