/**
 * Who is calling: the host portal's signed token (`Authorization: Bearer <JWT>`), verified with
 * jose: HS256 with a shared secret, or RS256/ES256 with keys from a JWKS URL; issuer and audience
 * checked when configured. The subject is the person id (an active person in `people`); the tenant
 * comes from a claim when the deployment keeps several organisations, else "default", never from
 * the URL. The demo's sign-in (`TAIWA_DEMO=1`) issues HS256 tokens with the same verifier's secret.
 */
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from './config.js';
import type { Queryable } from './db.js';
import { fail } from './ops.js';
import { getPerson } from './people.js';
import type { Principal } from './principal.js';

export type VerifiedToken = { personId: string; claims: JWTPayload };

/** Verifies a token; throws `AuthError` with what is wrong. */
export type Verifier = (token: string) => Promise<VerifiedToken>;

export class AuthError extends Error {}

export interface Authenticator {
  verify: Verifier;
  /** Mints an HS256 token for `personId` (the demo's sign-in and the test harness); absent without a secret. */
  sign?: (personId: string, claims?: Record<string, unknown>) => Promise<string>;
  tenantClaim?: string;
}

const MAX_TOKEN = 8192;

/**
 * The verifier of a configuration. `demoSecret`: the secret the demo signs with when none is
 * configured (a fresh random one per process).
 */
export function createAuthenticator(config: AuthConfig, { demo = false }: { demo?: boolean } = {}): Authenticator {
  const secretText = config.secret ?? (demo ? randomBytes(32).toString('base64url') : undefined);
  if (!secretText && !config.jwksUrl) {
    throw new Error('No way to verify sign-in tokens: set TAIWA_JWT_SECRET or TAIWA_JWKS_URL (or TAIWA_DEMO=1 for the demo).');
  }
  // Imported once: verifying then costs one HMAC, not a key import per request.
  const secret: KeyObject | undefined = secretText ? createSecretKey(Buffer.from(secretText, 'utf8')) : undefined;
  const jwks: JWTVerifyGetKey | undefined = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  const options = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
    clockTolerance: 30,
  };
  const verify: Verifier = async (token) => {
    if (token.length > MAX_TOKEN) throw new AuthError('The token is too long.');
    let payload: JWTPayload;
    try {
      const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { alg?: unknown };
      if (header.alg === 'HS256') {
        if (!secret) throw new AuthError('HS256 tokens are not accepted here.');
        ({ payload } = await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] }));
      } else {
        if (!jwks) throw new AuthError('Only HS256 tokens are accepted here.');
        ({ payload } = await jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256'] }));
      }
    } catch (err) {
      if (err instanceof AuthError) throw err;
      const code = (err as { code?: string }).code;
      throw new AuthError(code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token could not be verified.');
    }
    if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 200)
      throw new AuthError('The token names no subject.');
    return { personId: payload.sub, claims: payload };
  };
  const out: Authenticator = { verify: cached(verify), ...(config.tenantClaim ? { tenantClaim: config.tenantClaim } : {}) };
  if (secret) {
    out.sign = (personId, claims = {}) => {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(personId)
        .setIssuedAt()
        .setExpirationTime('8h');
      if (config.issuer) jwt.setIssuer(config.issuer);
      if (config.audience) jwt.setAudience(config.audience);
      return jwt.sign(secret);
    };
  }
  return out;
}

/** Tokens kept verified at most (the oldest goes first), how long one is kept, and the longest kept. */
const CACHE_SIZE = 5000;
const CACHE_MS = 5 * 60_000;
const CACHE_TOKEN_MAX = 2048;

/**
 * A verifier that remembers the tokens it verified, keyed by the token string itself: a portal
 * sends one token for many requests, and re-checking its signature (and, for JWKS, finding its
 * key) on each of them is the largest per-request cost after the database. An entry is kept until
 * the token's `exp` (never past it, without the clock tolerance), at most CACHE_MS, and at most
 * CACHE_SIZE entries; a refused token is never kept, so it is checked again every time.
 */
