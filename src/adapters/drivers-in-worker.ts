/**
 * `computeDrivers` in module Workers (`drivers-worker.ts`): 1,000 bootstrap resamples over many
 * members never block the page. A large run is split over two Workers (where the device has two
 * cores or more), each computing half of the resamples; the halves join to the same result as one
 * computation (`mergeDrivers`). Where a Worker cannot start (a policy, no bundling), its part runs
 * on this thread; a bad input rejects either way.
 */
import { type DriverInput, type DriverOptions, type DriversResult } from '../insights/drivers.js';
import { driversPart, mergeDrivers, options as normalise } from '../insights/drivers-bootstrap.js';
import { toColumns, type DriverColumns } from '../insights/drivers-columns.js';
import type { DriversJob } from './drivers-worker.js';

export interface DriversWorkerOptions extends DriverOptions {
  /** Workers to split the resamples over. Default: 2 for a large run on a device with ≥ 2 cores, else 1. */
  workers?: number;
}

type Part = Awaited<ReturnType<typeof driversPart>>;
type Reply = { ok: true; part: Part } | { ok: false; name: string; message: string };

/** Below this many row-resamples one Worker is quicker than starting two. */
const SPLIT_FROM = 2_000_000;

function defaultWorkers(n: number, resamples: number): number {
  const cores = typeof navigator === 'object' ? navigator.hardwareConcurrency || 1 : 1;
  return n * resamples >= SPLIT_FROM && cores >= 2 ? 2 : 1;
}

function runPart(job: DriversJob, signal?: AbortSignal): Promise<Part> {
  const here = () => driversPart(job.input, job.options, job.from, job.to);
  if (typeof Worker !== 'function') return Promise.resolve().then(here);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./drivers-worker.js', import.meta.url), { type: 'module', name: 'taiwa-drivers' });
    } catch {
      Promise.resolve().then(here).then(resolve, reject);
      return;
    }
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = (e: MessageEvent<Reply>) => {
      stop();
      if (e.data.ok) resolve(e.data.part);
      else reject(Object.assign(new Error(e.data.message), { name: e.data.name }));
    };
    worker.onerror = (e) => {
      stop();
      e.preventDefault();
      try {
        resolve(here());
      } catch (err) {
        reject(err);
      }
    };
    worker.postMessage(job);
  });
}

export async function driversInWorker(input: DriverInput | DriverColumns, options: DriversWorkerOptions = {}, signal?: AbortSignal): Promise<DriversResult> {
  const { workers, ...driverOptions } = options;
  const { resamples } = normalise(driverOptions);
  const columns = toColumns(input);
  const count = Math.max(1, Math.min(Math.floor(workers ?? defaultWorkers(columns.n, resamples)), 8, Math.max(1, resamples)));
  const jobs: DriversJob[] = Array.from({ length: count }, (_, i) => ({
    input: columns,
    options: driverOptions,
    from: Math.round((resamples * i) / count),
    to: Math.round((resamples * (i + 1)) / count),
  }));
  const parts = await Promise.all(jobs.map((job) => runPart(job, signal)));
  return mergeDrivers(parts, driverOptions);
}
