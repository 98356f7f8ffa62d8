/**
 * The HR insights off the main thread: a module Worker that opens the IndexedDB adapter's
 * database itself, reads the records there and posts back only the (small) aggregate.
 */
import { hrInsight } from '../insights/hr-dispatch.js';
import { readHrSource, type HrJob } from './indexeddb-hr.js';
import { openAt } from './indexeddb-current.js';

self.onmessage = async (e: MessageEvent<HrJob>) => {
  const { name, version, insight, query } = e.data;
  let db: IDBDatabase | undefined;
  try {
    db = await openAt(name, version);
    const { source } = await readHrSource(db);
    self.postMessage({ ok: true, result: hrInsight(insight, query, source) });
  } catch (err) {
    const { name: errorName, message } = (err ?? {}) as { name?: string; message?: string };
    self.postMessage({ ok: false, name: errorName ?? 'Error', message: message ?? String(err) });
  } finally {
    db?.close();
  }
};
