/**
 * The guard's writes, aggregates and failures (guard.ts holds its reads), loaded when first needed:
 * a write is validated and kept off-device when private; an aggregate comes from the adapter's own
 * `aggregate` (validated) or from its records through `src/insights`; a failure becomes a typed error.
 */
import { TaiwaDataError, toError } from '../model/data-error.js';
import type { TaiwaStorageError } from '../model/storage-errors.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import type { Person } from '../model/schemas.js';
import type * as z from 'zod/mini';
import type { AggregateResult, GuardedAdapter, QueryResult, TaiwaAdapter } from '../model/adapter.js';
import { offDeviceRefusal, stripPrivateMemos } from '../model/privacy.js';
// From the modules the read path loaded already (guard.ts itself would be one more file before content).
import type { RecordKind, RecordMap } from '../model/records.js';

/** The validation (zod/mini and the schemas). */
const validation = () => import('./guard-validate.js');


// The storage errors load with a failure, not with every read that passes here (a strength map
// reaching content through an aggregate would otherwise wait one request level more for them).
export async function failure(err: unknown, kind: string): Promise<Error> {
  if (err instanceof TaiwaDataError) return err;
  // Offline, that import can fail too: the backend's own error then, never the import's.
  const loaded = await import('../model/storage-errors.js').catch(() => undefined);
  if (!loaded) return toError(err);
  const StorageError = loaded.TaiwaStorageError;
  if (err instanceof StorageError) return err as TaiwaStorageError;
  const e = toError(err);
  return new StorageError('failed', `The backend could not handle ${kind} records: ${e.message}`, e);
}

/** One error for the records an aggregate left out: counted, not listed. */
function invalidError(count: number): TaiwaDataError {
  return new TaiwaDataError({
    kind: 'feedback',
    reason: `${count} record${count === 1 ? '' : 's'} failed validation and ${count === 1 ? 'was' : 'were'} left out`,
    count,
  });
}

export async function put<K extends RecordKind>(adapter: TaiwaAdapter, kind: K, record: unknown): Promise<RecordMap[K]> {
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
    throw await failure(err, kind);
  }
  return parsed.value;
}

/**
 * `own`: the adapter's answer, started by guard.ts when the adapter answers this insight itself.
 * `known`: whether `insight` is one of the kit's (`INSIGHTS`); `checked`: whether the adapter is the
 * kit's own local one (`canReadChecked`). Both handed in by guard.ts, which holds records.ts: this
 * module importing it would make records.ts a file of its own on every page.
 */
export async function aggregate<I extends InsightKind>(
  guarded: GuardedAdapter,
  insight: I,
  query: InsightQueries[I],
  own: Promise<unknown> | undefined,
  { known, checked }: { known: boolean; checked: boolean },
): Promise<AggregateResult<I>> {
  if (!known) throw new TaiwaDataError({ kind: 'insight', reason: `unknown insight ${String(insight)}` });
  if (!own) return fallback(guarded, insight, query);
  let raw: unknown;
  try {
    raw = await own;
  } catch (err) {
    // A backend from before the insights endpoint (404): the records it lets this viewer read.
    if ((err as { status?: unknown } | null)?.status === 404) return fallback(guarded, insight, query);
    throw await failure(err, `insight:${insight}`);
  }
  // The kit's own local adapter computes its answers with src/insights from records it checked.
  let result: InsightResults[I];
  if (checked && raw && typeof raw === 'object') {
    result = raw as InsightResults[I];
  } else {
    const { parseWith, insightSchemas } = await validation();
    const parsed = parseWith(insightSchemas[insight] as z.ZodMiniType<unknown>, `insight:${insight}`, raw);
    if (!parsed.ok) throw parsed.error;
    result = parsed.value as InsightResults[I];
  }
  const invalid = (result as { invalid?: number }).invalid;
  return { result, errors: invalid ? [invalidError(invalid)] : [] };
}

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
