/**
 * The adapter conformance suite (`taiwa/testing`): what every `TaiwaAdapter` must do, as a list of
 * named async checks a host runs against its own adapter, in any test framework. A check resolves
 * when the adapter conforms and rejects with an `AdapterConformanceError` that says what was
 * expected and what came back.
 *
 * ```ts
 * import { describeAdapterConformance } from 'taiwa/testing';
 * describeAdapterConformance('my adapter', { create: () => createMyAdapter() }, { describe, it });
 * ```
 *
 * The guide is docs/adapters.md.
 */
import type { RecordQuery, TaiwaAdapter } from '../adapters/types.js';
import { RECORD_KINDS, type RecordKind, type TaiwaRecord } from '../model/records.js';
import { CatalogOverride, type Locale } from '../model/schemas.js';
import { StrengthMapSchema } from '../model/insights.js';
import { parseRecord } from '../model/validate.js';
import { TaiwaConflictError } from '../model/storage-errors.js';
import { at, atTokyo, fixtures, type Fixtures } from './fixtures.js';

/** A check that did not hold: what was expected, and what the adapter did. */
export class AdapterConformanceError extends Error {
  override readonly name = 'AdapterConformanceError';
}

export interface ConformanceCheck {
  /** What the check asserts, as a sentence. */
  readonly name: string;
  run(): Promise<void>;
}

export interface ConformanceSetup {
  /** A new, empty adapter for each check (a fresh database, tenant or prefix). */
  create(): TaiwaAdapter | Promise<TaiwaAdapter>;
  /** Called after each check with its adapter (delete the database, drop the tenant). */
  cleanup?(adapter: TaiwaAdapter): void | Promise<void>;
  /**
   * What `catalog(locale)` should answer in this setup: an override object, or `null` for "none"
   * (the adapter may answer `undefined` or `null`). Without it any valid answer passes.
   */
  catalog?: Partial<Record<Locale, unknown>>;
}

const fail = (message: string): never => {
  throw new AdapterConformanceError(message);
};

