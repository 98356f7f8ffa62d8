/**
 * People and the org chart in PostgreSQL (migration 0002): the data access every other module uses
 * (SCIM, the CLI import, the policy, the aggregates). No authorization here: callers decide who may
 * read what (server/policy.ts).
 */
import type { Queryable } from './db.js';

export interface Person {
  id: string;
  userName: string;
  externalId?: string;
  displayName: string;
  email?: string;
  timeZone?: string;
  managerId?: string;
  department?: string;
  active: boolean;
  deactivatedAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What a write sets; `id` and `userName` are required, the rest is cleared when absent. */
export type PersonInput = Omit<Person, 'createdAt' | 'updatedAt' | 'version' | 'deactivatedAt' | 'active'> & { active?: boolean };

interface Row {
  id: string;
  user_name: string;
  external_id: string | null;
  display_name: string;
  email: string | null;
  time_zone: string | null;
  manager_id: string | null;
  department: string | null;
  active: boolean;
  deactivated_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
}

const iso = (v: Date | string) => (v instanceof Date ? v : new Date(v)).toISOString();

function fromRow(r: Row): Person {
  return {
    id: r.id,
    userName: r.user_name,
    ...(r.external_id !== null ? { externalId: r.external_id } : {}),
    displayName: r.display_name,
    ...(r.email !== null ? { email: r.email } : {}),
    ...(r.time_zone !== null ? { timeZone: r.time_zone } : {}),
    ...(r.manager_id !== null ? { managerId: r.manager_id } : {}),
    ...(r.department !== null ? { department: r.department } : {}),
    active: r.active,
    ...(r.deactivated_at !== null ? { deactivatedAt: iso(r.deactivated_at) } : {}),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    version: Number(r.version),
  };
}

const COLUMNS = 'id, user_name, external_id, display_name, email, time_zone, manager_id, department, active, deactivated_at, created_at, updated_at, version';

export async function getPerson(q: Queryable, tenant: string, id: string): Promise<Person | undefined> {
  const [row] = await q.query<Row>(`select ${COLUMNS} from people where tenant = $1 and id = $2`, [tenant, id]);
  return row ? fromRow(row) : undefined;
}

/** Every person of the tenant (active and not), by id. */
export async function listPeople(q: Queryable, tenant: string): Promise<Person[]> {
  const rows = await q.query<Row>(`select ${COLUMNS} from people where tenant = $1 order by id collate "C"`, [tenant]);
  return rows.map(fromRow);
}

/** The active people whose manager is `managerId`. */
export async function directReports(q: Queryable, tenant: string, managerId: string): Promise<Person[]> {
  const rows = await q.query<Row>(
    `select ${COLUMNS} from people where tenant = $1 and manager_id = $2 and active order by id collate "C"`,
    [tenant, managerId],
  );
  return rows.map(fromRow);
}

/** The ids of everyone below `managerId` in the org chart (direct and indirect, active), cycles cut. */
export async function reportsBelow(q: Queryable, tenant: string, managerId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `with recursive below(id, path) as (
       select id, array[$2::text, id] from people where tenant = $1 and manager_id = $2 and active
       union all
       select p.id, b.path || p.id from people p join below b on p.manager_id = b.id
        where p.tenant = $1 and p.active and not p.id = any(b.path)
     )
     select id from below group by id order by id collate "C"`,
    [tenant, managerId],
  );
  return rows.map((r) => r.id);
}

/** The managers above `id`, nearest first (cycles cut). */
export async function managerChain(q: Queryable, tenant: string, id: string): Promise<string[]> {
  const chain: string[] = [];
  let at = await getPerson(q, tenant, id);
  while (at?.managerId && !chain.includes(at.managerId) && at.managerId !== id) {
    chain.push(at.managerId);
    at = await getPerson(q, tenant, at.managerId);
  }
  return chain;
}

/** Creates or replaces a person (SCIM PUT semantics: absent optional fields are cleared); bumps `version`. */
export async function upsertPerson(q: Queryable, tenant: string, p: PersonInput): Promise<Person> {
  const active = p.active ?? true;
  const [row] = await q.query<Row>(
    `insert into people (tenant, id, user_name, external_id, display_name, email, time_zone, manager_id, department, active, deactivated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, case when $10 then null else now() end)
     on conflict (tenant, id) do update set
       user_name = excluded.user_name, external_id = excluded.external_id, display_name = excluded.display_name,
       email = excluded.email, time_zone = excluded.time_zone, manager_id = excluded.manager_id,
       department = excluded.department, active = excluded.active,
       deactivated_at = case when excluded.active then null else coalesce(people.deactivated_at, now()) end,
       updated_at = now(), version = people.version + 1
     returning ${COLUMNS}`,
    [tenant, p.id, p.userName, p.externalId ?? null, p.displayName, p.email ?? null, p.timeZone ?? null, p.managerId ?? null, p.department ?? null, active],
  );
  return fromRow(row!);
}

export async function hasGrant(q: Queryable, tenant: string, personId: string, kind: 'hr-admin'): Promise<boolean> {
  const rows = await q.query('select 1 from grants where tenant = $1 and person_id = $2 and kind = $3', [tenant, personId, kind]);
  return rows.length > 0;
}

export async function setGrant(q: Queryable, tenant: string, personId: string, kind: 'hr-admin', on: boolean): Promise<void> {
  await q.query(
    on
      ? 'insert into grants (tenant, person_id, kind) values ($1, $2, $3) on conflict do nothing'
      : 'delete from grants where tenant = $1 and person_id = $2 and kind = $3',
    [tenant, personId, kind],
  );
}

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
