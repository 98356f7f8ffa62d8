// The exported conformance suite, run against the three shipped adapters (memory, IndexedDB, REST
// over the example backend), and shown to catch an adapter that breaks the contract.
import { expect } from '@open-wc/testing';
import { adapterConformance, AdapterConformanceError, describeAdapterConformance } from '../../src/testing/adapter-conformance.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createIndexedDbAdapter, type IndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { matches, type TaiwaAdapter } from '../../src/adapters/types.js';
import { RECORD_KINDS, type RecordKind } from '../../src/model/records.js';
import { checkQuery, parseRecord } from '../../src/model/validate.js';
import { TestTenant } from '../adapters/outbox-server.js';

const override = { topics: [{ id: 'okr', label: { ja: '目標', en: 'OKRs' } }] };

describeAdapterConformance('createMemoryAdapter', { create: () => createMemoryAdapter() }, { describe, it });

describeAdapterConformance(
  'createIndexedDbAdapter',
  {
    create: () => createIndexedDbAdapter({ dbName: `conformance-${crypto.randomUUID()}`, viewerId: 'v' }),
    cleanup: (adapter) => (adapter as IndexedDbAdapter).destroy(),
  },
  { describe, it },
);

describeAdapterConformance(
  'createRestAdapter over the example backend',
  {
    create: async () => {
      const tenant = new TestTenant('conformance');
      await tenant.configure({ catalog: { en: override } });
      return createRestAdapter({ baseUrl: tenant.base, getHeaders: tenant.headers });
    },
    catalog: { en: override, ja: null },
  },
  { describe, it },
);

/** A store that "forgets" one rule of the contract, to show the suite names what broke. */
type Flaw = 'duplicates' | 'manager-not-person' | 'to-inclusive' | 'nulls' | 'accepts-any-kind' | 'catalog-empty-object' | 'any-query' | 'keeps-unknown' | 'ignores-if-match';

function broken(flaw: Flaw): TaiwaAdapter {
  const rows: { kind: string; record: Record<string, unknown> }[] = [];
  let writes = 0;
  const known = (kind: string) => flaw === 'accepts-any-kind' || (RECORD_KINDS as readonly string[]).includes(kind);
  return {
    async put(kind, record) {
      if (!known(kind)) throw new Error('unknown kind');
      const i = rows.findIndex((r) => r.kind === kind && r.record.id === record.id);
      const clean = parseRecord(kind, record);
      const kept = flaw === 'keeps-unknown' || !clean.ok ? record : clean.value;
      const row = { kind, record: structuredClone(kept) as unknown as Record<string, unknown> };
      if (i >= 0 && flaw !== 'duplicates') rows[i] = row;
      else rows.push(row);
      // Answers revisions but writes whatever the precondition says.
      if (flaw === 'ignores-if-match') return { revision: String(++writes) };
    },
    async query<K extends RecordKind>(kind: K, query: Parameters<TaiwaAdapter['query']>[1]) {
      if (!known(kind)) throw new Error('unknown kind');
      if (flaw !== 'any-query') checkQuery(kind, query);
      return rows
        .filter((r) => r.kind === kind)
        .map((r) => r.record)
        .filter((r) => {
          if (flaw === 'manager-not-person' && query.personId !== undefined) return r.memberId === query.personId && matches(r, { ...query, personId: undefined }, kind);
          if (flaw === 'to-inclusive' && query.to !== undefined) return Date.parse(String(r.createdAt)) <= Date.parse(query.to) && matches(r, { ...query, to: undefined }, kind);
          return matches(r, query, kind);
        })
        .map((r) => (flaw === 'nulls' ? { managerId: null, ...r } : r)) as never;
    },
    async catalog() {
      return flaw === 'catalog-empty-object' ? { topics: 'none' } : undefined;
    },
  };
}

describe('the conformance suite catches an adapter that breaks the contract', () => {
  const only = async (flaw: Flaw) => {
    const failed: string[] = [];
    for (const c of adapterConformance({ create: () => broken(flaw) })) {
      try {
        await c.run();
      } catch (err) {
        expect(err).to.be.instanceOf(AdapterConformanceError);
        failed.push(c.name);
      }
    }
    return failed;
  };

  it('names the failing check for each broken rule', async () => {
    expect(await only('duplicates')).to.include('put is an idempotent upsert by id: the same write twice is one record, a newer version replaces it');
    expect(await only('manager-not-person')).to.deep.equal(['personId matches the member or the manager of a record']);
    expect(await only('to-inclusive')).to.deep.equal(['from is inclusive and to exclusive on createdAt, compared as instants']);
    expect(await only('nulls')).to.include('round trip: an optional field left out comes back left out (not null)');
    expect(await only('accepts-any-kind')).to.deep.equal(['an unknown record kind is refused by put and by query']);
    expect(await only('any-query')).to.deep.equal(['a malformed query is refused: an empty id, a time that is not ISO 8601, an unknown filter']);
    expect(await only('keeps-unknown')).to.deep.equal(['a property the model does not know is dropped: not stored, not returned']);
    expect(await only('ignores-if-match')).to.deep.equal([
      'revisions, when the adapter has them: a stale ifMatch or a second create is refused with TaiwaConflictError and the stored record',
    ]);
    expect(await only('catalog-empty-object')).to.deep.equal(['catalog(locale), when present, answers an override object, or undefined / null for none']);
  });
});
