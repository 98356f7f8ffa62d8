/**
 * The SCIM operations on people, over the database (server/people.ts): what the routes of
 * server/scim.ts, the CLI import (server/people-import.ts) and the demo's seed all go through.
 * Errors are `ScimError`s (409 `uniqueness`, 404, 412 on a stale `If-Match`).
 *
 * The person id is the id the host's token names (its subject): a SCIM client's `externalId` when
 * it sends one (Entra ID's and Okta's stable user id, which the portal's token carries too), else
 * a new UUID. DELETE deactivates the person and hides them from SCIM (404 from then on); the
 * retention deletes them and their records later.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from './db.js';
import { getPerson, upsertPerson, type Person } from './people.js';
import { checkUser, etagOf, fieldsOf, ScimError, toInput, type UserFields } from './scim-resource.js';
import { applyPatch } from './scim-patch.js';

const ID = /^[A-Za-z0-9._@:|-]{1,128}$/;

async function isDeleted(q: Queryable, tenant: string, id: string): Promise<boolean | undefined> {
  const [row] = await q.query<{ deleted: boolean }>('select deleted_at is not null as deleted from people where tenant = $1 and id = $2', [
    tenant,
    id,
  ]);
  return row?.deleted;
}

/** The person with `id`, unless absent or deleted (404). */
export async function getUser(q: Queryable, tenant: string, id: string): Promise<Person> {
  const person = await getPerson(q, tenant, id);
  if (!person || (await isDeleted(q, tenant, id))) throw new ScimError(404, undefined, `No user "${id}".`);
  return person;
}

/** Every person SCIM sees (not deleted), by id. */
export async function listUsers(q: Queryable, tenant: string): Promise<Person[]> {
  const rows = await q.query<{ id: string }>('select id from people where tenant = $1 and deleted_at is null order by id collate "C"', [
    tenant,
  ]);
  const out: Person[] = [];
  for (const { id } of rows) {
    const p = await getPerson(q, tenant, id);
    if (p) out.push(p);
  }
  return out;
}

async function assertFreeUserName(q: Queryable, tenant: string, userName: string, id: string): Promise<void> {
  const rows = await q.query(
    'select 1 from people where tenant = $1 and lower(user_name) = lower($2) and deleted_at is null and id <> $3',
    [tenant, userName, id],
  );
  if (rows.length) throw new ScimError(409, 'uniqueness', `userName "${userName}" is taken.`);
}

function checkMatch(person: Person, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const tags = ifMatch.split(',').map((t) => t.trim());
  if (!tags.includes(etagOf(person)) && !tags.includes(etagOf(person).slice(2)))
    throw new ScimError(412, undefined, `The user changed (now ${etagOf(person)}); read it again.`);
}

async function write(db: Db, tenant: string, id: string, fields: UserFields): Promise<Person> {
  checkUser(fields, id);
  try {
    return await db.transaction(async (tx) => {
      await assertFreeUserName(tx, tenant, fields.userName, id);
      await tx.query('update people set deleted_at = null where tenant = $1 and id = $2', [tenant, id]);
      return upsertPerson(tx, tenant, toInput(id, fields));
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new ScimError(409, 'uniqueness', `userName "${fields.userName}" is taken.`);
    throw err;
  }
}

/** POST /Users: a new person (201); 409 when the userName or the id is taken. */
export async function createUser(db: Db, tenant: string, fields: UserFields): Promise<Person> {
  const id = fields.externalId ?? randomUUID();
  if (!ID.test(id)) throw new ScimError(400, 'invalidValue', 'externalId: 1–128 letters, digits or ._@:|- (it becomes the person id).');
  if ((await isDeleted(db, tenant, id)) === false) throw new ScimError(409, 'uniqueness', `A user with externalId "${id}" exists.`);
  return write(db, tenant, id, fields);
}

/** PUT /Users/{id}: replaces the person (absent attributes cleared). */
export async function replaceUser(db: Db, tenant: string, id: string, fields: UserFields, ifMatch?: string): Promise<Person> {
  checkMatch(await getUser(db, tenant, id), ifMatch);
  return write(db, tenant, id, fields);
}

/** PATCH /Users/{id}. */
export async function patchUser(db: Db, tenant: string, id: string, body: unknown, ifMatch?: string): Promise<Person> {
  const current = await getUser(db, tenant, id);
  checkMatch(current, ifMatch);
  return write(db, tenant, id, applyPatch(fieldsOf(current), body));
}

/** DELETE /Users/{id}: deactivated and hidden from SCIM; deleted with their records by the retention. */
export async function deleteUser(db: Db, tenant: string, id: string): Promise<void> {
  const current = await getUser(db, tenant, id);
  await db.transaction(async (tx) => {
    if (current.active) await upsertPerson(tx, tenant, toInput(id, { ...fieldsOf(current), active: false }));
    await tx.query('update people set deleted_at = now() where tenant = $1 and id = $2', [tenant, id]);
  });
}

/** Create or replace the person `id` (the CLI import and the demo): idempotent, same checks as SCIM. */
export async function putUser(db: Db, tenant: string, id: string, fields: UserFields): Promise<{ person: Person; created: boolean }> {
  if (!ID.test(id)) throw new ScimError(400, 'invalidValue', 'id: 1–128 letters, digits or ._@:|-.');
  const before = await getPerson(db, tenant, id);
  const key = (f: UserFields) => JSON.stringify(Object.entries(f).sort(([a], [b]) => (a < b ? -1 : 1)));
  const unchanged = before && key(fieldsOf(before)) === key(checkUser(fields, id)) && !(await isDeleted(db, tenant, id));
  if (before && unchanged) return { person: before, created: false };
  return { person: await write(db, tenant, id, fields), created: !before };
}
