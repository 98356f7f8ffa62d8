/**
 * The routes of people and of a person's own data, under `{base}`; each reads the caller from
 * `c.get('principal')` (set by the auth middleware) and answers 401 without one.
 *
 *   GET    {base}/records/person   → { records: Person[] }   the people the caller may see (policy.ts)
 *   GET    {base}/me/export        → everything of the caller's, as one JSON download
 *   DELETE {base}/me               → what was erased (the person, grants, records by kind)
 *   POST   {base}/me/import        { records: { [kind]: [...] } } → what was imported, stripped, refused
 */
import type { Context, Hono } from 'hono';
import type { Env } from './app.js';
import type { Db } from './db.js';
import { erasePerson, exportData, importLocal } from './me.js';
import { fail, reply } from './ops.js';
import { visiblePeople } from './policy.js';
import type { Principal } from './principal.js';

function caller(c: Context<Env>): Principal | Response {
  const principal = c.get('principal');
  return principal ?? fail(c, 401, 'Not signed in', { detail: 'This route needs the signed-in person’s token.' });
}

/** These routes take no query parameters: any is unknown (400, as on the other lists). */
function noQuery(c: Context<Env>): Response | undefined {
  const [name] = Object.keys(c.req.queries());
  return name === undefined ? undefined : fail(c, 400, 'Unknown query parameter', { field: name, detail: 'This route takes no parameters.' });
}

export function mountPeople(api: Hono<Env>, db: Db): void {
  api.get('/records/person', async (c) => {
    const p = caller(c);
    if (p instanceof Response) return p;
    const extra = noQuery(c);
    if (extra) return extra;
    return reply(c, { status: 200, body: { records: await visiblePeople(db, p) } });
  });
  api.on(['PUT', 'POST', 'PATCH', 'DELETE'], ['/records/person', '/records/person/:id'], (c) =>
    fail(
      c,
      405,
      'People are read-only here',
      { detail: 'People are provisioned through SCIM (/scim/v2/Users) or `npm run people:import`.' },
      { allow: 'GET' },
    ),
  );

  api.get('/me/export', async (c) => {
    const p = caller(c);
    if (p instanceof Response) return p;
    const extra = noQuery(c);
    if (extra) return extra;
    const data = await exportData(db, p.tenant, p.personId);
    const day = data.exportedAt.slice(0, 10);
    return reply(c, { status: 200, body: data, headers: { 'content-disposition': `attachment; filename="taiwa-export-${day}.json"` } });
  });

  api.delete('/me', async (c) => {
    const p = caller(c);
    if (p instanceof Response) return p;
    return reply(c, { status: 200, body: { deleted: await erasePerson(db, p.tenant, p.personId) } });
  });

  api.post('/me/import', async (c) => {
    const p = caller(c);
    if (p instanceof Response) return p;
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return fail(c, 400, 'Body is not JSON');
    }
    const report = await importLocal(db, p.tenant, p.personId, body);
    if ('error' in report) return fail(c, 400, 'Bad import', { detail: report.error });
    return reply(c, { status: 200, body: report });
  });
}
