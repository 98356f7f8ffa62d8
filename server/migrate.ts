/**
 * Versioned SQL migrations: `server/migrations/NNNN_name.sql`, applied in order, each in its own
 * transaction, recorded in `taiwa_migrations` with a checksum (an applied file that changed is an
 * error, not a silent skip). An advisory lock makes concurrent instances wait for each other, so
 * several servers can start at once against one PostgreSQL.
 *
 * A small runner rather than a library: the migration tools on npm (node-pg-migrate,
 * postgres-migrations) drive a node-postgres client, and PGlite is not one; this runner needs only
 * the `Db` seam both drivers implement. The SQL stays within PostgreSQL 15.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const LOCK = 7_261_034; // any constant: the advisory lock id of Taiwa's migrations

/** The folder beside this module (`npm run build:server` copies it next to the bundle). */
const FOLDER = new URL('./migrations/', import.meta.url);

/** Reads `NNNN_name.sql` files from `folder`. */
export async function loadMigrations(folder: URL = FOLDER): Promise<Migration[]> {
  const files = (await readdir(folder)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => ({ version: Number(f.slice(0, 4)), name: f.slice(5, -4), sql: await readFile(new URL(f, folder), 'utf8') })),
  );
}

const TABLE = `create table if not exists taiwa_migrations (
  version integer primary key, name text not null, checksum text not null,
  applied_at timestamptz not null default now())`;

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/** Applies the migrations not applied yet; returns the versions it applied. */
export async function migrate(db: Db, migrations?: readonly Migration[]): Promise<number[]> {
  migrations ??= await loadMigrations();
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
      await tx.query(TABLE);
      const [known] = await tx.query<{ checksum: string }>('select checksum from taiwa_migrations where version = $1', [m.version]);
      if (known) {
        if (known.checksum !== checksum(m.sql)) {
          throw new Error(`Migration ${m.version} (${m.name}) changed after it was applied: add a new migration instead.`);
        }
        return false;
      }
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into taiwa_migrations (version, name, checksum) values ($1, $2, $3)', [m.version, m.name, checksum(m.sql)]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/**
 * Splits a migration into statements at `;` ending a line, outside dollar-quoted bodies
 * (`$$ … $$`: a function's own statements end in `;` too).
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const line of sql.replace(/--.*$/gm, '').split('\n')) {
    current += `${line}\n`;
    // An odd number of `$$` on a line opens or closes a body.
    if ((line.split('$$').length - 1) % 2 === 1) quoted = !quoted;
    if (!quoted && /;\s*$/.test(line)) {
      out.push(current.trim().replace(/;$/, ''));
      current = '';
    }
  }
  out.push(current.trim());
  return out.filter(Boolean);
}
