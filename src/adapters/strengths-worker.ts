/**
 * The strengths insight off the main thread: a module Worker that opens the IndexedDB adapter's
 * database itself, reads and computes there, and posts back only the (small) map. Started by
 * `createIndexedDbAdapter` when the data are large; see indexeddb-strengths.ts.
 */
import type { InsightQueries } from '../model/insights.js';
import { readStrengths } from './indexeddb-strengths.js';

export interface StrengthsJob {
  name: string;
  version: number;
  query: InsightQueries['strengths'];
}

function open(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    // The database must exist at this version already (the adapter opened it): never create one here.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`${name} could not be opened`));
  });
}

self.onmessage = async (e: MessageEvent<StrengthsJob>) => {
  const { name, version, query } = e.data;
  let db: IDBDatabase | undefined;
  try {
    db = await open(name, version);
    self.postMessage({ ok: true, result: await readStrengths(db, query) });
  } catch (err) {
    const { name: errorName, message } = (err ?? {}) as { name?: string; message?: string };
    self.postMessage({ ok: false, name: errorName ?? 'Error', message: message ?? String(err) });
  } finally {
    db?.close();
  }
};
