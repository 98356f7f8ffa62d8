/**
 * Who may see whom: the ONE rule for the `person` kind (`GET {base}/records/person`), to be folded
 * into the policy module (server/policy.ts). A person sees themselves, their manager and their
 * direct reports (active or deactivated, until the retention deletes them); an HR admin (the
 * `hr-admin` grant) sees everyone. People deleted through SCIM are seen by no one.
 */
import type { Queryable } from './db.js';
import { getPerson, hasGrant, type Person } from './people.js';
import type { Principal } from './principal.js';

/** A person as the browser's `person` record (src/model/schemas.ts `Person`): no userName, no timestamps. */
export interface PersonView {
  id: string;
  displayName: string;
  email?: string;
  timeZone?: string;
  managerId?: string;
  department?: string;
  active: boolean;
}

export const toView = (p: Person): PersonView => ({
  id: p.id,
  displayName: p.displayName,
  ...(p.email !== undefined ? { email: p.email } : {}),
  ...(p.timeZone !== undefined ? { timeZone: p.timeZone } : {}),
  ...(p.managerId !== undefined ? { managerId: p.managerId } : {}),
  ...(p.department !== undefined ? { department: p.department } : {}),
  active: p.active,
});

/** The people `principal` may see, by id; empty when the principal is not (or no longer) a person. */
export async function visiblePeople(q: Queryable, principal: Principal): Promise<PersonView[]> {
  const { tenant, personId } = principal;
  const me = await getPerson(q, tenant, personId);
  if (!me) return [];
  const hr = await hasGrant(q, tenant, personId, 'hr-admin');
  const rows = await q.query<{ id: string }>(
    hr
      ? 'select id from people where tenant = $1 and deleted_at is null order by id collate "C"'
      : `select id from people where tenant = $1 and deleted_at is null
           and (id = $2 or manager_id = $2 or id = (select manager_id from people where tenant = $1 and id = $2))
         order by id collate "C"`,
    hr ? [tenant] : [tenant, personId],
  );
  const out: PersonView[] = [];
  for (const { id } of rows) {
    const p = id === personId ? me : await getPerson(q, tenant, id);
    if (p) out.push(toView(p));
  }
  return out;
}
