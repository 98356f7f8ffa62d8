/**
 * The HR insights over the IndexedDB adapter's database: the sessions, series, feedback and
 * pulses read in one transaction and computed with `src/insights/hr.ts`; in a module Worker
 * (`hr-worker.ts`, which opens the same database itself) when the records are many, so a
 * thousand bootstrap resamples never block the page.
 */
import { storageErrorOf } from '../model/storage-errors.js';
import type { HrSource } from '../insights/hr.js';
import { hrInsight } from '../insights/hr-dispatch.js';

export interface HrJob {
  name: string;
  version: number;
  insight: string;
  query: unknown;
}

const KINDS = ['session', 'series', 'feedback', 'pulse'] as const;

/** Every record of the four kinds, as stored (the answer is validated by the guard). */
export function readHrSource(db: IDBDatabase): Promise<{ source: HrSource; count: number }> {
  return new Promise((resolve, reject) => {
    try {
      const store = db.transaction('records', 'readonly').objectStore('records');
      const out: Record<string, unknown[]> = {};
      let left = KINDS.length;
      let count = 0;
      for (const kind of KINDS) {
        const req = store.getAll(IDBKeyRange.bound([kind], [kind, []]));
        req.onsuccess = () => {
          out[kind] = (req.result as Array<{ value: unknown }>).map((e) => e.value);
          count += req.result.length;
          if (--left === 0)
            resolve({ source: { sessions: out.session, series: out.series, feedback: out.feedback, pulse: out.pulse } as HrSource, count });
        };
        req.onerror = () => reject(storageErrorOf(req.error, 'The records were not read'));
      }
    } catch (err) {
      reject(storageErrorOf(err, 'The records were not read'));
    }
  });
}

/** Counts the records the insight reads, to choose the thread. */
export function countHr(db: IDBDatabase): Promise<number> {
  return new Promise((resolve, reject) => {
    const store = db.transaction('records', 'readonly').objectStore('records');
    let total = 0;
    let left = KINDS.length;
    for (const kind of KINDS) {
      const req = store.count(IDBKeyRange.bound([kind], [kind, []]));
      req.onsuccess = () => {
        total += req.result;
        if (--left === 0) resolve(total);
      };
      req.onerror = () => reject(storageErrorOf(req.error, 'The records were not counted'));
    }
  });
}

/** Runs an HR job in a module Worker; rejects if the Worker fails to start. */
export function hrInWorker(job: HrJob): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./hr-worker.js', import.meta.url), { type: 'module', name: 'taiwa-hr' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<{ ok: true; result: unknown } | { ok: false; name: string; message: string }>) => {
      done();
      if (e.data.ok) resolve(e.data.result);
      else reject(Object.assign(new Error(e.data.message), { name: e.data.name }));
    };
    worker.onerror = (e) => {
      done();
      e.preventDefault();
      reject(new Error(`the HR insights worker failed: ${e.message || 'it did not load'}`));
    };
    worker.postMessage(job);
  });
}

/** The insight on this thread or in a Worker (from `threshold` records; `Infinity`: never). */
export async function aggregateHr(db: IDBDatabase, job: HrJob, threshold: number): Promise<unknown> {
  if (typeof Worker === 'function' && threshold !== Infinity && (threshold <= 0 || (await countHr(db)) >= threshold)) {
    try {
      return await hrInWorker(job);
    } catch (err) {
      if ((err as Error).name === 'RangeError') throw err;
      console.warn('[taiwa] HR insights: computing on the main thread;', err);
    }
  }
  const { source } = await readHrSource(db);
  return hrInsight(job.insight, job.query, source);
}
