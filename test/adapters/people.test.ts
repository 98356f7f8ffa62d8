/**
 * People in the adapters: the memory and IndexedDB adapters hold the people a host gives them
 * (validated; a bad list changes nothing), and the guard validates whatever an adapter answers.
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import { guard } from '../../src/core/guard.js';
import { TaiwaDataError } from '../../src/model/errors.js';
import type { Person } from '../../src/model/schemas.js';
import { fixtures } from '../../src/testing/fixtures.js';

const PEOPLE: Person[] = [
  { id: 'k1', displayName: '佐藤 健一', email: 'sato@example.com', timeZone: 'Asia/Tokyo', department: '営業部', active: true },
  { id: 'm1', displayName: '伊藤 美咲', managerId: 'k1', active: true },
  { id: 'm2', displayName: '渡辺 翔太', managerId: 'k1', active: false },
];

const rejects = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
};

describe('people in the adapters', () => {
  it('memory: holds the host’s people as copies, validated', async () => {
    const adapter = createMemoryAdapter({}, { people: PEOPLE });
    const got = await adapter.people();
    expect(got).to.deep.equal(PEOPLE);
    got[0]!.displayName = 'changed';
    expect((await adapter.people())[0]!.displayName).to.equal('佐藤 健一');
    expect(() => adapter.setPeople([{ id: 'x' } as Person])).to.throw(TaiwaDataError, /displayName/);
    expect(await adapter.people()).to.deep.equal(PEOPLE);
    expect(() => createMemoryAdapter({}, { people: [{ id: '', displayName: 'x', active: true }] })).to.throw(TaiwaDataError);
  });

  it('IndexedDB: keeps the people across adapters of the same viewer, replaces them whole, apart from records', async () => {
    const dbName = `people-${crypto.randomUUID()}`;
    const f = fixtures('people');
    const a = createIndexedDbAdapter({ dbName, viewerId: 'k1' });
    try {
      await a.put('session', f.full.session);
      await a.setPeople(PEOPLE);
      const b = createIndexedDbAdapter({ dbName, viewerId: 'k1' });
      expect(await b.people()).to.deep.equal(PEOPLE);
      b.close();
      await a.setPeople([PEOPLE[1]!]);
      expect((await a.people()).map((p) => p.id)).to.deep.equal(['m1']);
      const bad = await rejects(a.setPeople([{ ...PEOPLE[0]!, active: 'yes' } as never]));
      expect(bad).to.be.instanceOf(TaiwaDataError);
      expect((await a.people()).map((p) => p.id)).to.deep.equal(['m1']);
      // People are not records: the sessions read as before.
      expect((await a.query('session', {})).map((s) => s.id)).to.deep.equal([f.full.session.id]);
      const other = createIndexedDbAdapter({ dbName, viewerId: 'someone-else' });
      expect(await other.people()).to.deep.equal([]);
      await other.destroy();
    } finally {
      await a.destroy();
    }
  });

  it('guard: validates an adapter’s people, one capped error for the bad ones; none without people()', async () => {
    const base = createMemoryAdapter();
    const odd: TaiwaAdapter = {
      ...base,
      people: async () => [PEOPLE[0]!, { id: 'm9' }, { id: 'm8', displayName: 'Eight', active: 1 }] as never,
    };
    const { records, errors } = await guard(odd).people();
    expect(records).to.deep.equal([PEOPLE[0]]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.be.instanceOf(TaiwaDataError);
    expect(errors[0]!.message).to.contain('2 person records');
    const none: TaiwaAdapter = { put: base.put, query: base.query };
    expect(await guard(none).people()).to.deep.equal({ records: [], errors: [] });
    const notAList: TaiwaAdapter = { ...base, people: async () => ({ records: [] }) as never };
    expect((await guard(notAList).people()).errors[0]!.message).to.contain('expected a list');
    const failing: TaiwaAdapter = { ...base, people: () => Promise.reject(new Error('offline')) };
    expect((await rejects(guard(failing).people())).message).to.contain('offline');
  });
});
