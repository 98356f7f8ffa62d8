/**
 * What widgets talk to: any host adapter wrapped so that every value crossing it is validated, every
 * failure is a typed error, and a private memo never leaves the device through a remote adapter.
 * Aggregates come from the adapter's own `aggregate` (validated), or are computed here from its
 * records with `src/insights`, so widgets never compute from raw records themselves.
 *
 * This module is what reading checked records needs (the kit's own IndexedDB adapter answers with
 * values it validated when they were written). The rest loads when first needed: the writes and
 * aggregates and the words of a failure (guard-rest.ts), and zod/mini with the schemas for
 * anything unchecked (guard-validate.ts).
 */
import type { Person } from '../model/schemas.js';
import type { GuardedAdapter, QueryResult, TaiwaAdapter } from '../model/adapter.js';
import { canReadChecked, checkedRead, CHECKED_WITH, INSIGHTS, type RecordMap } from '../model/records.js';

const rest = () => import('./guard-rest.js');
/** The typed error for a failed read (loaded with the failure: a page whose reads succeed never needs it). */
const failure = async (err: unknown, kind: string) => (await rest()).failure(err, kind);

export type { AggregateResult, GuardedAdapter, QueryResult } from '../model/adapter.js';

export { INSIGHTS } from '../model/records.js';

const guards = new WeakMap<TaiwaAdapter, GuardedAdapter>();

export function guard(adapter: TaiwaAdapter): GuardedAdapter {
  const known = guards.get(adapter);
  if (known) return known;
  const guarded: GuardedAdapter = {
    adapter,
    put: async (kind, record) => (await rest()).put(adapter, kind, record),
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
        throw await failure(err, kind);
      }
      // In slices that yield to the page, with one (capped) error for every bad record together.
      return (await import('./guard-validate.js')).parseRecordsInSlices(kind, raw);
    },
    aggregate(insight, query = {}) {
      // The adapter's own answer starts at once, beside the code that checks it: one round trip, not two.
      // Without its own (or strength patterns on a device-only adapter): computed from its records.
      const known = INSIGHTS.includes(insight);
      const own =
        adapter.aggregate && known && !(insight === 'strength-patterns' && adapter.local === true)
          ? new Promise((resolve) => resolve(adapter.aggregate!(insight, query)))
          : undefined;
      // Its failure is read where the answer is checked.
      own?.catch(() => undefined);
      return rest().then((r) => r.aggregate(guarded, insight, query, own, { known, checked: canReadChecked(adapter) }));
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
        throw await failure(err, 'person');
      }
      return validPeople(raw);
    },
  };
  guards.set(adapter, guarded);
  return guarded;
}

/** People from an adapter or a host, validated with the `Person` schema: the valid ones, and one (capped) error for the rest. */
export async function validPeople(raw: unknown): Promise<QueryResult<Person>> {
  return (await rest()).validPeople(raw);
}
