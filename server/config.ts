/**
 * Configuration from environment variables (documented in the README, "Running the server").
 */
import type { RateLimit } from './ops.js';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  /** node-postgres pool size per instance with DATABASE_URL (TAIWA_DB_POOL, default 10). */
  dbPool: number;
  dataDir: string;
  basePath: string;
  corsOrigins: string[];
  bodyLimit: number;
  rateLimit: RateLimit | false;
  trustProxy: boolean;
  log: boolean;
  shutdownMs: number;
  /** Who is calling (server/auth.ts): how tokens are verified. */
  auth: AuthConfig;
  /** What the policy (server/policy.ts) leaves to the deployment. */
  policy: PolicyConfig;
  /** `TAIWA_DEMO=1` (`npm start`): `POST {base}/demo/sign-in` issues tokens for the sample people. Off otherwise (404). */
  demo: boolean;
  /** SCIM 2.0's bearer secret (TAIWA_SCIM_TOKEN); unset: no SCIM routes. */
  scimToken?: string;
  /** Days a deactivated person's records are kept before they are deleted (TAIWA_RETENTION_DAYS, default 365). */
  retentionDays: number;
  /** Warm the write path before `/readyz` says ready (server/write-warm.ts; TAIWA_WARM=0: off). */
  warm: boolean;
}

export interface AuthConfig {
  /** HS256 shared secret (`TAIWA_JWT_SECRET`, at least 32 bytes). */
  secret?: string;
  /** RS256/ES256 keys from this JWKS URL (`TAIWA_JWKS_URL`). */
  jwksUrl?: string;
  /** Required `iss` (`TAIWA_JWT_ISSUER`). */
  issuer?: string;
  /** Required `aud` (`TAIWA_JWT_AUDIENCE`). */
  audience?: string;
  /** The claim naming the organisation (`TAIWA_JWT_TENANT_CLAIM`) when one deployment keeps several; unset: every caller is in "default". */
  tenantClaim?: string;
}

/** What the policy (server/policy.ts) leaves to the deployment: the sharing policy the kit reads (`GET {base}/policy`) and the routes apply. */
export interface PolicyConfig {
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
export function sharingFrom(env: NodeJS.ProcessEnv = process.env): PolicyConfig {
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

function authFrom(env: NodeJS.ProcessEnv): AuthConfig {
  const secret = env.TAIWA_JWT_SECRET || undefined;
  if (secret && new TextEncoder().encode(secret).length < 32) throw new Error('TAIWA_JWT_SECRET must be at least 32 bytes.');
  const jwksUrl = env.TAIWA_JWKS_URL || undefined;
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new Error('TAIWA_JWKS_URL must be an http(s) URL.');
  const out: AuthConfig = {};
  if (secret) out.secret = secret;
  if (jwksUrl) out.jwksUrl = jwksUrl;
  if (env.TAIWA_JWT_ISSUER) out.issuer = env.TAIWA_JWT_ISSUER;
  if (env.TAIWA_JWT_AUDIENCE) out.audience = env.TAIWA_JWT_AUDIENCE;
  if (env.TAIWA_JWT_TENANT_CLAIM) out.tenantClaim = env.TAIWA_JWT_TENANT_CLAIM;
  return out;
}

export function configFrom(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  const rate = int(env, 'TAIWA_RATE_LIMIT', 6000);
  return {
    port: int(env, 'PORT', 8787),
    host: env.HOST || '127.0.0.1',
    ...(databaseUrl ? { databaseUrl } : {}),
    dbPool: int(env, 'TAIWA_DB_POOL', 10, 1),
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
    auth: authFrom(env),
    policy: sharingFrom(env),
    demo: flag(env.TAIWA_DEMO),
    ...(env.TAIWA_SCIM_TOKEN ? { scimToken: scimToken(env.TAIWA_SCIM_TOKEN) } : {}),
    retentionDays: int(env, 'TAIWA_RETENTION_DAYS', 365, 1),
    warm: !['0', 'off', 'false'].includes(env.TAIWA_WARM ?? ''),
  };
}

function scimToken(token: string): string {
  if (token.length < 24) throw new Error('TAIWA_SCIM_TOKEN must be at least 24 characters (a random secret).');
  return token;
}
