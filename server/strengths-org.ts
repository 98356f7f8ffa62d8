/**
 * HR's strengths view (issue 16): `GET {base}/insights/strength-patterns?department=`, how many
 * managers are weak (▼) and strong (▲) at each topic × response across the organisation (or one
 * department), never which ones. Every manager's map is published from the same SQL totals as
 * their own map (server/strengths.ts, with the server's k, prior and sharing default), classified
 * against the manager's own mean, and only the counts of managers are sent; a cell with fewer than
 * `max(MIN_K, k)` managers behind it is hidden. A named manager's map stays the strengths route's,
 * and only where TAIWA_HR_NAMED_STRENGTHS allows it.
 *
 * Who may ask: HR (the whole organisation or any department), and a skip-level manager for the
 * managers below them. Anyone else: 403. Bad queries: 400 problem+json.
 */
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { patternsOfTally } from '../src/insights/strength-patterns.js';
import { tallyFromTotals } from '../src/insights/strengths.js';
import { insightSchemas } from '../src/model/insights.js';
import type { Env } from './app.js';
import type { PolicyConfig } from './config.js';
import type { Queryable } from './db.js';
import { fail, reply } from './ops.js';
import { hasGrant, listPeople, reportsBelow } from './people.js';
import { MIN_K } from './policy.js';
import { strengthTotals } from './strengths.js';

const PatternsQuery = z.object({ department: z.optional(z.string().check(z.minLength(1), z.maxLength(256))) });
const KNOWN = ['department'];

/** The managers whose patterns `personId` may see (undefined: the whole organisation), or a refusal. */
async function scopeOf(db: Queryable, tenant: string, personId: string): Promise<{ among?: Set<string> } | undefined> {
  if (await hasGrant(db, tenant, personId, 'hr-admin')) return {};
  const below = new Set(await reportsBelow(db, tenant, personId));
  const people = await listPeople(db, tenant);
  // Only managers below the caller have maps to count: a manager of members alone is refused.
  const managersBelow = new Set(people.filter((p) => p.active && p.managerId && below.has(p.managerId)).map((p) => p.managerId!));
  return managersBelow.size > 0 ? { among: managersBelow } : undefined;
}

/** `relationsOff`: the test harness's authentication-only tenants (app.ts), which skip the scope as every route does. */
export function mountStrengthPatterns(api: Hono<Env>, db: Queryable, policy: PolicyConfig, relationsOff: (c: Context<Env>) => boolean = () => false): void {
  api.get('/insights/strength-patterns', async (c) => {
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (!KNOWN.includes(name)) return fail(c, 400, 'Unknown query parameter', { field: name, detail: `Known: ${KNOWN.join(', ')}.` });
      if (values.length > 1) return fail(c, 400, 'Query parameter given more than once', { field: name });
    }
    const q = PatternsQuery.safeParse(c.req.query());
    if (!q.success) return fail(c, 400, 'Bad query parameter', { field: 'department', detail: q.error.issues[0]?.message });
    const principal = c.get('principal');
    if (!principal) return fail(c, 401, 'Sign-in required');
    const tenant = c.get('tenant');
    const scope = relationsOff(c) ? {} : await scopeOf(db, tenant, principal.personId);
    if (!scope)
      return fail(c, 403, 'Outside your part of the organisation', {
        rule: 'strength-patterns',
        detail: 'The organisation’s strengths patterns are for HR, and for a manager of managers over the managers below them.',
      });
    let among = scope.among;
    const department = q.data.department;
    if (department !== undefined) {
      const inDepartment = new Set((await listPeople(db, tenant)).filter((p) => p.department === department).map((p) => p.id));
      among = new Set([...(among ?? inDepartment)].filter((id) => inDepartment.has(id)));
    }
    const totals = await strengthTotals(db, tenant, policy.k, { sharedByDefault: policy.shareRatingsByDefault, twoMembers: true });
    const patterns = patternsOfTally(tallyFromTotals(totals), { k: policy.k, prior: policy.prior }, Math.max(MIN_K, policy.k), {
      ...(among ? { among } : {}),
      ...(department !== undefined ? { department } : {}),
    });
    const checked = insightSchemas['strength-patterns'].safeParse(patterns);
    if (!checked.success) throw new Error('strength-patterns: the published patterns do not match their schema');
    return reply(c, { status: 200, body: checked.data });
  });
}
