/**
 * The outbox's reads while the backend is away, its delivery run when its own storage fails midway,
 * and log-out under custom database names. Real IndexedDB, the example backend (server/, on PGlite).
 */
import { expect } from '@open-wc/testing';
import { withOutbox, type Outbox, type OutboxOptions, type OutboxStatus } from '../../src/adapters/outbox.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { databaseName } from '../../src/adapters/db-names.js';
import { createDraftStore } from '../../src/adapters/drafts.js';
import { guard } from '../../src/core/guard.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import { TaiwaDataError } from '../../src/model/errors.js';
import type { Session } from '../../src/model/schemas.js';
import { pulse, seeded, TestTenant, when } from './outbox-server.js';
import { closeOutboxes, tenantOutbox, tracked } from '../helpers/outbox.js';
import { wrapStores, wrapTransactions } from '../helpers/idb-faults.js';

/** An outbox whose failed deliveries wait a minute: what the test put stays unsent. */
function make(tenant: TestTenant, options: Partial<OutboxOptions> = {}, fetchFn?: typeof fetch) {
  const opts = { baseDelayMs: 60_000, maxDelayMs: 60_000, random: seeded(5), ...options };
  return tenantOutbox(tenant, opts, fetchFn ? { fetch: fetchFn } : {});
}

/** Resolves once every write of the outbox failed once and waits for its next attempt. */
const waiting = (outbox: Outbox, n: number) =>
  when(outbox, 'status', () => {
    const s = outbox.current;
    return s.records.length === n && s.counts.sending === 0 && s.records.every((r) => r.state === 'pending' && r.attempts > 0);
  });

const session = (id: string): Session => ({
  id,
  memberId: 'm-1',
  managerId: 'boss',
  createdAt: pulse(1).createdAt,
  updatedAt: pulse(1).createdAt,
});

