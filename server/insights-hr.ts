/**
 * The HR insights where the data lives (issue 18): `GET {base}/insights/{cadence|drivers|effect|pulse}`
 * with `period` (month|quarter), `from`, `to`, `unit`, `k`, `asOf` (and `graceDays`,
 * `defaultTargetDays` for cadence; `minGroup`, `resamples`, `seed` for drivers); any other
 * parameter, or one given twice, is a 400. Departments and managers come from `people`. The
 * cadence reads each pair's dates in SQL and counts them with `computeCadence` (`insights-cadence.ts`); drivers,
 * effect and pulse read the range's feedback and pulses (in SQL) with the sessions and series, and
 * run the same pure code as the browser's (`src/insights/hr.ts`), so both agree to the last digit.
 * Who may ask for what: `insightScope`. Bad queries get a 400 problem+json, never a 500.
 */
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { hrInsight } from '../src/insights/hr-dispatch.js';
import type { HrSource } from '../src/insights/hr.js';
import { quarterOf, resolveRange } from '../src/insights/hr-units.js';
import { isoDay } from '../src/insights/periods.js';
import { insightSchemas } from '../src/model/insights.js';
import { parseRecord } from '../src/model/validate.js';
import type { Env } from './app.js';
import type { Queryable } from './db.js';
import { fail, reply } from './ops.js';
import { listPeople } from './people.js';
import { cadenceInSql } from './insights-cadence.js';
import { insightScope, MIN_K } from './policy.js';

const Int = (min: number, max: number) => z.optional(z.number().check(z.int(), z.gte(min), z.lte(max)));
const HrQuery = z.object({
  period: z.optional(z.enum(['month', 'quarter'])),
  from: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/))),
  to: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/))),
  // A group id (`hr-units.ts`), never a person: anything else is a 400.
  unit: z.optional(z.string().check(z.minLength(1), z.maxLength(512), z.regex(/^(organisation|department:[^/]*|manager:[^/]*\/[^/]+)$/))),
  k: Int(1, 1000),
  asOf: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  graceDays: Int(0, 365),
  defaultTargetDays: Int(1, 365),
  minGroup: Int(2, 100_000),
  resamples: Int(0, 5000),
  seed: Int(0, 2 ** 31),
});

const NUMERIC = ['k', 'graceDays', 'defaultTargetDays', 'minGroup', 'resamples', 'seed'];
const RANGE = ['period', 'from', 'to', 'unit', 'k', 'asOf'];
/** The parameters each route knows: any other, or one given twice, is a 400. */
export const HR_PARAMS = {
  cadence: [...RANGE, 'graceDays', 'defaultTargetDays'],
  drivers: [...RANGE, 'minGroup', 'resamples', 'seed'],
  effect: RANGE,
  pulse: RANGE,
} as const;

/**
 * The records an insight reads, narrowed in SQL: the pulses of the range's whole quarters (every
 * insight; the pulse decides a quarter and its months together), its feedback
 * (drivers), the sessions held in it (effect: on `heldAt`, else `scheduledAt`, a superset of what
 * `effectInsight` counts); without `insight`, sessions and series whole too (what `cadenceInsight`
 * would read). Records that fail their schema are left out.
 */
