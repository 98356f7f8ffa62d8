/**
 * The IndexedDB adapter's aggregates, loaded with the first one: the HR insights and strengths read
 * through the database's keys and indexes, in a Worker when the read is large.
 */
import { TaiwaDataError } from '../model/data-error.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import type { IndexedDbHandle } from './indexeddb-types.js';

const HR_INSIGHTS: readonly string[] = ['cadence', 'drivers', 'effect', 'pulse'];

export async function aggregate<I extends InsightKind>(
  handle: IndexedDbHandle,
  insight: I,
  query: InsightQueries[I],
): Promise<InsightResults[I]> {
  const { name, db } = handle;
  const threshold = handle.options.workerThreshold ?? 5000;
  if (HR_INSIGHTS.includes(insight)) {
    const { aggregateHr } = await import('./indexeddb-hr.js');
    return (await aggregateHr(await db(), { name, version: handle.version, insight, query }, threshold)) as InsightResults[I];
  }
  if (insight !== 'strengths') throw new TaiwaDataError({ kind: 'insight', reason: `unknown insight ${String(insight)}` });
  try {
    const q = query as InsightQueries['strengths'];
    // Every manager's records come from the projection: its module loads beside the read's, not after it.
    if (!(q.own && q.managerId !== undefined)) void import('./indexeddb-projection.js').catch(() => undefined);
    const [raw, { atLeast, readStrengths }] = await Promise.all([db(), import('./indexeddb-strengths.js')]);
    if (typeof Worker === 'function' && threshold !== Infinity && (await atLeast(raw, query, threshold))) {
      try {
        // Only for a large read: a small one computes here and never waits for this module.
        const { inWorker } = await import('./strengths-in-worker.js');
        return (await inWorker({ name, version: handle.version, query })) as InsightResults[I];
      } catch (err) {
        // The Worker could not run here (blocked by a policy, not bundled): the same work on this thread.
        console.warn('[taiwa] strengths: computing on the main thread;', err);
      }
    }
    return (await readStrengths(raw, query, handle.checked)) as InsightResults[I];
  } catch (err) {
    // The words for a failure load with the failure, not with every map.
    const { storageErrorOf } = await import('../model/storage-errors.js').catch(() => ({ storageErrorOf: (e: unknown) => e }));
    throw storageErrorOf(err, 'The feedback was not read');
  }
}
