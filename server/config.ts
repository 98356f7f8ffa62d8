/**
 * Configuration from environment variables (documented in the README, "Running the server").
 */
import type { RateLimit } from './ops.js';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  basePath: string;
  corsOrigins: string[];
  bodyLimit: number;
  rateLimit: RateLimit | false;
  trustProxy: boolean;
  log: boolean;
  shutdownMs: number;
  /** SCIM 2.0's bearer secret (TAIWA_SCIM_TOKEN); unset: no SCIM routes. */
  scimToken?: string;
  /** Days a deactivated person's records are kept before they are deleted (TAIWA_RETENTION_DAYS, default 365). */
  retentionDays: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}".`);
  return n;
}

export function configFrom(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  const rate = int(env, 'TAIWA_RATE_LIMIT', 6000);
  return {
    port: int(env, 'PORT', 8787),
    host: env.HOST || '127.0.0.1',
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: env.TAIWA_DATA_DIR || '.data/pglite',
    basePath: env.TAIWA_BASE_PATH || '/api',
    corsOrigins: (env.TAIWA_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: int(env, 'TAIWA_BODY_LIMIT', 1_000_000, 1),
    rateLimit: rate === 0 ? false : { max: rate, windowMs: int(env, 'TAIWA_RATE_WINDOW_S', 60, 1) * 1000 },
    trustProxy: env.TAIWA_TRUST_PROXY === '1' || env.TAIWA_TRUST_PROXY === 'true',
    log: env.TAIWA_LOG !== 'off',
    shutdownMs: int(env, 'TAIWA_SHUTDOWN_MS', 10_000),
    ...(env.TAIWA_SCIM_TOKEN ? { scimToken: scimToken(env.TAIWA_SCIM_TOKEN) } : {}),
    retentionDays: int(env, 'TAIWA_RETENTION_DAYS', 365, 1),
  };
}

function scimToken(token: string): string {
  if (token.length < 24) throw new Error('TAIWA_SCIM_TOKEN must be at least 24 characters (a random secret).');
  return token;
}