describe('outbox reads, failed runs and log-out', () => {
  afterEach(closeOutboxes);

  it('offline, a read answers with the viewer’s unsent writes (also after a reload) and says the backend is out of reach', async () => {
    const tenant = new TestTenant('ob-offline-read');
    await tenant.token();
    await tenant.configure({ down: true });
    const first = make(tenant);
    await first.put('pulse', pulse(1));
    await first.put('pulse', pulse(2));
    first.close(); // the page reloads

    const outbox = make(tenant);
    const seen: OutboxStatus[] = [];
    outbox.addEventListener('status', (e) => seen.push((e as CustomEvent<OutboxStatus>).detail));
    const { records, errors } = await guard(outbox).query('pulse', { personId: 'm-1' });
    expect(records.map((r) => r.id)).to.deep.equal(['p-1']);
    expect(errors).to.deep.equal([]);
    expect(outbox.current.unreachable?.code).to.equal('network');
    expect(seen.some((s) => s.unreachable?.code === 'network'), 'a status event says so').to.equal(true);
    expect((await outbox.query('pulse', {})).map((r) => r.id).sort()).to.deep.equal(['p-1', 'p-2']);

    // Bad data is still an error, not "offline".
    await tenant.configure({ down: false, badJson: true });
    let bad: unknown;
    await guard(outbox).query('pulse', {}).catch((e: unknown) => (bad = e));
    expect(bad).to.be.instanceOf(TaiwaDataError);

    // The backend answers again: the flag is cleared, and the unsent writes are still laid over.
    await tenant.configure({ badJson: false });
    const again = await guard(outbox).query('pulse', { personId: 'm-2' });
    expect(again.records.map((r) => r.id)).to.deep.equal(['p-2']);
    expect(outbox.current.unreachable).to.equal(undefined);
  });

  it('finds an unsent session by its own id, and hands a non-list answer on for the guard to report', async () => {
    const tenant = new TestTenant('ob-session');
    await tenant.token();
    await tenant.configure({ down: true });
    const outbox = make(tenant);
    await outbox.put('session', session('s-9'));
    await waiting(outbox, 1);
    await tenant.configure({ down: false });
    expect((await outbox.query('session', { sessionId: 's-9' })).map((s) => s.id)).to.deep.equal(['s-9']);
    expect(await outbox.query('session', { sessionId: 's-8' })).to.deep.equal([]);

    const odd: TaiwaAdapter = { put: async () => undefined, query: async () => ({ records: [] }) as never };
    const over = withOutbox(odd, { viewerId: `odd-${tenant.name}`, dbName: `outbox-odd-${tenant.name}` });
    tracked(over);
    const { records, errors } = await guard(over).query('pulse', {});
    expect(records).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.be.instanceOf(TaiwaDataError);
  });

  it('when claiming more fails midway, the writes in flight finish before the run (and its lock) ends, and the failure is reported', async () => {
    const tenant = new TestTenant('ob-claim-fails');
    await tenant.token();
    // Claims are the outbox's only read-write `getAll`: let `claimsLeft` more succeed, then fail.
    let claimsLeft = Infinity;
    let onFail = () => undefined as void;
    const factory = wrapTransactions((begin, mode) => {
      const tx = begin();
      if (mode !== 'readwrite') return tx;
      return wrapStores(tx, (store) => {
        const getAll = store.getAll.bind(store);
        store.getAll = (...args: Parameters<IDBObjectStore['getAll']>) => {
          if (claimsLeft-- <= 0) {
            onFail();
            throw new DOMException('Injected failure', 'UnknownError');
          }
          return getAll(...args);
        };
        return store;
      });
    });
    // p-1's request is held until the failing claim has happened.
    let hold = false;
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const delivered: string[] = [];
    const fetchFn: typeof fetch = async (input, init) => {
      const url = String(input);
      if (hold && init?.method === 'PUT' && url.endsWith('/p-1')) await held;
      const res = await fetch(input, init);
      if (init?.method === 'PUT' && res.ok) delivered.push(url.slice(url.lastIndexOf('/') + 1));
      return res;
    };
    await tenant.configure({ down: true });
    const outbox = make(tenant, { indexedDB: factory }, fetchFn);
    await outbox.put('pulse', pulse(1));
    await outbox.put('pulse', pulse(2));
    await waiting(outbox, 2);
    await outbox.flush();
    await tenant.configure({ down: false });

    hold = true;
    claimsLeft = 1; // the first claim takes p-1 and p-2; the next one, after p-2 is sent, fails
    onFail = () => release();
    let atEnd: string[] | undefined;
    outbox.addEventListener('flush-end', () => (atEnd ??= [...delivered]), { once: true });
    await outbox.flush({ all: true });
    claimsLeft = Infinity;
    expect(delivered).to.deep.equal(['p-2', 'p-1']);
    expect(atEnd, 'the run ended only after p-1 was delivered').to.deep.equal(['p-2', 'p-1']);
    expect(outbox.current.error?.code).to.equal('unavailable');
    const status = await outbox.status();
    expect(status.counts).to.include({ pending: 0, sending: 0, sent: 2 });
    const stats = await tenant.stats();
    expect([stats.records, stats.duplicates]).to.deep.equal([2, 0]);
    // The next run completes: the error is cleared.
    await outbox.flush();
    expect((await outbox.status()).error).to.equal(undefined);
  });

  it('logout() deletes the draft store and local database under custom names, built by their own modules', async () => {
    const tenant = new TestTenant('ob-names');
    await tenant.token();
    const viewerId = `v/é ${tenant.name}`;
    const draftsDbName = `my-drafts-${tenant.name}`;
    const localDbName = `my-local-${tenant.name}`;
    const drafts = createDraftStore({ viewerId, dbName: draftsDbName });
    await drafts.set('agenda:a-1', { memo: 'PRIVATE-WORRY', memoVisibility: 'private' });
    const local = createIndexedDbAdapter({ viewerId, dbName: localDbName });
    await local.put('pulse', pulse(1));
    expect(local.name).to.equal(databaseName(localDbName, viewerId));
    const outbox = make(tenant, { viewerId, draftsDbName, localDbName });
    // The draft store's connection stays open, as in a page: log-out must still delete it.
    const result = await outbox.logout();
    const names = [outbox.name, databaseName(draftsDbName, viewerId), databaseName(localDbName, viewerId)];
    expect(result.deleted).to.have.members(names);
    expect(result.blocked).to.deep.equal([]);
    const left = (await indexedDB.databases()).map((d) => d.name);
    for (const name of names) expect(left).to.not.include(name);
    expect(await drafts.get('agenda:a-1'), 'the private memo is gone').to.equal(undefined);
  });
});
