/**
 * The demo's sample organisation in the server: loaded once, on the first start against an empty
 * database (through the same validated write path as the API), and `npm run demo:reset`, which
 * empties it so that the next start loads it afresh.
 */
import { pathToFileURL } from 'node:url';
import { generateSampleData, recordsFor } from '../demo/data/generate.js';
import { PEOPLE } from '../demo/data/people.js';
import { RECORD_KINDS } from '../src/model/records.js';
import type { Db } from './db.js';
import { setGrant } from './people.js';
import { putRecord, resetTenant } from './records.js';
import { ENTERPRISE, CORE, userFromBody } from './scim-resource.js';
import { putUser } from './scim-users.js';

/** The sample organisation's departments, by manager (the HR admin is in HR). */
const DEPARTMENTS: Record<string, string> = { 'admin-1': '人事部', 'mgr-1': '営業部', 'mgr-2': '開発部', 'mgr-3': 'カスタマーサクセス部' };

/**
 * The sample people (demo/data/people.ts) with their managers and departments, as SCIM User
 * bodies through the SCIM write path (the same checks as `POST /scim/v2/Users`), and the HR
 * admin's `hr-admin` grant. Idempotent: returns how many people it created or changed.
 */
export async function seedPeople(db: Db, tenant = 'default'): Promise<number> {
  let changed = 0;
  for (const p of PEOPLE) {
    const department = DEPARTMENTS[p.managerId ?? p.id];
    const body = {
      schemas: [CORE, ENTERPRISE],
      userName: `${p.id}@taiwa.example`,
      displayName: p.name,
      emails: [{ value: `${p.id}@taiwa.example`, primary: true }],
      timezone: 'Asia/Tokyo',
      active: true,
      [ENTERPRISE]: { ...(p.managerId ? { manager: { value: p.managerId } } : {}), ...(department ? { department } : {}) },
    };
    const before = await db.query<{ version: number }>('select version from people where tenant = $1 and id = $2', [tenant, p.id]);
    const { person } = await putUser(db, tenant, p.id, userFromBody(body));
    if (Number(before[0]?.version) !== person.version) changed++;
    await setGrant(db, tenant, p.id, 'hr-admin', p.role === 'admin');
  }
  return changed;
}

/** Loads the sample organisation unless the tenant has sessions already; returns how many records it wrote. */
export async function seedDemo(db: Db, tenant = 'default'): Promise<number> {
  await seedPeople(db, tenant);
  const [any] = await db.query("select 1 from records where tenant = $1 and kind = 'session' limit 1", [tenant]);
  if (any) return 0;
  const records = recordsFor(generateSampleData(), 'admin-1');
  let written = 0;
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind] as { id: string }[]) {
      const answer = await putRecord(db, tenant, kind, record.id, JSON.stringify(record), `demo-seed:${kind}:${record.id}`);
      if (answer.status >= 300) throw new Error(`The sample ${kind} ${record.id} was refused: ${JSON.stringify(answer.body)}`);
      written++;
    }
  }
  return written;
}

export { resetTenant };

// `npm run demo:reset`: the server must be stopped (the data folder's lock says so otherwise).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--reset')) {
  const { configFrom } = await import('./config.js');
  const { openDb } = await import('./db.js');
  const { migrate } = await import('./migrate.js');
  const config = configFrom();
  try {
    const db = await openDb(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
    await migrate(db);
    await resetTenant(db, 'default');
    await db.close();
    console.log(
      `Emptied the demo's data (${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}); the next \`npm start\` loads the sample organisation again.`,
    );
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}

/**
 * The HR sample (server/demo-org.ts: about 300 people with departments, a year of 1:1s, ratings and
 * pulses), loaded after the small sample without holding up the start: it takes a minute on PGlite.
 */
export { seedOrg } from './demo-org.js';