/** JSON with sorted keys: two records are the same when these are equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function same(actual: unknown, expected: unknown, what: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

async function ids(adapter: TaiwaAdapter, kind: RecordKind, query: RecordQuery): Promise<string[]> {
  const records = await adapter.query(kind, query);
  if (!Array.isArray(records)) fail(`query('${kind}', ${canonical(query)}) must resolve to an array, got ${canonical(records)}`);
  return records.map((r) => (r as { id?: unknown })?.id).map(String).sort();
}

async function expectIds(adapter: TaiwaAdapter, kind: RecordKind, query: RecordQuery, expected: string[]): Promise<void> {
  same(await ids(adapter, kind, query), [...expected].sort(), `query('${kind}', ${canonical(query)}) ids`);
}

async function rejects(what: string, run: () => Promise<unknown>, expected = 'a TaiwaDataError "unknown record kind"'): Promise<void> {
  let outcome: unknown;
  try {
    outcome = await run();
  } catch (err) {
    if (!(err instanceof Error)) fail(`${what} must reject with an Error (a TaiwaDataError), got ${canonical(err)}`);
    return;
  }
  fail(`${what} must reject (${expected}), but it resolved with ${canonical(outcome)}`);
}

const withPatch = <T extends TaiwaRecord>(r: T, patch: Partial<T>): T => ({ ...r, ...patch });

/** The checks, in a stable order, each on a fresh adapter from `setup.create()`. */
export function adapterConformance(setup: ConformanceSetup): ConformanceCheck[] {
  const check = (name: string, body: (adapter: TaiwaAdapter, f: Fixtures) => Promise<void>): ConformanceCheck => ({
    name,
    async run() {
      const adapter = await setup.create();
      try {
        await body(adapter, fixtures(`c${crypto.randomUUID().slice(0, 8)}`));
      } finally {
        await setup.cleanup?.(adapter);
      }
    },
  });

  return [
    check('round trip: a complete record of every kind comes back equal and valid', async (a, f) => {
      for (const kind of RECORD_KINDS) {
        await a.put(kind, f.full[kind]);
        const back = await a.query(kind, {});
        const found = back.find((r) => (r as { id?: unknown }).id === f.full[kind].id);
        if (!found) fail(`put('${kind}', …) then query('${kind}', {}): the record ${f.full[kind].id} is missing`);
        const parsed = parseRecord(kind, found);
        if (!parsed.ok) fail(`${kind} came back invalid: ${parsed.error.message}`);
        same(found, f.full[kind], `${kind} after a round trip`);
      }
    }),
    check('round trip: an optional field left out comes back left out (not null)', async (a, f) => {
      for (const kind of RECORD_KINDS) {
        await a.put(kind, f.minimal[kind]);
        const found = (await a.query(kind, {})).find((r) => (r as { id?: unknown }).id === f.minimal[kind].id);
        if (!found) fail(`put('${kind}', …) then query('${kind}', {}): the record ${f.minimal[kind].id} is missing`);
        same(found, f.minimal[kind], `minimal ${kind} after a round trip`);
      }
    }),
    check('put is an idempotent upsert by id: the same write twice is one record, a newer version replaces it', async (a, f) => {
      const first = f.full.session;
      await a.put('session', first);
      await a.put('session', first);
      await expectIds(a, 'session', {}, [first.id]);
      const newer = withPatch(first, { updatedAt: at(30), heldAt: at(29) });
      await a.put('session', newer);
      const back = await a.query('session', {});
      if (back.length !== 1) fail(`after a newer version of ${first.id}: expected one session, got ${back.length}`);
      same(back[0], newer, 'the session after its newer version');
    }),
    check('an empty query returns every record of the kind, and only of that kind', async (a, f) => {
      await a.put('agenda', f.full.agenda);
      await a.put('agenda', f.minimal.agenda);
      await a.put('feedback', f.full.feedback);
      await expectIds(a, 'agenda', {}, [f.full.agenda.id, f.minimal.agenda.id]);
      await expectIds(a, 'feedback', {}, [f.full.feedback.id]);
      await expectIds(a, 'pulse', {}, []);
    }),
    check('personId matches the member or the manager of a record', async (a, f) => {
      const mine = withPatch(f.full.level, { id: `${f.full.level.id}-b`, memberId: f.other, managerId: f.manager });
      await a.put('level', f.full.level);
      await a.put('level', mine);
      await expectIds(a, 'level', { personId: f.member }, [f.full.level.id]);
      await expectIds(a, 'level', { personId: f.manager }, [f.full.level.id, mine.id]);
      await expectIds(a, 'level', { personId: f.other }, [mine.id]);
      await expectIds(a, 'level', { personId: `${f.other}-nobody` }, []);
      // An agenda without a manager is found by its member only.
      await a.put('agenda', f.minimal.agenda);
      await expectIds(a, 'agenda', { personId: f.manager }, []);
      await expectIds(a, 'agenda', { personId: f.member }, [f.minimal.agenda.id]);
    }),
    check('sessionId matches the records of a session, and for session records the session itself', async (a, f) => {
      await a.put('hint-mark', f.full['hint-mark']);
      await a.put('hint-mark', f.minimal['hint-mark']);
      await expectIds(a, 'hint-mark', { sessionId: f.session(1) }, [f.full['hint-mark'].id]);
      await expectIds(a, 'hint-mark', { sessionId: f.session(2) }, [f.minimal['hint-mark'].id]);
      await a.put('session', f.full.session);
      await a.put('session', f.minimal.session);
      await expectIds(a, 'session', { sessionId: f.full.session.id }, [f.full.session.id]);
      await expectIds(a, 'session', { sessionId: f.session(1) }, []);
      // Fields combine: every one given must match.
      await expectIds(a, 'hint-mark', { sessionId: f.session(1), personId: f.other }, []);
      await expectIds(a, 'hint-mark', { sessionId: f.session(1), personId: f.member }, [f.full['hint-mark'].id]);
    }),
    check('from is inclusive and to exclusive on createdAt, compared as instants', async (a, f) => {
      const pulses = [0, 10, 20].map((n) => withPatch(f.minimal.pulse, { id: `${f.minimal.pulse.id}-${n}`, createdAt: at(n), updatedAt: at(n) }));
      for (const p of pulses) await a.put('pulse', p);
      const [p0, p10, p20] = pulses.map((p) => p.id) as [string, string, string];
      await expectIds(a, 'pulse', { from: at(10) }, [p10, p20]);
      await expectIds(a, 'pulse', { to: at(10) }, [p0]);
      await expectIds(a, 'pulse', { from: at(10), to: at(20) }, [p10]);
      await expectIds(a, 'pulse', { from: at(5), to: at(15) }, [p10]);
      // The same instants written in Tokyo time select the same records.
      await expectIds(a, 'pulse', { from: atTokyo(10), to: atTokyo(20) }, [p10]);
    }),
    check('a malformed query is refused: an empty id, a time that is not ISO 8601, an unknown filter', async (a, f) => {
      await a.put('session', f.full.session);
      for (const query of [{ sessionId: '' }, { personId: '' }, { from: 'not-a-date' }, { to: '2026-13-45' }, { managerId: f.manager }]) {
        await rejects(`query('session', ${canonical(query)})`, () => a.query('session', query as RecordQuery), 'a TaiwaDataError naming the filter');
      }
      // Well-formed filters that match nothing are not errors.
      await expectIds(a, 'session', { sessionId: `${f.full.session.id}-none` }, []);
    }),
    check('a property the model does not know is dropped: not stored, not returned', async (a, f) => {
      const newer = { ...f.full.pulse, fromANewerVersion: 'kept nowhere' } as typeof f.full.pulse;
      await a.put('pulse', newer);
      const found = (await a.query('pulse', {})).find((r) => r.id === f.full.pulse.id);
      if (!found) fail(`put('pulse', …) with an unknown property then query: the record ${f.full.pulse.id} is missing`);
      same(found, f.full.pulse, 'the pulse written with an unknown property');
    }),
    check('an unknown record kind is refused by put and by query', async (a, f) => {
      const bad = 'not-a-kind' as RecordKind;
      await rejects(`put('not-a-kind', …)`, () => a.put(bad, f.full.session));
      await rejects(`query('not-a-kind', {})`, () => a.query(bad, {}));
    }),
    check('revisions, when the adapter has them: a stale ifMatch or a second create is refused with TaiwaConflictError and the stored record', async (a, f) => {
      const revisionIn = (answer: unknown) => (answer as { revision?: unknown } | undefined)?.revision;
      const r1 = revisionIn(await a.put('session', f.full.session));
      if (typeof r1 !== 'string') return; // An adapter without revisions: arrival order only.
      const newer = withPatch(f.full.session, { updatedAt: at(30), heldAt: at(29) });
      const r2 = revisionIn(await a.put('session', newer, { ifMatch: r1 }));
      if (typeof r2 !== 'string' || r2 === r1) fail(`a write on revision ${r1} must answer a new revision, got ${canonical(r2)}`);
      if (a.revisionOf && a.revisionOf('session', newer.id) !== r2) fail(`revisionOf after a write: expected ${String(r2)}, got ${a.revisionOf('session', newer.id)}`);
      const first = { revision: r1 };
      const second = { revision: r2 as string };
      const refusal = async (what: string, run: () => Promise<unknown>) => {
        try {
          await run();
        } catch (err) {
          if (!(err instanceof TaiwaConflictError)) fail(`${what} must reject with TaiwaConflictError, got ${String(err)}`);
          return err as TaiwaConflictError;
        }
        return fail(`${what} must reject with TaiwaConflictError, but it resolved`);
      };
      const stale = await refusal(`put(…, { ifMatch: '${first.revision}' }) after revision ${second.revision}`, () =>
        a.put('session', withPatch(f.full.session, { updatedAt: at(31) }), { ifMatch: first.revision }),
      );
      same(stale.current, newer, 'the conflict’s current record');
      same(stale.revision, second.revision, 'the conflict’s revision');
      const again = await refusal(`put(…, { ifNoneMatch: '*' }) of a stored record`, () => a.put('session', f.full.session, { ifNoneMatch: '*' }));
      same(again.current, newer, 'the create conflict’s current record');
      // Nothing was written by either refusal; a write without a precondition applies (arrival order).
      same((await a.query('session', {}))[0], newer, 'the session after two refused writes');
      // A clock a year behind (an older updatedAt) still applies, on the current revision or without one.
      const older = withPatch(f.full.session, { updatedAt: f.full.session.createdAt });
      await a.put('session', older, { ifMatch: second.revision });
      await a.put('session', withPatch(older, { heldAt: at(2) }));
      same((await a.query('session', {}))[0], withPatch(older, { heldAt: at(2) }), 'the session after later writes with an older clock');
      const created = revisionIn(await a.put('hint-mark', f.full['hint-mark'], { ifNoneMatch: '*' }));
      if (typeof created !== 'string') fail(`a create with ifNoneMatch '*' must answer a revision`);
    }),
    check('catalog(locale), when present, answers an override object, or undefined / null for none', async (a) => {
      if (!a.catalog) return;
      for (const locale of ['ja', 'en'] as const) {
        const answer = await a.catalog(locale);
        const expected = setup.catalog?.[locale];
        if (answer === undefined || answer === null) {
          if (expected !== undefined && expected !== null) fail(`catalog('${locale}'): expected ${canonical(expected)}, got ${canonical(answer)}`);
          continue;
        }
        const parsed = CatalogOverride.safeParse(answer);
        if (!parsed.success) fail(`catalog('${locale}') answered something that is not a catalogue override: ${canonical(answer)}`);
        if (expected === null) fail(`catalog('${locale}'): expected none (undefined or null), got ${canonical(answer)}`);
        if (expected !== undefined) same(answer, expected, `catalog('${locale}')`);
      }
    }),
    check('aggregate(\'strengths\'), when present, answers a valid strength map', async (a, f) => {
      if (!a.aggregate) return;
      await a.put('feedback', f.full.feedback);
      for (const query of [{}, { managerId: f.manager, k: 3, prior: 5 }]) {
        const answer = await a.aggregate('strengths', query);
        const parsed = StrengthMapSchema.safeParse(answer);
        if (!parsed.success) fail(`aggregate('strengths', ${canonical(query)}) is not a strength map: ${parsed.error.issues[0]?.path.join('.')}`);
      }
    }),
  ];
}

/** Registers the checks as tests: `describeAdapterConformance('mine', setup, { describe, it })` (mocha, jest, vitest, node:test). */
export function describeAdapterConformance(
  name: string,
  setup: ConformanceSetup,
  framework: { describe: (name: string, body: () => void) => unknown; it: (name: string, body: () => Promise<void>) => unknown },
): void {
  framework.describe(`${name}: Taiwa adapter conformance`, () => {
    for (const c of adapterConformance(setup)) framework.it(c.name, () => c.run());
  });
}
