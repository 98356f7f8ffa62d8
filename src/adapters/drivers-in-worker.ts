/**
 * `computeDrivers` in a module Worker (`drivers-worker.ts`): 1,000 bootstrap resamples over many
 * members never block the page. Where a Worker cannot start (a policy, no bundling), the same
 * computation runs on this thread; a bad input rejects either way.
 */
import { computeDrivers, type DriverInput, type DriverOptions, type DriversResult } from '../insights/drivers.js';
import type { DriversJob } from './drivers-worker.js';

export function driversInWorker(input: DriverInput, options: DriverOptions = {}, signal?: AbortSignal): Promise<DriversResult> {
  if (typeof Worker !== 'function') return Promise.resolve(computeDrivers(input, options));
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./drivers-worker.js', import.meta.url), { type: 'module', name: 'taiwa-drivers' });
    } catch {
      resolve(computeDrivers(input, options));
      return;
    }
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = (e: MessageEvent<{ ok: true; result: DriversResult } | { ok: false; name: string; message: string }>) => {
      stop();
      if (e.data.ok) resolve(e.data.result);
      else reject(Object.assign(new Error(e.data.message), { name: e.data.name }));
    };
    worker.onerror = (e) => {
      stop();
      e.preventDefault();
      try {
        resolve(computeDrivers(input, options));
      } catch (err) {
        reject(err);
      }
    };
    const job: DriversJob = { input, options };
    worker.postMessage(job);
  });
}
