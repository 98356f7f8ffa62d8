/**
 * The HR insights off the main thread: a module Worker that opens the IndexedDB adapter's
 * database itself, reads the records there and posts back only the (small) aggregate.
 */
import { hrInsight } from '../insights/hr-dispatch.js';
import { readHrSource, type HrJob } from './indexeddb-hr.js';

function open(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    // The database must exist at this version already (the adapter opened it): never create one here.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`${name} could not be opened`));
  });
}

self.onmessage = async (e: MessageEvent<HrJob>) => {
  const { name, version, insight, query } = e.data;
  let db: IDBDatabase | undefined;
  try {
    db = await open(name, version);
    const { source } = await readHrSource(db);
    self.postMessage({ ok: true, result: hrInsight(insight, query, source) });
  } catch (err) {
    const { name: errorName, message } = (err ?? {}) as { name?: string; message?: string };
    self.postMessage({ ok: false, name: errorName ?? 'Error', message: message ?? String(err) });
  } finally {
    db?.close();
  }
};
