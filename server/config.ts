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
  /** Who sees what: the backend's sharing policy (README, "Who sees what"). */
  sharing: SharingConfig;
}

/** The sharing policy the kit reads (`GET {base}/policy`) and the routes apply. */
export interface SharingConfig {
  /** Whether a member's すっきり度 and answers are shown to the manager by name when they did not choose (TAIWA_SHARE_RATINGS_BY_DEFAULT). */
  shareRatingsByDefault: boolean;
  /** Minimum ratings behind a strength-map cell, and its batch size (TAIWA_STRENGTHS_K, ≥ 2). */
  k: number;
  /** The prior's weight in ratings (TAIWA_STRENGTHS_PRIOR). */
  prior: number;
  /** Whether HR may open a named manager's strength map (TAIWA_HR_NAMED_STRENGTHS); every read is audited. */
  hrNamedStrengths: boolean;
}

const flag = (raw: string | undefined) => raw === '1' || raw === 'true';

/** The sharing policy from the environment; the defaults share nothing by name. */
export function sharingFrom(env: NodeJS.ProcessEnv = process.env): SharingConfig {
  return {
    shareRatingsByDefault: flag(env.TAIWA_SHARE_RATINGS_BY_DEFAULT),
    k: Math.min(1000, int(env, 'TAIWA_STRENGTHS_K', 3, 2)),
    prior: Math.min(1_000_000, int(env, 'TAIWA_STRENGTHS_PRIOR', 5, 0)),
    hrNamedStrengths: flag(env.TAIWA_HR_NAMED_STRENGTHS),
  };
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
    sharing: sharingFrom(env),
  };
}