export function cached(verify: Verifier, now: () => number = Date.now): Verifier {
  const known = new Map<string, { verified: VerifiedToken; until: number }>();
  return async (token) => {
    const t = now();
    const hit = known.get(token);
    if (hit) {
      if (hit.until > t) return hit.verified;
      known.delete(token);
    }
    const verified = await verify(token);
    const exp = typeof verified.claims.exp === 'number' ? verified.claims.exp * 1000 : Infinity;
    const until = Math.min(exp, t + CACHE_MS);
    if (token.length <= CACHE_TOKEN_MAX && until > t) {
      if (known.size >= CACHE_SIZE) known.delete(known.keys().next().value!);
      known.set(token, { verified, until });
    }
    return verified;
  };
}

/** How long a person found active is taken as active without asking the org chart again. */
export const ACTIVE_TTL_MS = 2000;

const unauthorized = { 'www-authenticate': 'Bearer' };

/**
 * The middleware in front of every API route but the open ones: 401 without a valid token, 403
 * when its subject is not an active person of the tenant; sets `tenant` and `principal`.
 * `pathTenant`: the tenant a test harness read from its URL; the token's claim must then equal it.
 */
export function authenticate(
  db: Queryable,
  auth: Authenticator,
): MiddlewareHandler<{ Variables: { tenant: string; principal?: Principal } }> {
  // Who was found active, for up to ACTIVE_TTL_MS: a burst of requests asks the org chart once. A
  // deactivation takes effect within that time; the policy itself always reads the org chart. Each
  // entry lasts between half and all of it, so the people first seen together (a server's first
  // second) do not all expire, and ask again, in the same millisecond every two seconds; and
  // requests that arrive while one asks share its answer instead of asking again.
  const active = new Map<string, number>();
  const asking = new Map<string, Promise<boolean>>();
  const ask = async (tenant: string, id: string, key: string) => {
    const person = await getPerson(db, tenant, id);
    if (!person?.active) {
      active.delete(key);
      return false;
    }
    if (active.size >= 10_000) active.clear();
    active.set(key, Date.now() + ACTIVE_TTL_MS * (0.5 + Math.random() / 2));
    return true;
  };
  const isActive = (tenant: string, id: string): Promise<boolean> | boolean => {
    const key = `${tenant}\n${id}`;
    const until = active.get(key);
    if (until !== undefined && until > Date.now()) return true;
    let pending = asking.get(key);
    if (!pending) {
      pending = ask(tenant, id, key).finally(() => asking.delete(key));
      asking.set(key, pending);
    }
    return pending;
  };
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!m) return fail(c, 401, 'Sign-in needed', { detail: 'Send the portal’s token as "Authorization: Bearer <token>".' }, unauthorized);
    let verified: VerifiedToken;
    try {
      verified = await auth.verify(m[1]!);
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      return fail(c, 401, 'Sign-in needed', { detail: err.message }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    let tenant = 'default';
    if (auth.tenantClaim) {
      const claim = verified.claims[auth.tenantClaim];
      if (typeof claim !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(claim)) {
        return fail(c, 401, 'Sign-in needed', { detail: `The token has no "${auth.tenantClaim}" claim.` }, unauthorized);
      }
      tenant = claim;
    }
    // A tenant in the path (the test harness only) must be the token's.
    const pathTenant = c.get('tenant');
    if (pathTenant && pathTenant !== tenant) return fail(c, 403, 'This token is for another organisation', { rule: 'tenant-mismatch' });
    if (!(await isActive(tenant, verified.personId))) return fail(c, 403, 'Not a member of this organisation', { rule: 'unknown-person' });
    c.set('tenant', tenant);
    c.set('principal', { personId: verified.personId, tenant });
    await next();
  };
}
