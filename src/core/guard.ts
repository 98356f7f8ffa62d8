/**
 * What widgets talk to: any host adapter wrapped so that every value crossing it is validated, every
 * failure is a typed error, and a private memo never leaves the device through a remote adapter.
 * Aggregates come from the adapter's own `aggregate` (validated), or are computed here from its
 * records with `src/insights`, so widgets never compute from raw records themselves.
 */
import { TaiwaDataError, TaiwaStorageError, toError } from '../model/errors.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import type { Person } from '../model/schemas.js';
import type * as z from 'zod/mini';
import type { AggregateResult, GuardedAdapter, QueryResult, TaiwaAdapter } from '../model/adapter.js';
import { offDeviceRefusal, stripPrivateMemos } from '../model/privacy.js';
import { canReadChecked, checkedRead, CHECKED_WITH } from '../model/checked.js';
import type { RecordMap } from '../model/records.js';

/** The validation (zod/mini and the schemas), loaded when something unchecked crosses the seam. */
const validation = () => import('./guard-validate.js');

/** Insight kinds, known without the schemas (`insightSchemas` has the same keys; a test checks). */
const INSIGHTS: readonly string[] = ['strengths', 'strength-patterns', 'cadence', 'drivers', 'effect', 'pulse'];

export type { AggregateResult, GuardedAdapter, QueryResult } from '../model/adapter.js';

function failure(err: unknown, kind: string): Error {
  if (err instanceof TaiwaDataError || err instanceof TaiwaStorageError) return err;
  const e = toError(err);
  return new TaiwaStorageError('failed', `The backend could not handle ${kind} records: ${e.message}`, e);
}

/** One error for the records an aggregate left out: counted, not listed. */
function invalidError(count: number): TaiwaDataError {
  return new TaiwaDataError({
    kind: 'feedback',
    reason: `${count} record${count === 1 ? '' : 's'} failed validation and ${count === 1 ? 'was' : 'were'} left out`,
    count,
  });
}

const guards = new WeakMap<TaiwaAdapter, GuardedAdapter>();

export function guard(adapter: TaiwaAdapter): GuardedAdapter {
  const known = guards.get(adapter);
  if (known) return known;
  const guarded: GuardedAdapter = {
    adapter,
    async put(kind, record) {
      const { parseRecord } = await validation();
      const parsed = parseRecord(kind, record);
      if (!parsed.ok) throw parsed.error;
      let outgoing = parsed.value;
      if (adapter.local !== true) outgoing = stripPrivateMemos(kind, outgoing);
      const refused = adapter.local !== true && offDeviceRefusal(kind, outgoing);
      if (refused) throw refused;
      try {
        await adapter.put(kind, outgoing);
      } catch (err) {
        throw failure(err, kind);
      }
      return parsed.value;
    },
    async query(kind, query) {
      let raw: unknown;
      try {
        // The kit's own local adapter says whether it checked every record when it was written.
        if (canReadChecked(adapter)) {
          const { values, allChecked } = await adapter[checkedRead](CHECKED_WITH, kind, query);
          if (allChecked) return { records: values as RecordMap[typeof kind][], errors: [] };
          raw = values;
        } else {
          raw = await adapter.query(kind, query);
        }
      } catch (err) {
        throw failure(err, kind);
      }
      // In slices that yield to the page, with one (capped) error for every bad record together.
      return (await validation()).parseRecordsInSlices(kind, raw);
    },
    async aggregate<I extends InsightKind>(insight: I, query: InsightQueries[I] = {}): Promise<AggregateResult<I>> {
      if (!INSIGHTS.includes(insight)) throw new TaiwaDataError({ kind: 'insight', reason: `unknown insight ${String(insight)}` });
      // Strength patterns on a device-only adapter: from what this viewer holds (no backend's org).
      if (!adapter.aggregate || (insight === 'strength-patterns' && adapter.local === true)) return fallback(guarded, insight, query);
      let raw: unknown;
      try {
        raw = await adapter.aggregate(insight, query);
      } catch (err) {
        // A backend from before the insights endpoint (404): the records it lets this viewer read.
        if ((err as { status?: unknown } | null)?.status === 404) return fallback(guarded, insight, query);
        throw failure(err, `insight:${insight}`);
      }
      // The kit's own local adapter computes its answers with src/insights from records it checked.
      let result: InsightResults[I];
      if (canReadChecked(adapter) && raw && typeof raw === 'object') {
        result = raw as InsightResults[I];
      } else {
        const { parseWith, insightSchemas } = await validation();
        const parsed = parseWith(insightSchemas[insight] as z.ZodMiniType<unknown>, `insight:${insight}`, raw);
        if (!parsed.ok) throw parsed.error;
        result = parsed.value as InsightResults[I];
      }
      const invalid = (result as { invalid?: number }).invalid;
      return { result, errors: invalid ? [invalidError(invalid)] : [] };
    },
    async people() {
      if (!adapter.people) return { records: [], errors: [] };
      let raw: unknown;
      try {
        if (canReadChecked(adapter)) {
          const { values, allChecked } = await adapter[checkedRead](CHECKED_WITH, 'person');
          if (allChecked) return { records: values as Person[], errors: [] };
          raw = values;
        } else {
          raw = await adapter.people();
        }
      } catch (err) {
        throw failure(err, 'person');
      }
      return validPeople(raw);
    },
  };
  guards.set(adapter, guarded);
  return guarded;
}

/** People from an adapter or a host, validated with the `Person` schema: the valid ones, and one (capped) error for the rest. */
export async function validPeople(raw: unknown): Promise<QueryResult<Person>> {
  if (!Array.isArray(raw)) return { records: [], errors: [new TaiwaDataError({ kind: 'person', reason: 'expected a list of people' })] };
  const { parseWith, summarize, Person } = await validation();
  const records: Person[] = [];
  const bad: TaiwaDataError[] = [];
  for (const p of raw) {
    const parsed = parseWith(Person, 'person', p);
    if (parsed.ok) records.push(parsed.value);
    else bad.push(parsed.error);
  }
  return { records, errors: summarize('person', bad.length, bad) };
}

/** An adapter without `aggregate`: its (validated) records, through the one implementation. */
async function fallback<I extends InsightKind>(guarded: GuardedAdapter, insight: I, query: InsightQueries[I]): Promise<AggregateResult<I>> {
  if (insight === 'strength-patterns') {
    const q = query as InsightQueries['strength-patterns'];
    const [{ records, errors }, { patternsOf }] = await Promise.all([guarded.query('feedback', {}), import('../insights/strength-patterns.js')]);
    return { result: patternsOf(records, q.k !== undefined ? { minManagers: q.k } : {}) as InsightResults[I], errors };
  }
  if (insight !== 'strengths') {
    const { hrFallback } = await import('./guard-hr.js');
    return hrFallback(guarded, insight, query);
  }
  const q = query as InsightQueries['strengths'];
  const own = q.own === true && q.managerId !== undefined;
  const [{ records, errors }, { strengthsOf }] = await Promise.all([
    guarded.query('feedback', own ? { personId: q.managerId } : {}),
    import('../insights/strengths-aggregate.js'),
  ]);
  return { result: strengthsOf(records, q) as InsightResults[I], errors };
}
