/**
 * Helpers of the server tests: each suite runs once per driver: an in-memory PGlite, and the
 * throwaway PostgreSQL cluster scripts/test-server.mjs starts (TAIWA_TEST_DATABASE_URL), a fresh
 * database per call so that suites never see each other's rows.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import pg from 'pg';
import { openDb, type Db, type Queryable } from '../../server/db.js';
import { setGrant, upsertPerson } from '../../server/people.js';
import { migrate } from '../../server/migrate.js';

export interface Driver {
  name: 'pglite' | 'postgres';
  /** A new, empty, migrated database. */
  open(options?: { migrated?: boolean }): Promise<Db>;
  /** The URL of a new empty database (PostgreSQL only). */
  newDatabaseUrl?(): Promise<string>;
}

const url = process.env.TAIWA_TEST_DATABASE_URL;

async function newDatabaseUrl(): Promise<string> {
  const name = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(url!);
  u.pathname = `/${name}`;
  return u.toString();
}

export const drivers: Driver[] = [
  {
    name: 'pglite',
    open: async ({ migrated = true } = {}) => {
      const db = await openDb({});
      if (migrated) await migrate(db);
      return db;
    },
  },
  ...(url
    ? [
        {
          name: 'postgres' as const,
          newDatabaseUrl,
          open: async ({ migrated = true } = {}) => {
            const db = await openDb({ databaseUrl: await newDatabaseUrl(), poolSize: 8 });
            if (migrated) await migrate(db);
            return db;
          },
        },
      ]
    : []),
];

if (!url && process.env.TAIWA_TEST_PG !== 'off') {
  throw new Error('TAIWA_TEST_DATABASE_URL is not set: run the server tests with `node scripts/test-server.mjs` (or TAIWA_TEST_PG=off).');
}

let n = 0;
export const tenantName = (label: string) => `${label}-${process.pid}-${n++}`;

const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();

export function pulse(i: number, extra: Record<string, unknown> = {}) {
  return {
    id: `p-${i}`,
    createdAt: at(i),
    updatedAt: at(i),
    memberId: `m-${i % 7}`,
    managerId: 'boss',
    month: '2025-03',
    growth: (i % 5) + 1,
    ...extra,
  };
}

/** The HS256 secret of the server tests' configuration (`TAIWA_JWT_SECRET`). */
export const TEST_SECRET = 'taiwa-server-tests-secret-0123456789abcdef';

/** A token for `personId` signed with `secret`; `exp` in seconds since the epoch (default: in an hour). */
export async function tokenFor(
  personId: string,
  { secret = TEST_SECRET, claims = {}, exp, alg = 'HS256' }: { secret?: string; claims?: Record<string, unknown>; exp?: number; alg?: string } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg })
    .setSubject(personId)
    .setIssuedAt()
    .setExpirationTime(exp ?? Math.floor(Date.now() / 1000) + 3600)
    .sign(new TextEncoder().encode(secret));
}

/** `Authorization` for `personId`. */
export const bearer = async (personId: string, options?: Parameters<typeof tokenFor>[1]) => ({
  authorization: `Bearer ${await tokenFor(personId, options)}`,
});

export interface TestPerson {
  id: string;
  managerId?: string;
  hrAdmin?: boolean;
  active?: boolean;
}

/** Puts `people` into the org chart of `tenant` (SCIM PUT semantics) and sets their HR grant. */
export async function provision(db: Queryable, tenant: string, people: TestPerson[]): Promise<void> {
  for (const p of people) {
    await upsertPerson(db, tenant, {
      id: p.id,
      userName: p.id,
      displayName: p.id,
      ...(p.managerId ? { managerId: p.managerId } : {}),
      active: p.active ?? true,
    });
    await setGrant(db, tenant, p.id, 'hr-admin', p.hrAdmin === true);
  }
}
