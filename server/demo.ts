/**
 * The demo's sample organisation in the server: loaded once, on the first start against an empty
 * database (through the same validated write path as the API), and `npm run demo:reset`, which
 * empties it so that the next start loads it afresh.
 */
import { pathToFileURL } from 'node:url';
import { generateSampleData, recordsFor } from '../demo/data/generate.js';
import { RECORD_KINDS } from '../src/model/records.js';
import type { Db } from './db.js';
import { putRecord, resetTenant } from './records.js';
import { seedOrg } from './demo-org.js';

/** Loads the sample organisation unless the tenant has sessions already; returns how many records it wrote. */
export async function seedDemo(db: Db, tenant = 'default'): Promise<number> {
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
  // The HR sample (wp-hr): about 300 people with departments, a year of 1:1s, ratings and pulses.
  written += await seedOrg(db, tenant);
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
    console.log(`Emptied the demo's data (${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}); the next \`npm start\` loads the sample organisation again.`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
