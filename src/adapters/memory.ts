import { TaiwaDataError } from '../model/data-error.js';
import { checkQuery, isRecordKind, parseRecord } from '../model/validate.js';
import { Person } from '../model/schemas.js';
import type { RecordKind, RecordMap } from '../model/records.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import { StrengthsAccumulator } from '../insights/strengths-aggregate.js';
import { strengthFeedbackCheck } from '../insights/strengths-check.js';
import { hrInsight, isHrInsight } from '../insights/hr-dispatch.js';
import { checkPeople } from './people-check.js';
import { matches, nextRevision, type RecordQuery, type TaiwaAdapter, type WriteOptions, type WriteResult } from './types.js';

export interface MemoryAdapter extends TaiwaAdapter {
  readonly local: true;
  /** Aggregates over the stored records (strengths), computed with `src/insights`. */
  aggregate<I extends InsightKind>(insight: I, query?: InsightQueries[I]): Promise<InsightResults[I]>;
  /** Every stored record of a kind, for hosts that only listen and for tests. */
  all<K extends RecordKind>(kind: K): RecordMap[K][];
  /** The people the host gives (browser-only mode): what `people()` answers. Each is validated. */
  setPeople(people: readonly Person[]): void;
  people(): Promise<Person[]>;
  put<K extends RecordKind>(kind: K, record: RecordMap[K], options?: WriteOptions): Promise<WriteResult>;
  revisionOf(kind: RecordKind, id: string): string | undefined;
}

/**
 * An adapter that keeps records in memory for the life of the page: for tests, and for hosts that
 * only listen to Taiwa's events. Writes are validated and stored as copies.
 */
export function createMemoryAdapter(
  seed: Partial<{ [K in RecordKind]: RecordMap[K][] }> = {},
  options: { people?: readonly Person[] } = {},
): MemoryAdapter {
  let people = checkPeople(options.people ?? []);
  const stores = new Map<RecordKind, Map<string, unknown>>();
  const revisions = new Map<string, number>();
  const revKey = (kind: string, id: string) => `${kind}|${id}`;
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
    async put(kind, record, options) {
      const parsed = parseRecord(kind, record);
      if (!parsed.ok) throw parsed.error;
      const id = parsed.value.id;
      const store = storeOf(kind);
      const revision = revisions.get(revKey(kind, id)) ?? (store.has(id) ? 1 : undefined);
      const next = nextRevision(kind, id, revision === undefined ? undefined : { revision, value: store.get(id) }, options);
      store.set(id, structuredClone(parsed.value));
      revisions.set(revKey(kind, id), next);
      return { revision: String(next) };
    },
    revisionOf(kind, id) {
      const r = revisions.get(revKey(kind, id)) ?? (storeOf(kind).has(id) ? 1 : undefined);
      return r === undefined ? undefined : String(r);
    },
    async query<K extends RecordKind>(kind: K, query: RecordQuery) {
      if (!isRecordKind(kind)) throw new TaiwaDataError({ kind: String(kind), reason: 'unknown record kind' });
      checkQuery(kind, query);
      return [...storeOf(kind).values()].filter((r) => matches(r, query, kind)).map((r) => structuredClone(r)) as RecordMap[K][];
    },
    /** Aggregates over the stored records, through the one implementation in `src/insights`. */
    async aggregate<I extends InsightKind>(insight: I, query: InsightQueries[I] = {}): Promise<InsightResults[I]> {
      if (isHrInsight(insight)) {
        const all = <K extends RecordKind>(kind: K) => [...storeOf(kind).values()] as RecordMap[K][];
        return hrInsight(insight, query, { sessions: all('session'), series: all('series'), feedback: all('feedback'), pulse: all('pulse') }) as InsightResults[I];
      }
      if (insight !== 'strengths') throw new TaiwaDataError({ kind: 'insight', reason: `unknown insight ${String(insight)}` });
      const acc = new StrengthsAccumulator(query, strengthFeedbackCheck);
      // Read in place: the computation copies nothing out of a record.
      for (const r of storeOf('feedback').values()) acc.add(r);
      return acc.result() as InsightResults[I];
    },
    setPeople(next) {
      people = checkPeople(next);
    },
    async people() {
      return structuredClone(people);
    },
    all<K extends RecordKind>(kind: K) {
      return [...storeOf(kind).values()].map((r) => structuredClone(r)) as RecordMap[K][];
    },
  };
}
