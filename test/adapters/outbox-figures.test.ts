/**
 * The figures of issue 6, printed by the test run: faults, offline, private memos, IndexedDB
 * failures. Each test prints one `[figures]` line and asserts the numbers it prints.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type Outbox, type OutboxOptions, type OutboxStatus } from '../../src/adapters/outbox.js';
import { guard } from '../../src/core/guard.js';
import { TaiwaStorageError } from '../../src/model/errors.js';
import type { Agenda, AgendaItem, HintMark, LevelAssessment } from '../../src/model/schemas.js';
import { agenda, pulse, seeded, TestTenant, when } from './outbox-server.js';
import { closeOutboxes, tenantOutbox } from '../helpers/outbox.js';
import { wrapStores, wrapTransactions } from '../helpers/idb-faults.js';

function make(tenant: TestTenant, options: Partial<OutboxOptions> = {}, timeoutMs = 2000) {
  return tenantOutbox(tenant, { baseDelayMs: 2, maxDelayMs: 30, random: seeded(11), ...options }, { timeoutMs });
}

const drained = (outbox: Outbox) => outbox.drained();

const at = (n: number) => new Date(Date.UTC(2025, 1, 1) + n * 1000).toISOString();

function hintMark(n: number): HintMark {
  return {
    id: `h-${n}`,
    createdAt: at(n),
    updatedAt: at(n),
    sessionId: `s-${n % 9}`,
    memberId: 'm-1',
    by: 'member',
    hintId: `hint-${n % 4}`,
    marked: n % 2 === 0,
  };
}

function level(n: number): LevelAssessment {
  return {
    id: `l-${n}`,
    createdAt: at(n),
    updatedAt: at(n),
    memberId: 'm-2',
    managerId: 'boss',
    by: 'manager',
    method: 'direct',
    level: (n % 6) + 1,
  };
}

/** Writes in batches of `size` at once: many tabs' worth of saves, without waiting for each. */
async function putAll(outbox: Outbox, writes: [string, { id: string }][], size = 25) {
  for (let i = 0; i < writes.length; i += size) {
    await Promise.all(writes.slice(i, i + size).map(([kind, r]) => outbox.put(kind as 'pulse', r as never)));
  }
}

