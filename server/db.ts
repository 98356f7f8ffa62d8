/**
 * One small database seam over the two drivers the server runs on: PGlite (PostgreSQL in
 * WebAssembly, in this process, persisted in a data folder: the embedded default) and node-postgres
 * (`DATABASE_URL=postgres://…`). Both speak the same SQL; the server never sees which one it has.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { acquireLock, type Lock } from './lock.js';

export interface Queryable {
  /** `name`: a prepared statement's name (node-postgres plans it once per connection); PGlite ignores it. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], name?: string): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements (a migration file). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` on every connection of the driver at once (node-postgres: the whole pool, opened if
   * need be; PGlite: its one connection), each inside a transaction that is rolled back whatever
   * `fn` does: nothing it writes is ever visible, even to a crash (server/write-warm.ts).
   */
  rolledBack(fn: (q: Queryable, index: number, count: number) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** `postgres://…`: a PostgreSQL server through node-postgres. Without it, PGlite. */
  databaseUrl?: string;
  /** PGlite's data folder; `memory://` (or undefined) keeps it in memory. */
  dataDir?: string;
  /** node-postgres pool size (default 10). */
  poolSize?: number;
}

export async function openDb(options: DbOptions = {}): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPglite(options.dataDir);
}

async function openPglite(dataDir = 'memory://'): Promise<Db> {
  const persisted = !dataDir.startsWith('memory://');
  const lock: Lock | undefined = persisted ? await acquireLock(dataDir) : undefined;
  let db: PGlite;
  try {
    db = await PGlite.create(persisted ? dataDir : undefined);
  } catch (err) {
    await lock?.release();
    throw err;
  }
  const run = async <T>(q: Pick<PGlite, 'query'>, sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows;
  return {
    driver: 'pglite',
    query: (sql, params) => run(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) })),
    exec: async (sql) => void (await db.exec(sql)),
    rolledBack: async (fn) => {
      await db.transaction(async (tx) => {
        try {
          await fn({ query: (sql, params) => run(tx, sql, params) }, 0, 1);
        } finally {
          await tx.rollback();
        }
      });
    },
    close: async () => {
      await db.close();
      await lock?.release();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server (a restart) must not crash the process.
  pool.on('error', () => {});
  const run = async <T>(q: pg.Pool | pg.PoolClient, sql: string, params?: unknown[], name?: string) =>
    (await (name ? q.query({ name, text: sql, values: params as unknown[] }) : q.query(sql, params as unknown[]))).rows as T[];
  await run(pool, 'select 1');
  return {
    driver: 'postgres',
    query: (sql, params, name) => run(pool, sql, params, name),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const out = await fn({ query: (sql, params, name) => run(client, sql, params, name) });
        await client.query('commit');
        return out;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => void (await pool.query(sql)),
    rolledBack: async (fn) => {
      // All at once, so that each is a different connection (the pool opens the ones it lacks).
      const got = await Promise.allSettled(Array.from({ length: max }, () => pool.connect()));
      const clients = got.flatMap((g) => (g.status === 'fulfilled' ? [g.value] : []));
      const failed = got.find((g) => g.status === 'rejected');
      if (failed) {
        for (const c of clients) c.release();
        throw failed.reason;
      }
      await Promise.all(
        clients.map(async (client, i) => {
          try {
            await client.query('begin');
            await fn({ query: (sql, params, name) => run(client, sql, params, name) }, i, clients.length);
          } finally {
            await client.query('rollback').catch(() => {});
            client.release();
          }
        }),
      );
    },
    close: () => pool.end(),
  };
}
