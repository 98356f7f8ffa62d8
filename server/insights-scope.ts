/**
 * Who may see which HR insight (issue 18, item 6): the one function the HR insight routes call,
 * for the coordinator to fold into server/policy.ts. From the caller and the org chart only:
 * - an HR admin (`grants` kind `hr-admin`): any unit, with k never below the server's minimum;
 * - a manager (someone with direct reports): only a team of their own (`manager:<department>/<self>`);
 *   its cadence in full (k = 1: they hold those 1on1s themselves), its pulse, drivers and effect only
 *   above k, like everyone's;
 * - anyone else: 403. No caller: 401.
 */
import type { Queryable } from './db.js';
import { directReports, hasGrant } from './people.js';
import type { Principal } from './principal.js';

export interface ScopeQuery {
  insight: 'cadence' | 'drivers' | 'effect' | 'pulse';
  unit?: string;
  k?: number;
}

export type Scope = { ok: true; unit: string; k: number; role: 'hr-admin' | 'manager' } | { ok: false; status: 401 | 403; detail: string };

/** The minimum group for every HR aggregate unless the host raises it. */
export const MIN_K = 5;

export async function insightScope(db: Queryable, principal: Principal | undefined, query: ScopeQuery, minK = MIN_K): Promise<Scope> {
  if (!principal) return { ok: false, status: 401, detail: 'Sign in to see insights.' };
  const { tenant, personId } = principal;
  const unit = query.unit ?? 'organisation';
  const k = Math.max(minK, query.k ?? minK);
  if (await hasGrant(db, tenant, personId, 'hr-admin')) return { ok: true, unit, k, role: 'hr-admin' };
  const reports = await directReports(db, tenant, personId);
  if (reports.length === 0) return { ok: false, status: 403, detail: 'Only HR and managers see insights.' };
  const own = new Set(reports.map((p) => `manager:${encodeURIComponent(p.department ?? '')}/${encodeURIComponent(personId)}`));
  const asked = query.unit ?? (own.size === 1 ? [...own][0]! : undefined);
  if (!asked || !own.has(asked)) return { ok: false, status: 403, detail: 'A manager sees their own team only.' };
  return { ok: true, unit: asked, k: query.insight === 'cadence' ? 1 : k, role: 'manager' };
}
