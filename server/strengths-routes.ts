/**
 * The strengths routes: `GET {base}/insights/strengths?managerId=` (the masked map; k, prior and
 * the sharing default are the server's, never the query's) and `GET {base}/insights/strengths/reads`
 * (when HR opened the caller's own map). Whose map a caller may read is the policy's
 * (aggregateScope); HR's named reads are refused or audited (strengths-audit.ts).
 */
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { insightSchemas } from '../src/model/insights.js';
import { Id } from '../src/model/schemas.js';
import type { Env } from './app.js';
import type { PolicyConfig } from './config.js';
import type { Db } from './db.js';
import { fail, reply, strictQuery } from './ops.js';
import { aggregateScope } from './policy.js';
import { strengthMap } from './strengths.js';
import { namedRead, readsOf, recordRead } from './strengths-audit.js';

const StrengthQuery = z.object({ managerId: z.optional(Id) });

export function mountStrengths(api: Hono<Env>, db: Db, policy: PolicyConfig, relationsOff: (c: Context<Env>) => boolean): void {
  // The caller's own map's reads by others (HR), newest first: what the manager's map says.
  api.get('/insights/strengths/reads', async (c) => {
    const strict = strictQuery(c, []);
    if (strict) return strict;
    const principal = c.get('principal');
    if (!principal) return fail(c, 401, 'Sign-in required');
    return reply(c, { status: 200, body: { reads: await readsOf(db, c.get('tenant'), principal.personId) } });
  });

  api.get('/insights/strengths', async (c) => {
    // `own` is the model's InsightQueries field (src/model/insights.ts); the strengths route reads it.
    const strict = strictQuery(c, ['managerId', 'k', 'prior', 'own']);
    if (strict) return strict;
    const raw = c.req.query();
    const q = StrengthQuery.safeParse({ managerId: raw.managerId });
    if (!q.success)
      return fail(c, 400, 'Bad query parameter', { field: q.error.issues[0]?.path.join('.'), detail: q.error.issues[0]?.message });
    // Whose map the caller may read (a manager: their own; skip-level: below them; HR: any), then
    // whether HR may read a named manager's map at all (audited when it may).
    const scope = relationsOff(c) ? { ok: true as const, managerId: q.data.managerId } : await aggregateScope({ db, principal: c.get('principal')!, config: policy }, 'strengths', q.data);
    if (!scope.ok) return fail(c, scope.status, scope.title, { rule: scope.rule, detail: scope.detail });
    const managerId = scope.managerId;
    const principal = c.get('principal');
    const named = await namedRead(db, c.get('tenant'), principal, managerId, policy.hrNamedStrengths);
    if (named === 'refuse')
      return fail(c, 403, 'Named strengths maps are not open to HR', {
        rule: 'hr-named-strengths',
        detail: 'The policy shows HR the organisation’s patterns only (TAIWA_HR_NAMED_STRENGTHS is off).',
      });
    if (named === 'audit') await recordRead(db, c.get('tenant'), managerId!, principal!.personId);
    const map = await strengthMap(db, c.get('tenant'), {
      ...(managerId ? { managerId } : {}),
      k: policy.k,
      prior: policy.prior,
      sharedByDefault: policy.shareRatingsByDefault,
      twoMembers: true,
    });
    // The manager's own map says when HR opened it (who is not said); absent while no one has.
    const reads = managerId !== undefined && principal?.personId === managerId ? await readsOf(db, c.get('tenant'), managerId) : [];
    const answer = reads.length > 0 ? { ...map, readBy: reads } : map;
    const checked = insightSchemas.strengths.safeParse(answer);
    if (!checked.success) throw new Error('strengths: the published map does not match its schema');
    return reply(c, { status: 200, body: checked.data });
  });
}
