/**
 * The strengths insight read where the records live: the feedback a query needs, streamed out of
 * the IndexedDB adapter's database (in pages by key, or through the `by-person` index for a
 * manager's own map), checked with the narrow schema, and computed with `src/insights`. On the raw
 * IndexedDB API, so the same code runs on the main thread and in `strengths-worker.ts`. A failure
 * is the browser's error as it came: its callers (`indexeddb-aggregate.ts`, `strengths-in-worker.ts`)
 * put it in a member's words, so a page that only shows a map never loads that mapping.
 */
import type { InsightQueries, InsightResults } from '../model/insights.js';
import { StrengthsAccumulator } from '../insights/strengths-aggregate.js';

/**
 * Every `[kind, id]` key of feedback in `records` (as `indexeddb-projection.ts` has it): defined
 * here too so that a manager's own map, read through the `by-person` index, never loads the
 * projection's module.
 */
const feedbackRange = () => IDBKeyRange.bound(['feedback'], ['feedback', []]);

type Query = InsightQueries['strengths'];

/** Records read per request: large enough to amortise a request, small enough to stream. */
const PAGE = 5000;

const isOwn = (q: Query) => q.own === true && q.managerId !== undefined;

/**
 * Whether the query would read at least `n` stored records: a key cursor that skips `n − 1` keys,
 * so the store never counts (or sends) the rest. A count is a walk of every key: 100,000 feedback
 * records cost the browser a few hundred ms of CPU for a number only compared with `n`.
 */
export function atLeast(db: IDBDatabase, query: Query, n: number): Promise<boolean> {
  if (n <= 0) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    try {
      const store = db.transaction('records', 'readonly').objectStore('records');
      const req = isOwn(query)
        ? store.index('by-person').openKeyCursor(`feedback|${query.managerId}`)
        : store.openKeyCursor(feedbackRange());
      let skipped = false;
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor || skipped || n === 1) return resolve(cursor !== null);
        skipped = true;
        cursor.advance(n - 1);
      };
      req.onerror = () => reject(req.error ?? new Error('the read failed'));
    } catch (err) {
      reject(err);
    }
  });
}

function request<T>(db: IDBDatabase, open: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      const req = open(db.transaction('records', 'readonly').objectStore('records'));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('the read failed'));
    } catch (err) {
      reject(err);
    }
  });
}

type Envelope = { kind: string; id: string; value: unknown; checked?: number };

/**
 * The strengths answer from the records in `db`. A record the adapter checked on its way in (its
 * envelope carries `stamp`, the schemas' `CHECKED_WITH`, handed in by the caller) is read as it is; the others are checked with the narrow schema
 * once the read is done (zod loads only then), and every one that fails is counted.
 */
export async function readStrengths(db: IDBDatabase, query: Query, stamp: number): Promise<InsightResults['strengths']> {
  const unchecked: unknown[] = [];
  const acc = new StrengthsAccumulator(query, () => false);
  const take = (e: Envelope) => {
    if (e.checked === stamp) acc.add(e.value, true);
    else unchecked.push(e.value);
  };
  const finish = async () => {
    if (unchecked.length === 0) return acc.result();
    const { strengthFeedbackCheck } = await import('../insights/strengths-check.js');
    const later = new StrengthsAccumulator(query, strengthFeedbackCheck);
    for (const value of unchecked) later.add(value);
    return mergeInto(acc, later);
  };
  if (isOwn(query)) {
    // A manager's own records: one walk of the index (they are a small share of the database).
    await new Promise<void>((resolve, reject) => {
      try {
        const tx = db.transaction('records', 'readonly');
        const req = tx.objectStore('records').index('by-person').openCursor(`feedback|${query.managerId}`);
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return;
          take(cursor.value as Envelope);
          cursor.continue();
        };
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('the read was aborted'));
      } catch (err) {
        reject(err);
      }
    });
    return finish();
  }
  // Every feedback record: from the projection (indexeddb-projection.ts) when it agrees with `records`.
  const projected = await import('./indexeddb-projection.js').then(({ readProjection }) => readProjection(db));
  if (projected) {
    for (const record of projected.records) acc.add(record, true);
    unchecked.push(...projected.unchecked);
    return finish();
  }
  // Else a page at a time in key order: never the whole store at once. The next
  // page is asked for before this one is checked, so the store reads while this thread works.
  const pageFrom = (range: IDBKeyRange) => request(db, (store) => store.getAll(range, PAGE) as IDBRequest<Envelope[]>);
  let next: Promise<Envelope[]> | undefined = pageFrom(feedbackRange());
  while (next) {
    const page: Envelope[] = await next;
    const last = page[page.length - 1];
    next = page.length === PAGE && last ? pageFrom(IDBKeyRange.bound([last.kind, last.id], ['feedback', []], true, false)) : undefined;
    for (const e of page) take(e);
  }
  return finish();
}

/** `later`'s records (and its count of invalid ones) added to `acc`'s, then the answer. */
function mergeInto(acc: StrengthsAccumulator, later: StrengthsAccumulator): InsightResults['strengths'] {
  for (const record of later.kept()) acc.add(record, true);
  acc.invalid += later.invalid;
  return acc.result();
}
