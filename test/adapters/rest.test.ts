import { expect } from '@open-wc/testing';
import { createRestAdapter, TaiwaHttpError, parseRetryAfter } from '../../src/adapters/rest.js';
import { guard } from '../../src/core/guard.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import { TaiwaConflictError, TaiwaDataError, TaiwaStorageError } from '../../src/model/errors.js';
import { agenda, pulse, TestTenant, when } from './outbox-server.js';

async function failure(p: Promise<unknown>): Promise<TaiwaHttpError> {
  try {
    await p;
  } catch (err) {
    return err as TaiwaHttpError;
  }
  throw new Error('expected a failure');
}

describe('createRestAdapter (against the example backend)', () => {
  it('writes idempotent upserts and reads them back by person, session and time', async () => {
    const t = new TestTenant('rest');
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers });
    expect(rest.local).to.equal(false);
    await rest.put('pulse', pulse(1), { idempotencyKey: 'k-1' });
    await rest.put('pulse', pulse(1), { idempotencyKey: 'k-1' });
    await rest.put('pulse', pulse(2));
    await rest.put('pulse', pulse(3));
    const stats = await t.stats();
    expect(stats.records).to.equal(3);
    expect(stats.replayed).to.equal(1);
    expect(stats.duplicates).to.equal(0);
    expect((await rest.query('pulse', {})).map((r) => r.id)).to.deep.equal(['p-1', 'p-2', 'p-3']);
    expect((await rest.query('pulse', { personId: 'm-2' })).map((r) => r.id)).to.deep.equal(['p-2']);
    expect((await rest.query('pulse', { from: pulse(2).createdAt, to: pulse(3).createdAt })).map((r) => r.id)).to.deep.equal(['p-2']);
    const captured = await t.requests();
    expect(
      captured.filter((r) => r.method === 'PUT').every((r) => typeof r.idempotencyKey === 'string' && r.idempotencyKey.length > 0),
    ).to.equal(true);
  });

  it('turns bad JSON and a bad answer shape into TaiwaDataError, and bad records beside valid ones into per-record errors', async () => {
    const t = new TestTenant('rest-bad');
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers });
    await rest.put('pulse', pulse(1));
    await t.configure({ corrupt: [{ id: 'evil', growth: 'lots' }] });
    const { records, errors } = await guard(rest).query('pulse', {});
    expect(records.map((r) => r.id)).to.deep.equal(['p-1']);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.be.instanceOf(TaiwaDataError);
    expect(errors[0]!.recordId).to.equal('evil');
    await t.configure({ corrupt: undefined, badJson: true });
    const bad = await failure(rest.query('pulse', {}));
    expect(bad).to.be.instanceOf(TaiwaDataError);
    expect(bad.message).to.contain('not JSON');
    const shape = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers, fetch: async () => new Response('{"items": []}') });
    expect(await failure(shape.query('pulse', {}))).to.be.instanceOf(TaiwaDataError);
  });

  it('names each failure: rejected (422 with field and rule), conflict (412 with the stored record), server (5xx), rate-limited (429 + Retry-After)', async () => {
    const t = new TestTenant('rest-codes');
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers });
    const refused = await failure(rest.put('pulse', pulse(5, { refused: true })));
    expect(refused).to.be.instanceOf(TaiwaStorageError);
    expect([refused.code, refused.status, refused.problem?.rule, refused.problem?.field]).to.deep.equal([
      'rejected',
      422,
      'updated-before-created',
      'updatedAt',
    ]);
    expect(refused.retryable).to.equal(false);
    const { revision } = await rest.put('pulse', pulse(6));
    expect(rest.revisionOf('pulse', 'p-6')).to.equal(revision);
    await rest.put('pulse', { ...pulse(6), growth: 1 }, { ifMatch: revision });
    const stale = (await failure(rest.put('pulse', { ...pulse(6), growth: 2 }, { ifMatch: revision }))) as unknown as TaiwaConflictError;
    expect(stale).to.be.instanceOf(TaiwaConflictError);
    expect([stale.code, stale.status, stale.problem?.rule, stale.retryable]).to.deep.equal(['conflict', 412, 'stale-revision', false]);
    expect([stale.current, stale.revision]).to.deep.equal([{ ...pulse(6), growth: 1 }, String(Number(revision) + 1)]);
    expect(rest.revisionOf('pulse', 'p-6')).to.equal(stale.revision);
    await t.configure({ failIds: { 'p-7': 500, 'p-8': 429 }, retryAfterS: 3 });
    const server = await failure(rest.put('pulse', pulse(7)));
    expect([server.code, server.status, server.retryable]).to.deep.equal(['server', 500, true]);
    const busy = await failure(rest.put('pulse', pulse(8)));
    expect([busy.code, busy.status, busy.retryAfterMs]).to.deep.equal(['rate-limited', 429, 3000]);
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).to.be.within(58_000, 60_000);
  });

  it('times out (AbortController) and reports dropped connections as network errors', async () => {
    const t = new TestTenant('rest-net');
    // Well above a busy machine's answer (now with sign-in), well below the 5 s hang.
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers, timeoutMs: 1000 });
    await t.token();
    await t.configure({ seed: 1, timeout: 1, hangMs: 5000 });
    const slow = await failure(rest.put('pulse', pulse(1)));
    expect([slow.code, slow.retryable]).to.deep.equal(['timeout', true]);
    await t.configure({ timeout: 0, drop: 1 });
    const dropped = await failure(rest.put('pulse', pulse(2)));
    expect([dropped.code, dropped.status]).to.deep.equal(['network', 0]);
    await t.configure({ drop: 0, down: true });
    expect((await failure(rest.query('pulse', {}))).code).to.equal('network');
  });

  it('holds requests during a slow start, and answers once the server is up', async () => {
    const t = new TestTenant('rest-slow');
    await t.token(); // signed in before the clock starts: the 40 ms are the request's
    await t.configure({ slowStartMs: 300 });
    const impatient = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers, timeoutMs: 40 });
    expect((await failure(impatient.put('pulse', pulse(1)))).code).to.equal('timeout');
    const patient = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers, timeoutMs: 5000 });
    await patient.put('pulse', pulse(2));
    // The write the client gave up on was still applied once the server came up: why a retry must
    // carry the same Idempotency-Key.
    expect((await t.stats()).ids.sort()).to.deep.equal(['pulse/p-1', 'pulse/p-2']);
  });

  it('adds the portal’s headers; a 401 pauses writes until the host re-authenticated', async () => {
    const t = new TestTenant('rest-auth');
    const fresh = await t.token();
    let token = 'expired';
    const rest = createRestAdapter({
      baseUrl: t.base,
      headers: { 'x-portal': 'intranet' },
      getHeaders: async () => ({ authorization: `Bearer ${token}` }),
    });
    let asked = 0;
    rest.addEventListener('auth-required', () => asked++);
    const denied = await failure(rest.put('pulse', pulse(1)));
    expect([denied.code, denied.status, rest.paused, asked]).to.deep.equal(['auth', 401, true, 1]);
    const before = (await t.requests()).length;
    expect((await failure(rest.put('pulse', pulse(2)))).code).to.equal('paused');
    expect((await t.requests()).length, 'a paused write does not reach the server').to.equal(before);
    token = fresh;
    let resumed = 0;
    rest.addEventListener('resumed', () => resumed++);
    rest.reauthenticated();
    await rest.put('pulse', pulse(2));
    expect([rest.paused, resumed]).to.deep.equal([false, 1]);
    const last = (await t.requests()).at(-1)!;
    expect(last.authorization).to.equal(`Bearer ${fresh}`);
  });

  it('a failed token refresh (getHeaders rejects) is "sign in again": writes pause, nothing is retried until resume()', async () => {
    const t = new TestTenant('rest-token');
    let refresh: () => Promise<Record<string, string>> = () => Promise.reject(new Error('refresh token expired'));
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: () => refresh() });
    let asked = 0;
    rest.addEventListener('auth-required', () => asked++);
    const denied = await failure(rest.put('pulse', pulse(1)));
    expect([denied.code, denied.retryable, rest.paused, asked]).to.deep.equal(['auth', false, true, 1]);
    expect((denied.cause as Error).message).to.equal('refresh token expired');
    expect((await failure(rest.query('pulse', {}))).code).to.equal('auth');
    expect(asked, 'asked once per pause').to.equal(1);
    expect(await t.requests()).to.deep.equal([]);

    // Under the outbox: the write waits for sign-in instead of being retried.
    rest.resume();
    const outbox = withOutbox(rest, { viewerId: `v-${t.name}`, dbName: `outbox-${t.name}`, baseDelayMs: 5, maxDelayMs: 20 });
    try {
      await outbox.put('pulse', pulse(2));
      const s = await when(outbox, 'status', () =>
        (outbox.current.paused === 'auth' && outbox.current.counts.sending === 0) || outbox.current.records.some((r) => r.attempts > 0)
          ? outbox.current
          : undefined,
      );
      expect(s.paused).to.equal('auth');
      expect(s.records.map((r) => [r.id, r.state, r.attempts, r.error?.code])).to.deep.equal([['p-2', 'pending', 0, 'auth']]);
      refresh = t.headers;
      outbox.resume();
      expect((await outbox.drained()).counts.sent).to.equal(1);
      expect((await t.stats()).ids).to.deep.equal(['pulse/p-2']);
    } finally {
      outbox.close();
    }
  });

  it('reads the host catalogue override, and no override (404) as none', async () => {
    const t = new TestTenant('rest-cat');
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers });
    expect(await rest.catalog!('ja')).to.equal(undefined);
    await t.configure({ catalog: { en: { topics: [{ id: 'okr', label: 'OKRs' }] } } });
    expect(await rest.catalog!('en')).to.deep.equal({ topics: [{ id: 'okr', label: 'OKRs' }] });
  });

  it('never sends a private memo, even when called without the guard', async () => {
    const t = new TestTenant('rest-memo');
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers });
    await rest.put(
      'agenda',
      agenda(1, [
        { id: 'i1', topicId: 'career', memo: 'SECRET-WORRY', memoVisibility: 'private', proposedBy: 'member' },
        { id: 'i2', topicId: 'work', memo: 'OPEN-NOTE', memoVisibility: 'shared', proposedBy: 'member' },
      ]),
    );
    const [put] = await t.requests();
    expect(put!.body).not.to.contain('SECRET-WORRY');
    expect(put!.body).to.contain('OPEN-NOTE');
  });

  it('refuses an unknown kind and a missing base URL with TaiwaDataError', async () => {
    expect(() => createRestAdapter({ baseUrl: '' })).to.throw(TaiwaDataError);
    const rest = createRestAdapter({ baseUrl: '/api' });
    expect(await failure(rest.query('nope' as 'pulse', {}))).to.be.instanceOf(TaiwaDataError);
  });
});
