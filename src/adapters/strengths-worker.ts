/**
 * The strengths insight off the main thread: a module Worker that opens the IndexedDB adapter's
 * database itself, reads and computes there, and posts back only the (small) map. Started by
 * `createIndexedDbAdapter` when the data are large; see indexeddb-strengths.ts.
 */
import type { InsightQueries } from '../model/insights.js';
import { readStrengths } from './indexeddb-strengths.js';
import { openAt } from './indexeddb-current.js';
import { CHECKED_WITH } from '../model/records.js';

export interface StrengthsJob {
  name: string;
  version: number;
  query: InsightQueries['strengths'];
}

self.onmessage = async (e: MessageEvent<StrengthsJob>) => {
  const { name, version, query } = e.data;
  let db: IDBDatabase | undefined;
  // Every manager's records come from the projection: its module loads while the database opens.
  if (!(query.own && query.managerId !== undefined)) void import('./indexeddb-projection.js').catch(() => undefined);
  try {
    db = await openAt(name, version);
    self.postMessage({ ok: true, result: await readStrengths(db, query, CHECKED_WITH) });
  } catch (err) {
    const { name: errorName, message } = (err ?? {}) as { name?: string; message?: string };
    self.postMessage({ ok: false, name: errorName ?? 'Error', message: message ?? String(err) });
  } finally {
    db?.close();
  }
};
