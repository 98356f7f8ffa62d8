import { expect } from '@open-wc/testing';
import { createRestAdapter, type RestAdapter } from '../../src/adapters/rest.js';
import { withOutbox, type Outbox, type OutboxOptions, type OutboxStatus } from '../../src/adapters/outbox.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createDraftStore } from '../../src/adapters/drafts.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { guard } from '../../src/core/guard.js';
import { TaiwaStorageError } from '../../src/model/errors.js';
import { agenda, pulse, seeded, TestTenant, when } from './outbox-server.js';

const open: Outbox[] = [];

function setup(label: string, options: Partial<OutboxOptions> = {}, rest?: Partial<Parameters<typeof createRestAdapter>[0]>) {
  const tenant = new TestTenant(label);
  const adapter = createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers, timeoutMs: 2000, ...rest });
  const outbox = withOutbox(adapter, {
    viewerId: `v-${tenant.name}`,
    dbName: `outbox-${tenant.name}`,
    baseDelayMs: 5,
    maxDelayMs: 40,
    random: seeded(7),
    ...options,
  });
  open.push(outbox);
  return { tenant, adapter, outbox };
}

const settled = (outbox: Outbox) => outbox.drained();

function databases(): Promise<string[]> {
  return indexedDB.databases().then((list) => list.map((d) => d.name!));
}

