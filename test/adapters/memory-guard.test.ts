import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { guard } from '../../src/core/guard.js';
import { stripPrivateMemos, withoutPrivateMemos } from '../../src/model/privacy.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import { TaiwaDataError, TaiwaStorageError } from '../../src/model/errors.js';
import type { Agenda } from '../../src/model/schemas.js';

const now = new Date(0).toISOString();
const agenda: Agenda = {
  id: 'a1',
  sessionId: 's1',
  memberId: 'm1',
  createdAt: now,
  updatedAt: now,
  items: [
    { id: 'i1', topicId: 'career', memo: 'I might leave', memoVisibility: 'private', proposedBy: 'member' },
    { id: 'i2', topicId: 'work', memo: 'Too many meetings', memoVisibility: 'shared', proposedBy: 'member' },
  ],
};

/** A backend that answers whatever it is given: the seam must survive it. */
function rawBackend(answer: unknown, sent: unknown[] = []): TaiwaAdapter {
  return {
    put: async (_kind, record) => void sent.push(JSON.parse(JSON.stringify(record))),
    query: async () => answer as never,
  };
}

describe('createMemoryAdapter', () => {
  it('upserts by id and filters queries', async () => {
    const mem = createMemoryAdapter();
    await mem.put('agenda', agenda);
    await mem.put('agenda', { ...agenda, nextDate: '2026-12-01' });
    expect(mem.all('agenda')).to.have.length(1);
    expect((await mem.query('agenda', { sessionId: 's1' }))[0]!.nextDate).to.equal('2026-12-01');
    expect(await mem.query('agenda', { personId: 'someone-else' })).to.deep.equal([]);
    await mem.put('session', { id: 's1', memberId: 'm1', managerId: 'b', createdAt: now, updatedAt: now });
    expect((await mem.query('session', { sessionId: 's1' })).map((s) => s.id)).to.deep.equal(['s1']);
  });

  it('keeps a private memo: it is a local adapter', async () => {
    const mem = createMemoryAdapter();
    await guard(mem).put('agenda', agenda);
    expect(mem.all('agenda')[0]!.items[0]!.memo).to.equal('I might leave');
  });
});

describe('guard', () => {
  it('never sends a private memo to a remote adapter, and sends shared ones', async () => {
    const sent: unknown[] = [];
    await guard(rawBackend([], sent)).put('agenda', agenda);
    const body = JSON.stringify(sent);
    expect(body).to.not.contain('I might leave');
    expect(body).to.contain('Too many meetings');
  });

  it('strips private memos (the one implementation, in the model, that the guard, the REST adapter and the outbox use)', () => {
    const stripped = withoutPrivateMemos(agenda);
    expect(stripped.items.map((i) => i.memo)).to.deep.equal([undefined, 'Too many meetings']);
    expect(agenda.items[0]!.memo, 'the original is left alone').to.equal('I might leave');
    expect(stripPrivateMemos('agenda', agenda)).to.deep.equal(stripped);
    const shared = { ...agenda, items: [agenda.items[1]!] };
    expect(stripPrivateMemos('agenda', shared), 'nothing to strip: the same record').to.equal(shared);
  });

  it('splits a backend answer into valid records and one summary of the named errors', async () => {
    const answer = [agenda, { ...agenda, id: 'a2', items: 'nope' }, null, { id: 'a3' }];
    const { records, errors } = await guard(rawBackend(answer)).query('agenda', {});
    expect(records.map((r) => r.id)).to.deep.equal(['a1']);
    expect(errors.map((e) => e.count)).to.deep.equal([3]);
    expect(errors[0]!.message).to.contain('3 agenda records could not be read; first: agenda#a2.items');
    expect(errors[0]!.examples.map((e) => [e.recordId, e.field])).to.deep.equal([
      ['a2', 'items'],
      [undefined, ''],
      ['a3', 'createdAt'],
    ]);
  });

  it('turns a non-list answer into one error instead of a crash', async () => {
    for (const answer of [undefined, 'oops', { records: [] }, 42]) {
      const { records, errors } = await guard(rawBackend(answer)).query('session', {});
      expect(records).to.deep.equal([]);
      expect(errors[0]).to.be.instanceOf(TaiwaDataError);
    }
  });

  it('wraps a backend that throws into a TaiwaStorageError', async () => {
    const failing: TaiwaAdapter = {
      put: async () => {
        throw new Error('ECONNRESET');
      },
      query: async () => {
        throw 'weird';
      },
    };
    const g = guard(failing);
    let e1: unknown;
    let e2: unknown;
    await g.put('agenda', agenda).catch((e: unknown) => (e1 = e));
    await g.query('agenda', {}).catch((e: unknown) => (e2 = e));
    expect(e1).to.be.instanceOf(TaiwaStorageError);
    expect((e1 as Error).message).to.contain('ECONNRESET');
    expect(e2).to.be.instanceOf(TaiwaStorageError);
  });

  it('refuses an invalid record before it reaches the backend', async () => {
    const sent: unknown[] = [];
    let error: unknown;
    await guard(rawBackend([], sent))
      .put('agenda', { ...agenda, items: [{ ...agenda.items[0]!, memoVisibility: 'public' as 'shared' }] })
      .catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TaiwaDataError);
    expect((error as TaiwaDataError).field).to.equal('items.0.memoVisibility');
    expect(sent).to.deep.equal([]);
  });
});