describe('outbox figures', function () {
  // Completion, not speed, is asserted: on a loaded machine these runs take minutes (the figures are printed).
  this.timeout(240_000);
  afterEach(closeOutboxes);

  it('500 writes under seeded faults (30 % 500, 10 % timeout, 5 % dropped): exactly the valid records, 0 duplicates, 0 lost', async () => {
    const tenant = new TestTenant('faults');
    await tenant.token();
    await tenant.configure({ seed: 42, error500: 0.3, timeout: 0.1, drop: 0.05, hangMs: 10_000 });
    // A client timeout well above a loaded machine's slowest healthy answer and well below the
    // injected 10 s hang: only the injected hangs time out, not answers that were merely slow.
    const outbox = make(tenant, { concurrency: 6 }, 1000);
    const writes: [string, { id: string }][] = [];
    const expected = new Set<string>();
    const refused = new Set<string>();
    for (let n = 0; n < 500; n++) {
      // Every 25th write is one the client accepts and the server refuses (updatedAt < createdAt).
      if (n % 25 === 24) {
        writes.push(['pulse', pulse(n, { refused: true })]);
        refused.add(`p-${n}`);
        continue;
      }
      const r = n % 3 === 0 ? ['pulse', pulse(n)] : n % 3 === 1 ? ['hint-mark', hintMark(n)] : ['level', level(n)];
      writes.push(r as [string, { id: string }]);
      expected.add(`${r[0]}/${(r[1] as { id: string }).id}`);
    }
    const started = performance.now();
    await putAll(outbox, writes);
    const status = await drained(outbox);
    const ms = Math.round(performance.now() - started);
    const stats = await tenant.stats();
    const stored = new Set(stats.ids);
    const lost = [...expected].filter((id) => !stored.has(id)).length;
    const extra = stats.ids.filter((id) => !expected.has(id)).length;
    const attention = await outbox.needsAttention();
    console.log(
      `[figures] faults: 500 writes, ${stats.received} requests (${stats.faults['500']} × 500, ${stats.faults.timeout} timeouts, ${stats.faults.drop} dropped), ` +
        `${stats.records} stored, ${stats.duplicates} duplicates, ${lost} lost, ${status.counts.needsAttention} needs-attention, ${stats.replayed} retries answered from the Idempotency-Key store, ${ms} ms`,
    );
    expect(stats.records).to.equal(480);
    expect(lost).to.equal(0);
    expect(extra).to.equal(0);
    expect(stats.duplicates).to.equal(0);
    expect(stats.faults['500']).to.be.greaterThan(0);
    expect(stats.faults.timeout).to.be.greaterThan(0);
    expect(stats.faults.drop).to.be.greaterThan(0);
    expect(new Set(attention.map((a) => a.id))).to.deep.equal(refused);
    expect(attention.every((a) => a.error?.status === 422 && a.error.rule === 'updated-before-created')).to.equal(true);
  });

  it('offline (server unreachable): 50 writes saved on this device, all 50 delivered when back online', async () => {
    const tenant = new TestTenant('offline');
    await tenant.token();
    await tenant.configure({ down: true });
    // Backoff long enough that only the `online` event can bring them out during the test.
    const outbox = make(tenant, { baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const writes = Array.from({ length: 50 }, (_, n) => ['pulse', pulse(n)] as [string, { id: string }]);
    await putAll(outbox, writes, 10);
    const failed = await when(outbox, 'status', () => {
      const s = outbox.current;
      return s.counts.pending === 50 && s.records.every((r) => r.attempts >= 1 && r.error?.code === 'network') ? s : undefined;
    });
    const before = await tenant.stats();
    await tenant.configure({ down: false });
    window.dispatchEvent(new Event('online'));
    const after = await drained(outbox);
    const stats = await tenant.stats();
    console.log(
      `[figures] offline: 50 writes, ${failed.counts.pending} saved on this device while unreachable (${before.faults.down} refused connections), ${stats.records} delivered after "online", ${stats.duplicates} duplicates`,
    );
    expect(stats.records).to.equal(50);
    expect(stats.duplicates).to.equal(0);
    expect(after.counts.sent).to.equal(50);
  });

  it('a private memo never appears in any request body unless shared (property over generated agendas)', async () => {
    const tenant = new TestTenant('memo');
    await tenant.token();
    const outbox = make(tenant);
    const store = guard(outbox);
    const privateMarks = new Set<string>();
    const sharedMarks = new Set<string>();
    const storedOnDevice: string[] = [];
    let n = 0;
    const item = fc.record({
      topicId: fc.constantFrom('work', 'career', 'private', 'wellbeing'),
      memoVisibility: fc.constantFrom('private', 'shared') as fc.Arbitrary<'private' | 'shared'>,
      text: fc.string({ maxLength: 40 }),
      mark: fc.uuid(),
      hasMemo: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 6 }), fc.boolean(), async (items, offline) => {
        const id = n++;
        const agendaItems: AgendaItem[] = items.map((it, i) => {
          const out: AgendaItem = { id: `i-${i}`, topicId: it.topicId, memoVisibility: it.memoVisibility, proposedBy: 'member' };
          if (it.hasMemo) {
            out.memo = `${it.mark}:${it.text}`;
            (it.memoVisibility === 'shared' ? sharedMarks : privateMarks).add(it.mark);
          }
          return out;
        });
        const record: Agenda = agenda(id, agendaItems);
        if (offline) await tenant.configure({ down: true });
        await store.put('agenda', record);
        // What the outbox keeps on this device before delivery is what may leave it.
        storedOnDevice.push(JSON.stringify((await outbox.export()).records));
        if (offline) await tenant.configure({ down: false });
        // Also without the guard: the outbox strips on its own.
        await outbox.put('agenda', { ...record, id: `raw-${id}` });
      }),
      { seed: 42, numRuns: 60 },
    );
    window.dispatchEvent(new Event('online'));
    await drained(outbox);
    const bodies = (await tenant.requests()).filter((r) => r.method === 'PUT').map((r) => r.body);
    const leaked = [...privateMarks].filter((m) => bodies.some((b) => b.includes(m)) || storedOnDevice.some((s) => s.includes(m)));
    const sharedSent = [...sharedMarks].filter((m) => bodies.some((b) => b.includes(m)));
    console.log(
      `[figures] private memos: 60 generated agendas × 2 paths, ${bodies.length} request bodies captured, ${privateMarks.size} private memos, ${leaked.length} leaked; ${sharedSent.length}/${sharedMarks.size} shared memos sent`,
    );
    expect(privateMarks.size).to.be.greaterThan(20);
    expect(leaked).to.deep.equal([]);
    expect(sharedSent.length).to.equal(sharedMarks.size);
    expect((await tenant.stats()).records).to.equal(120);
  });

  it('IndexedDB failures (quota exceeded, connection lost): a clear error, no false "saved"', async () => {
    const tenant = new TestTenant('idb');
    await tenant.token();
    let mode: 'ok' | 'quota' | 'closing' = 'ok';
    let lastDb: IDBDatabase | undefined;
    const factory = wrapTransactions(
      (begin, txMode) => {
        if (mode === 'closing') throw new DOMException('The database connection is closing.', 'InvalidStateError');
        const tx = begin();
        if (mode !== 'quota' || txMode !== 'readwrite') return tx;
        return wrapStores(tx, (s) => {
          s.put = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
          return s;
        });
      },
      (db) => (lastDb = db),
    );
    const outbox = make(tenant, { indexedDB: factory });
    const seen: string[] = [];
    outbox.addEventListener('status', (e) => seen.push(...(e as CustomEvent<OutboxStatus>).detail.records.map((r) => r.id)));
    await outbox.put('pulse', pulse(1));
    await drained(outbox);

    const failures: TaiwaStorageError[] = [];
    mode = 'quota';
    await outbox.put('pulse', pulse(2)).catch((e: TaiwaStorageError) => failures.push(e));
    mode = 'closing';
    await outbox.put('pulse', pulse(3)).catch((e: TaiwaStorageError) => failures.push(e));
    mode = 'ok';
    // The connection is really lost (closed under the outbox): the write opens a new one and is saved.
    lastDb!.close();
    await outbox.put('pulse', pulse(4));
    mode = 'quota';
    await outbox.put('pulse', pulse(5)).catch((e: TaiwaStorageError) => failures.push(e));
    mode = 'ok';
    const status = await drained(outbox);
    const stats = await tenant.stats();
    console.log(
      `[figures] indexeddb failures: ${failures.length} writes failed (${failures.map((f) => f.code).join(', ')}), ${seen.filter((id) => ['p-2', 'p-3', 'p-5'].includes(id)).length} of them shown as saved, 1 lost connection recovered, ${stats.records} delivered (exactly the saved ones)`,
    );
    expect(failures.map((f) => f.code)).to.deep.equal(['quota', 'unavailable', 'quota']);
    expect(failures.every((f) => f instanceof TaiwaStorageError && f.message.startsWith('Not saved'))).to.equal(true);
    expect(
      seen.filter((id) => ['p-2', 'p-3', 'p-5'].includes(id)),
      'never shown as saved',
    ).to.deep.equal([]);
    expect(status.records.map((r) => r.id).sort()).to.deep.equal(['p-1', 'p-4']);
    expect(stats.ids.sort()).to.deep.equal(['pulse/p-1', 'pulse/p-4']);
  });
});
