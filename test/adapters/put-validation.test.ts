// Every write path validates like the guarded one: `put` called directly on the REST adapter, the
// outbox, the IndexedDB and the memory adapter refuses a bad record (or a record of another kind)
// with a TaiwaDataError, and nothing is stored or sent.
import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { withOutbox, type Outbox } from '../../src/adapters/outbox.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { TaiwaDataError } from '../../src/model/errors.js';
import type { RecordKind, RecordMap } from '../../src/model/records.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import { agenda, pulse, TestTenant } from './outbox-server.js';

const feedback = {
  id: 'f-1',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  sessionId: 's-1',
  memberId: 'm-1',
  managerId: 'boss',
  by: 'member',
  scale: { min: 0, max: 10 },
  overall: 7,
  items: [],
};

/** Bad writes: a field out of range, no id, and a feedback record given as an agenda. */
const bad: [RecordKind, unknown, string][] = [
  ['pulse', { ...pulse(1), growth: 99 }, 'growth'],
  ['pulse', { ...pulse(2), id: undefined }, 'id'],
  ['agenda', feedback, 'by'],
];

async function refusal(adapter: TaiwaAdapter, kind: RecordKind, record: unknown): Promise<TaiwaDataError> {
  try {
    await adapter.put(kind, record as RecordMap[typeof kind]);
  } catch (err) {
    expect(err).to.be.instanceOf(TaiwaDataError);
    return err as TaiwaDataError;
  }
  throw new Error(`${kind} ${JSON.stringify(record)} was accepted`);
}

describe('put validates on every path', () => {
  const outboxes: Outbox[] = [];
  after(() => outboxes.forEach((o) => o.close()));

  it('the REST adapter refuses a bad record and sends nothing', async () => {
    const t = new TestTenant('put-rest');
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: t.headers });
    for (const [kind, record, field] of bad) expect((await refusal(rest, kind, record)).field).to.equal(field);
    expect((await t.requests()).filter((r) => r.method === 'PUT')).to.deep.equal([]);
    // A good one still goes, stripped of unknown properties and of its private memo.
    const withMemo = agenda(1, [{ id: 'i1', topicId: 'career', memo: 'SECRET', memoVisibility: 'private', proposedBy: 'member' }]);
    await rest.put('agenda', { ...withMemo, extra: 'x' } as RecordMap['agenda']);
    const [put] = (await t.requests()).filter((r) => r.method === 'PUT');
    expect(put!.body).not.to.contain('SECRET');
    expect(JSON.parse(put!.body as string)).to.not.have.property('extra');
  });

  it('the outbox refuses a bad record: nothing kept on the device, nothing sent', async () => {
    const t = new TestTenant('put-outbox');
    const outbox = withOutbox(createRestAdapter({ baseUrl: t.base, getHeaders: t.headers }), { viewerId: `v-${t.name}`, dbName: `outbox-${t.name}` });
    outboxes.push(outbox);
    for (const [kind, record, field] of bad) expect((await refusal(outbox, kind, record)).field).to.equal(field);
    expect((await outbox.export()).records).to.deep.equal([]);
    await outbox.drained();
    expect((await t.requests()).filter((r) => r.method === 'PUT')).to.deep.equal([]);
    // A good one is kept without its private memo (a remote backend) and delivered.
    await outbox.put('agenda', agenda(2, [{ id: 'i1', topicId: 'career', memo: 'SECRET', memoVisibility: 'private', proposedBy: 'member' }]));
    const kept = (await outbox.export()).records;
    expect(JSON.stringify(kept)).not.to.contain('SECRET');
    await outbox.drained();
    const puts = (await t.requests()).filter((r) => r.method === 'PUT');
    expect(puts).to.have.length(1);
    expect(puts[0]!.body).not.to.contain('SECRET');
  });

  it('the IndexedDB and the memory adapter refuse a bad record and store nothing', async () => {
    const idb = createIndexedDbAdapter({ viewerId: `put-${Date.now()}`, dbName: `put-validation-${Math.random().toString(36).slice(2)}` });
    const memory = createMemoryAdapter();
    try {
      for (const adapter of [idb, memory]) {
        for (const [kind, record, field] of bad) expect((await refusal(adapter, kind, record)).field).to.equal(field);
        expect(await adapter.query('pulse', {})).to.deep.equal([]);
        expect(await adapter.query('agenda', {})).to.deep.equal([]);
      }
    } finally {
      await idb.destroy();
    }
  });
});
