import { storageErrorOf } from '../model/storage-errors.js';
import type { InsightResults } from '../model/insights.js';
import type { StrengthsJob } from './strengths-worker.js';

/** Runs a strengths job in a module Worker that opens the same database; rejects if the Worker fails. */
export function inWorker(job: StrengthsJob): Promise<InsightResults['strengths']> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./strengths-worker.js', import.meta.url), { type: 'module', name: 'taiwa-strengths' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<{ ok: true; result: InsightResults['strengths'] } | { ok: false; name: string; message: string }>) => {
      done();
      if (e.data.ok) resolve(e.data.result);
      else reject(storageErrorOf(Object.assign(new Error(e.data.message), { name: e.data.name }), 'The feedback was not read'));
    };
    worker.onerror = (e) => {
      done();
      e.preventDefault();
      reject(new Error(`the strengths worker failed: ${e.message || 'it did not load'}`));
    };
    worker.postMessage(job);
  });
}

