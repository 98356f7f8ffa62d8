/**
 * The verified-token cache (server/auth.ts `cached`): a token verified once is not verified again
 * until its `exp`; past it, the real verifier decides again (and refuses); a refused token is never
 * kept; the cache is bounded. Real HS256 tokens, a real verifier under the cache, a clock we move.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { AuthError, cached, createAuthenticator, type Verifier } from '../../server/auth.js';
import { TEST_SECRET } from './helpers.js';

const key = new TextEncoder().encode(TEST_SECRET);
const sign = (sub: string, expSeconds: number) =>
  new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime(expSeconds).sign(key);

/** The real verifier, counting its calls. */
function counting(): { verify: Verifier; calls: () => number } {
  const real = createAuthenticator({ secret: TEST_SECRET });
  let n = 0;
  return {
    verify: async (token) => {
      n++;
      return real.verify(token);
    },
    calls: () => n,
  };
}

describe('verified-token cache', () => {
  it('verifies a token once until its exp, then asks the verifier again', async () => {
    const inner = counting();
    let clock = Date.now();
    const verify = cached(inner.verify, () => clock);
    const exp = Math.floor(clock / 1000) + 120;
    const token = await sign('m1', exp);
    for (let i = 0; i < 5; i++) assert.equal((await verify(token)).personId, 'm1');
    assert.equal(inner.calls(), 1);
    // One millisecond past exp: the entry is gone, the real verifier is asked (and, within jose's
    // clock tolerance, still accepts); the entry is then kept no longer than exp.
    clock = exp * 1000 + 1;
    assert.equal((await verify(token)).personId, 'm1');
    assert.equal(inner.calls(), 2);
    assert.equal((await verify(token)).personId, 'm1');
    assert.equal(inner.calls(), 3);
  });

  it('keeps no refused token and no expired one', async () => {
    const inner = counting();
    const verify = cached(inner.verify);
    const expired = await sign('m1', Math.floor(Date.now() / 1000) - 3600);
    for (let i = 0; i < 3; i++) await assert.rejects(verify(expired), AuthError);
    assert.equal(inner.calls(), 3);
    const forged = (await sign('m1', Math.floor(Date.now() / 1000) + 60)).slice(0, -2) + 'xx';
    for (let i = 0; i < 2; i++) await assert.rejects(verify(forged), AuthError);
    assert.equal(inner.calls(), 5);
  });

  it('is bounded: the oldest entry goes first', async () => {
    const inner = counting();
    const verify = cached(inner.verify);
    const exp = Math.floor(Date.now() / 1000) + 600;
    const first = await sign('p-0', exp);
    await verify(first);
    for (let i = 1; i <= 5000; i++) await verify(await sign(`p-${i}`, exp));
    assert.equal(inner.calls(), 5001);
    await verify(first); // evicted by the 5,000 after it
    assert.equal(inner.calls(), 5002);
  });
});