describe('withOutbox', () => {
  afterEach(() => open.splice(0).forEach((o) => o.close()));

  it('is not local over a REST adapter; put resolves once saved on this device, then the record is sent and the entry deleted', async () => {
    const { tenant, outbox } = setup('ob-basic');
    expect(outbox.local).to.equal(false);
    const states: string[] = [];
    outbox.addEventListener('status', (e) =>
      states.push(...(e as CustomEvent<OutboxStatus>).detail.records.filter((r) => r.id === 'p-1').map((r) => r.state)),
    );
    await outbox.put('pulse', pulse(1));
    const status = await settled(outbox);
    expect(status.counts).to.deep.equal({ pending: 0, sending: 0, sent: 1, needsAttention: 0 });
    expect(outbox.stateOf('pulse', 'p-1')).to.equal('sent');
    expect(states.at(-1)).to.equal('sent');
    expect((await tenant.stats()).ids).to.deep.equal(['pulse/p-1']);
    const [req] = await tenant.requests();
    expect(req!.flusher).to.equal(outbox.flusherId);
  });

  it('moves a refused write (422, 409) to "needs attention": kept, exportable, retried or discarded only on request', async () => {
    const { tenant, outbox } = setup('ob-attention');
    await outbox.put('pulse', pulse(1, { refused: true }));
    await outbox.put('pulse', pulse(2));
    const s = await settled(outbox);
    expect(s.counts).to.deep.equal({ pending: 0, sending: 0, sent: 1, needsAttention: 1 });
    const [item] = await outbox.needsAttention();
    expect([item!.id, item!.error?.status, item!.error?.rule, item!.error?.field]).to.deep.equal([
      'p-1',
      422,
      'updated-before-created',
      'updatedAt',
    ]);
    expect((item!.record as { id: string }).id).to.equal('p-1');
    const exported = await outbox.export();
    expect(exported.format).to.equal('taiwa-outbox-export');
    expect(exported.records.map((r) => r.id)).to.deep.equal(['p-1']);
    // The member fixes it: a new write of the same record replaces the refused one.
    await outbox.put('pulse', pulse(1));
    expect((await settled(outbox)).counts.needsAttention).to.equal(0);
    expect((await tenant.stats()).records).to.equal(2);
    // A conflict, then an explicit retry after the server-side fix, then an explicit discard.
    await tenant.configure({ failIds: { 'p-3': { status: 409, times: 1 }, 'p-4': 422 } });
    await outbox.put('pulse', pulse(3));
    await outbox.put('pulse', pulse(4));
    expect((await settled(outbox)).counts.needsAttention).to.equal(2);
    await outbox.retry('p-3');
    await when(outbox, 'status', () => outbox.current.counts.needsAttention === 1 && outbox.stateOf('pulse', 'p-3') === 'sent');
    await outbox.discard('p-4', 'pulse');
    expect((await outbox.status()).counts).to.deep.equal({ pending: 0, sending: 0, sent: 3, needsAttention: 0 });
    expect((await tenant.stats()).ids).to.not.include('pulse/p-4');
  });

  it('retries 5xx with the same Idempotency-Key and honours Retry-After', async () => {
    const { tenant, outbox } = setup('ob-retry');
    await tenant.configure({ failIds: { 'p-1': { status: 502, times: 2 } } });
    await outbox.put('pulse', pulse(1));
    await settled(outbox);
    const keys = (await tenant.requests()).map((r) => r.idempotencyKey);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size, 'one key for every attempt of one write').to.equal(1);

    const slow = setup('ob-retry-after', { baseDelayMs: 1 });
    await slow.tenant.configure({ failIds: { 'p-2': { status: 429, times: 1 } }, retryAfterS: 2 });
    const before = Date.now();
    await slow.outbox.put('pulse', pulse(2));
    const waiting = await when(slow.outbox, 'status', () => slow.outbox.current.records.find((r) => r.id === 'p-2' && r.attempts === 1));
    expect(waiting.state).to.equal('pending');
    expect(waiting.error?.code).to.equal('rate-limited');
    expect(waiting.nextAttemptAt! - before).to.be.at.least(2000);
  });

  it('pauses on 401 with the writes kept, and delivers them after resume()', async () => {
    let token = 't1';
    const { tenant, outbox, adapter } = setup('ob-auth', {}, { getHeaders: () => ({ authorization: `Bearer ${token}` }) });
    const fresh = await tenant.token();
    let asked = 0;
    outbox.addEventListener('auth-required', () => asked++);
    await outbox.put('pulse', pulse(1));
    await outbox.put('pulse', pulse(2));
    const paused = await when(outbox, 'status', () =>
      outbox.current.paused === 'auth' && outbox.current.counts.sending === 0 ? outbox.current : undefined,
    );
    expect(paused.counts.pending).to.equal(2);
    expect(asked).to.be.at.least(1);
    expect((adapter as RestAdapter).paused).to.equal(true);
    token = fresh;
    outbox.resume();
    const done = await settled(outbox);
    expect(done.counts.sent).to.equal(2);
    expect(done.paused).to.equal(undefined);
    expect((await tenant.stats()).records).to.equal(2);
  });

  it('lays unsent writes over the backend’s answer when reading', async () => {
    const { tenant, outbox } = setup('ob-overlay');
    await outbox.put('pulse', pulse(1));
    await settled(outbox);
    await tenant.configure({ down: true });
    await outbox.put('pulse', { ...pulse(1), growth: 5, updatedAt: pulse(2).createdAt });
    await outbox.put('pulse', pulse(3));
    await tenant.configure({ down: false });
    const ids = (await guard(outbox).query('pulse', { personId: 'm-1' })).records;
    expect(ids.map((r) => [r.id, r.growth])).to.deep.equal([['p-1', 5]]);
    const all = (await outbox.query('pulse', {})).map((r) => r.id).sort();
    expect(all).to.deep.equal(['p-1', 'p-3']);
  });

  it('a write that replaces one in flight is not deleted by the older confirmation', async () => {
    const { tenant, outbox } = setup('ob-coalesce');
    await tenant.configure({ latencyMs: [80, 80] });
    await outbox.put('pulse', pulse(1));
    await when(outbox, 'status', () => outbox.stateOf('pulse', 'p-1') === 'sending');
    await outbox.put('pulse', { ...pulse(1), growth: 4, updatedAt: pulse(5).createdAt });
    await settled(outbox);
    const [stored] = await createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers }).query('pulse', {});
    expect(stored!.growth).to.equal(4);
    expect((await tenant.requests()).filter((r) => r.method === 'PUT')).to.have.length(2);
  });

  it('sends again, under the same key, a write a closed tab left "sending"', async () => {
    const { tenant, outbox } = setup('ob-orphan', {}, { timeoutMs: 300 });
    await tenant.token(); // signed in first: the request, not the sign-in, is what hangs
    await tenant.configure({ seed: 3, timeout: 1, hangMs: 5000 });
    await outbox.put('pulse', pulse(1));
    await when(outbox, 'status', () => outbox.stateOf('pulse', 'p-1') === 'sending');
    outbox.close(); // the tab closes mid-request
    await tenant.configure({ timeout: 0 });
    const next = withOutbox(createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers }), {
      viewerId: outbox.viewerId,
      dbName: outbox.name.split('--')[0],
      baseDelayMs: 5,
    });
    open.push(next);
    await settled(next);
    const keys = (await tenant.requests()).map((r) => r.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect((await tenant.stats()).records).to.equal(1);
  });

  it('keeps each viewer’s writes apart, and logout() refuses while writes are unsent, then deletes the viewer’s data', async () => {
    const tenant = new TestTenant('ob-logout');
    const dbName = `outbox-${tenant.name}`;
    const viewerA = `a-${tenant.name}`;
    const local = createIndexedDbAdapter({ viewerId: viewerA, dbName: `local-${tenant.name}` });
    await local.put('pulse', pulse(9));
    const drafts = createDraftStore({ viewerId: viewerA, dbName: `drafts-${tenant.name}` });
    await drafts.set('k', { memo: 'draft' });
    local.close();
    const rest = createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers });
    const a = withOutbox(rest, {
      viewerId: viewerA,
      dbName,
      draftsDbName: `drafts-${tenant.name}`,
      localDbName: `local-${tenant.name}`,
      baseDelayMs: 60_000,
    });
    const b = withOutbox(createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers }), { viewerId: `b-${tenant.name}`, dbName, baseDelayMs: 5 });
    open.push(a, b);
    expect(a.name).to.not.equal(b.name);
    await tenant.configure({ down: true });
    await a.put('pulse', pulse(1));
    await b.put('pulse', pulse(2));
    expect((await a.status()).records.map((r) => r.id)).to.deep.equal(['p-1']);
    let refused: unknown;
    await a.logout().catch((err: unknown) => (refused = err));
    expect(refused).to.be.instanceOf(TaiwaStorageError);
    expect((refused as TaiwaStorageError).code).to.equal('unsent');
    expect(
      (await a.export()).records.map((r) => r.id),
      'nothing deleted',
    ).to.deep.equal(['p-1']);
    await tenant.configure({ down: false });
    const result = await a.logout();
    expect((await tenant.stats()).ids).to.include('pulse/p-1');
    expect(result.deleted).to.include.members([a.name, local.name]);
    const left = await databases();
    expect(left).to.not.include(a.name);
    expect(left).to.not.include(local.name);
    // The draft store's connection is still open in this page: its deletion waits for it to close.
    const draftsDb = `drafts-${tenant.name}--${encodeURIComponent(viewerA)}`;
    expect([...result.deleted, ...result.blocked]).to.include(draftsDb);
    expect(left).to.include(b.name);
    let closed: unknown;
    await a.put('pulse', pulse(3)).catch((err: unknown) => (closed = err));
    expect((closed as TaiwaStorageError).code).to.equal('closed');
  });

  it('works over a host adapter that is not REST (no key option), and stays local over a local one', async () => {
    const memory = createMemoryAdapter();
    const outbox = withOutbox(memory, { viewerId: `mem-${Date.now()}`, dbName: `outbox-mem-${Math.random()}`, baseDelayMs: 5 });
    open.push(outbox);
    expect(outbox.local).to.equal(true);
    await outbox.put('agenda', agenda(1, [{ id: 'i', topicId: 'career', memo: 'mine', memoVisibility: 'private', proposedBy: 'member' }]));
    await settled(outbox);
    expect(memory.all('agenda')[0]!.items[0]!.memo).to.equal('mine');

    const viewerId = `idb-${Math.random()}`;
    const local = createIndexedDbAdapter({ viewerId, dbName: `wrapped-${viewerId}` });
    const over = withOutbox(local, { viewerId, dbName: `outbox-${viewerId}`, localDbName: false });
    open.push(over);
    await over.put('pulse', pulse(1));
    await settled(over);
    expect(await databases()).to.include(local.name);
    await over.logout();
    expect(await databases(), 'the wrapped adapter’s destroy() ran').to.not.include(local.name);
  });
});