export async function hrSource(
  db: Queryable,
  tenant: string,
  range: { start: number; end: number },
  insight?: 'drivers' | 'effect' | 'pulse',
): Promise<HrSource> {
  const all = insight === undefined;
  const [people, rows] = await Promise.all([
    listPeople(db, tenant),
    db.query<{ kind: 'session' | 'series' | 'feedback' | 'pulse'; body: unknown }>(
      `select kind, body from records
       where tenant = $1 and (($6 and kind in ('session', 'series'))
         or ($8 and kind = 'session'
             and left(coalesce(body->>'heldAt', body->>'scheduledAt'), 10) collate "C" >= $9::text
             and left(coalesce(body->>'heldAt', body->>'scheduledAt'), 10) collate "C" <= $10::text)
         or ($7 and kind = 'feedback' and created_at >= $2::date and created_at < $3::date + 1)
         or (kind = 'pulse' and body->>'month' >= $4 and body->>'month' <= $5))
       order by kind, id collate "C"`,
      [
        tenant,
        isoDay(range.start),
        isoDay(range.end - 1),
        // Whole quarters of pulses: the pulse decides a quarter and its months together.
        quarterOf(isoDay(range.start).slice(0, 7)).months[0],
        quarterOf(isoDay(range.end - 1).slice(0, 7)).months[2],
        all,
        all || insight === 'drivers',
        insight === 'effect',
        isoDay(range.start),
        isoDay(range.end - 1),
      ],
    ),
  ]);
  const list: Record<string, unknown[]> = { session: [], series: [], feedback: [], pulse: [] };
  for (const r of rows) {
    const parsed = parseRecord(r.kind, r.body);
    if (parsed.ok) list[r.kind]!.push(parsed.value);
  }
  const source = { sessions: list.session, series: list.series, feedback: list.feedback, pulse: list.pulse } as Omit<HrSource, 'people'>;
  return {
    ...source,
    people: people.filter((p) => p.active).map((p) => ({ id: p.id, managerId: p.managerId ?? null, departmentId: p.department ?? null })),
  };
}

export interface HrRouteOptions {
  /** Test harness only (the contract tests): tenants whose callers are answered as HR. */
  relationsOff?: ((tenant: string) => boolean) | undefined;
}

export function mountHrInsights(api: Hono<Env>, db: Queryable, options: HrRouteOptions = {}): void {
  api.get('/insights/:insight{cadence|drivers|effect|pulse}', async (c) => {
    const insight = c.req.param('insight') as 'cadence' | 'drivers' | 'effect' | 'pulse';
    const known: readonly string[] = HR_PARAMS[insight];
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (!known.includes(name)) return fail(c, 400, 'Unknown query parameter', { field: name, detail: `Known: ${known.join(', ')}.` });
      if (values.length > 1) return fail(c, 400, 'Query parameter given more than once', { field: name });
    }
    const raw: Record<string, unknown> = { ...c.req.query() };
    for (const key of NUMERIC) if (typeof raw[key] === 'string') raw[key] = raw[key] === '' ? undefined : Number(raw[key]);
    for (const key of Object.keys(raw)) if (raw[key] === '') delete raw[key];
    const q = HrQuery.safeParse(raw);
    if (!q.success)
      return fail(c, 400, 'Bad query parameter', { field: q.error.issues[0]?.path.join('.'), detail: q.error.issues[0]?.message });
    const asked = { insight, ...(q.data.unit ? { unit: q.data.unit } : {}), ...(q.data.k ? { k: q.data.k } : {}) };
    const scope =
      options.relationsOff?.(c.get('tenant')) && c.get('principal')
        ? ({ ok: true, unit: asked.unit ?? 'organisation', k: Math.max(MIN_K, asked.k ?? MIN_K), role: 'hr-admin' } as const)
        : await insightScope(db, c.get('principal'), asked);
    if (!scope.ok) return fail(c, scope.status, scope.status === 401 ? 'Not signed in' : 'Forbidden', { detail: scope.detail });
    const query = { ...q.data, unit: scope.unit, k: scope.k };
    let range;
    try {
      range = resolveRange(query);
    } catch (err) {
      return fail(c, 400, 'Bad query parameter', { detail: (err as Error).message });
    }
    const result =
      insight === 'cadence'
        ? await cadenceInSql(db, c.get('tenant'), range, query)
        : hrInsight(insight, query, await hrSource(db, c.get('tenant'), range, insight));
    const checked = insightSchemas[insight].safeParse(result);
    if (!checked.success) throw new Error(`${insight}: the published aggregate does not match its schema`);
    return reply(c, { status: 200, body: checked.data });
  });
}
