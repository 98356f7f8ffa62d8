/**
 * The REST adapter against the harness's real authentication and policy (no `relations: false`):
 * the adapter's `getHeaders` token names the signed-in person; a member's adapter writes only their
 * own records and reads back none of another member's.
 */
import { expect } from '@open-wc/testing';
import { createRestAdapter, TaiwaHttpError } from '../../src/adapters/rest.js';
import type { Pulse } from '../../src/model/schemas.js';
import { TestTenant } from './outbox-server.js';

const pulseOf = (id: string, memberId: string): Pulse => ({
  id,
  createdAt: '2025-03-01T00:00:00.000Z',
  updatedAt: '2025-03-01T00:00:00.000Z',
  memberId,
  managerId: 'boss',
  month: '2025-03',
  growth: 3,
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a refusal'),
    (e: unknown) => e as TaiwaHttpError,
  );

describe('REST adapter with sign-in and the policy', () => {
  it('writes as the signed-in member only, and lists only what they may read', async () => {
    const t = new TestTenant('auth');
    await t.people([{ id: 'boss' }, { id: 'm-1', managerId: 'boss' }, { id: 'm-2', managerId: 'boss' }]);
    const as = async (personId: string) => {
      const token = await t.tokenFor(personId);
      return createRestAdapter({ baseUrl: t.base, getHeaders: () => ({ authorization: `Bearer ${token}` }) });
    };
    const m1 = await as('m-1');
    const m2 = await as('m-2');
    await m1.put('pulse', pulseOf('mine', 'm-1'));
    const asOther = await failure(m1.put('pulse', pulseOf('theirs', 'm-2')));
    expect([asOther.status, asOther.problem?.rule]).to.deep.equal([403, 'not-your-side']);
    const takeover = await failure(m2.put('pulse', { ...pulseOf('mine', 'm-2'), growth: 1 }));
    expect([takeover.status, takeover.problem?.rule]).to.deep.equal([403, 'not-your-record']);
    expect((await m1.query('pulse', {})).map((p) => [p.id, p.growth])).to.deep.equal([['mine', 3]]);
    expect(await m2.query('pulse', { personId: 'm-1' })).to.deep.equal([]);
    // The manager holding the 1on1 sees no pulse by name (team aggregates only).
    expect(await (await as('boss')).query('pulse', { personId: 'm-1' })).to.deep.equal([]);
  });

  it('answers a request without a token, or with another tenant’s, as not signed in (401) or refused (403)', async () => {
    const t = new TestTenant('auth-none');
    const other = new TestTenant('auth-other');
    await t.people([{ id: 'm-1' }]);
    await other.people([{ id: 'm-1' }]);
    const none = await fetch(`${t.base}/records/pulse`);
    expect([none.status, none.headers.get('www-authenticate')]).to.deep.equal([401, 'Bearer']);
    const foreign = await fetch(`${t.base}/records/pulse`, { headers: { authorization: `Bearer ${await other.tokenFor('m-1')}` } });
    expect(foreign.status).to.equal(403);
  });
});
