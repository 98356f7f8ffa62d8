import { TaiwaDataError } from '../model/errors.js';
import { isRecordKind, parseRecord } from '../model/validate.js';
import type { RecordKind, RecordMap } from '../model/records.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import { StrengthsAccumulator } from '../insights/strengths-aggregate.js';
import { hrInsight, isHrInsight } from '../insights/hr-dispatch.js';
import { matches, type RecordQuery, type TaiwaAdapter } from './types.js';

export interface MemoryAdapter extends TaiwaAdapter {
  readonly local: true;
  /** Aggregates over the stored records (strengths), computed with `src/insights`. */
  aggregate<I extends InsightKind>(insight: I, query?: InsightQueries[I]): Promise<InsightResults[I]>;
  /** Every stored record of a kind, for hosts that only listen and for tests. */
  all<K extends RecordKind>(kind: K): RecordMap[K][];
}

/**
 * An adapter that keeps records in memory for the life of the page: for tests, and for hosts that
 * only listen to Taiwa's events. Writes are validated and stored as copies.
 */
export function createMemoryAdapter(seed: Partial<{ [K in RecordKind]: RecordMap[K][] }> = {}): MemoryAdapter {
  const stores = new Map<RecordKind, Map<string, unknown>>();
  const storeOf = (kind: RecordKind) => {
    let store = stores.get(kind);
    if (!store) stores.set(kind, (store = new Map()));
    return store;
  };
  for (const [kind, records] of Object.entries(seed) as [RecordKind, unknown[]][]) {
    for (const r of records) storeOf(kind).set((r as { id: string }).id, structuredClone(r));
  }
  return {
    local: true,
    async put(kind, record) {
      const parsed = parseRecord(kind, record);
      if (!parsed.ok) throw parsed.error;
      storeOf(kind).set(parsed.value.id, structuredClone(parsed.value));
    },
    async query<K extends RecordKind>(kind: K, query: RecordQuery) {
      if (!isRecordKind(kind)) throw new TaiwaDataError({ kind: String(kind), reason: 'unknown record kind' });
      return [...storeOf(kind).values()].filter((r) => matches(r, query, kind)).map((r) => structuredClone(r)) as RecordMap[K][];
    },
    /** Aggregates over the stored records, through the one implementation in `src/insights`. */
    async aggregate<I extends InsightKind>(insight: I, query: InsightQueries[I] = {}): Promise<InsightResults[I]> {
      if (isHrInsight(insight)) {
        const all = <K extends RecordKind>(kind: K) => [...storeOf(kind).values()] as RecordMap[K][];
        return hrInsight(insight, query, { sessions: all('session'), series: all('series'), feedback: all('feedback'), pulse: all('pulse') }) as InsightResults[I];
      }
      if (insight !== 'strengths') throw new TaiwaDataError({ kind: 'insight', reason: `unknown insight ${String(insight)}` });
      const acc = new StrengthsAccumulator(query);
      // Read in place: the computation copies nothing out of a record.
      for (const r of storeOf('feedback').values()) acc.add(r);
      return acc.result() as InsightResults[I];
    },
    all<K extends RecordKind>(kind: K) {
      return [...storeOf(kind).values()].map((r) => structuredClone(r)) as RecordMap[K][];
    },
  };
}
