import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createIndexedDbAdapter, DB_VERSION } from '../../src/adapters/indexeddb.js';
import { databaseName } from '../../src/adapters/db-names.js';
import { guard } from '../../src/core/guard.js';
import { TaiwaDataError, TaiwaStorageError } from '../../src/model/errors.js';
import type { Agenda, Session } from '../../src/model/schemas.js';

const at = (d: number) => new Date(Date.UTC(2026, 0, d)).toISOString();
const session = (id: string, memberId: string, day: number): Session => ({ id, memberId, managerId: 'boss', createdAt: at(day), updatedAt: at(day) });
const agenda = (id: string, sessionId: string, memberId: string): Agenda => ({
  id,
  sessionId,
  memberId,
  items: [{ id: `${id}-i`, topicId: 'career', responseId: 'listen', memo: 'secret', memoVisibility: 'private', proposedBy: 'member' }],
  createdAt: at(1),
  updatedAt: at(1),
});
const unique = () => `t-${crypto.randomUUID()}`;

describe('createIndexedDbAdapter', () => {
  it('upserts by id: the same write twice is one record', async () => {
    const db = createIndexedDbAdapter({ dbName: unique(), viewerId: 'm1' });
    await db.put('session', session('s1', 'm1', 1));
    await db.put('session', session('s1', 'm1', 1));
    await db.put('session', { ...session('s1', 'm1', 1), heldAt: at(2) });
    const all = await db.query('session', {});
    expect(all).to.have.length(1);
    expect(all[0]!.heldAt).to.equal(at(2));
    await db.destroy();
  });

  it('queries by person, session and time range', async () => {
    const db = createIndexedDbAdapter({ dbName: unique(), viewerId: 'boss' });
    await db.put('session', session('s1', 'm1', 1));
    await db.put('session', session('s2', 'm2', 5));
    await db.put('session', session('s3', 'm1', 10));
    await db.put('agenda', agenda('a1', 's1', 'm1'));
    await db.put('agenda', agenda('a2', 's3', 'm1'));
    expect((await db.query('session', { personId: 'm1' })).map((s) => s.id).sort()).to.deep.equal(['s1', 's3']);
    expect((await db.query('session', { personId: 'boss' }))).to.have.length(3);
    expect((await db.query('agenda', { sessionId: 's3' })).map((a) => a.id)).to.deep.equal(['a2']);
    expect((await db.query('session', { sessionId: 's2' })).map((s) => s.id)).to.deep.equal(['s2']);
    expect((await db.query('session', { from: at(2), to: at(10) })).map((s) => s.id)).to.deep.equal(['s2']);
    expect((await db.query('session', { personId: 'm1', from: at(5) })).map((s) => s.id)).to.deep.equal(['s3']);
    await db.destroy();
  });

  it('keeps viewers apart: two people on one browser never see each other\'s records', async () => {
    const dbName = unique();
    const alice = createIndexedDbAdapter({ dbName, viewerId: 'alice' });
    const bob = createIndexedDbAdapter({ dbName, viewerId: 'bob' });
    await alice.put('agenda', agenda('a1', 's1', 'alice'));
    expect(await bob.query('agenda', {})).to.deep.equal([]);
    expect(await alice.query('agenda', {})).to.have.length(1);
    expect(alice.name).to.not.equal(bob.name);
    await alice.destroy();
    await bob.destroy();
  });

  it('refuses an invalid write with a TaiwaDataError naming the field, and stores nothing', async () => {
    const db = createIndexedDbAdapter({ dbName: unique(), viewerId: 'm1' });
    const bad = { ...session('s1', 'm1', 1), managerId: 7 } as unknown as Session;
    let error: unknown;
    await db.put('session', bad).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TaiwaDataError);
    expect((error as TaiwaDataError).recordId).to.equal('s1');
    expect((error as TaiwaDataError).field).to.equal('managerId');
    expect(await db.query('session', {})).to.deep.equal([]);
    await db.destroy();
  });

  it('upgrades a version-1 database with data in it, losing nothing', async () => {
    const dbName = unique();
    const name = databaseName(dbName, 'm1');
    const v1 = await openDB(name, 1, { upgrade: (d) => void d.createObjectStore('records', { keyPath: ['kind', 'id'] }) });
    await v1.put('records', { kind: 'session', id: 's1', value: session('s1', 'm1', 1) });
    await v1.put('records', { kind: 'agenda', id: 'a1', value: agenda('a1', 's1', 'm1') });
    await v1.put('records', { kind: 'agenda', id: 'broken', value: 'not a record' });
    v1.close();

    const db = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    expect((await db.query('session', { personId: 'm1' })).map((s) => s.id)).to.deep.equal(['s1']);
    const agendas = await db.query('agenda', { sessionId: 's1' });
    expect(agendas).to.have.length(1);
    expect(agendas[0]!.items[0]!.memo).to.equal('secret');
    // The record that was already bad in version 1 is still there, and still reported, not dropped.
    const { records, errors } = await guard(db).query('agenda', {});
    expect(records.map((a) => a.id)).to.deep.equal(['a1']);
    expect(errors).to.have.length(1);
    expect(errors[0]!.recordId).to.equal(undefined);
    db.close();
    const raw = await openDB(name);
    expect(raw.version).to.equal(DB_VERSION);
    expect([...raw.transaction('records').store.indexNames].sort()).to.deep.equal(['by-person', 'by-session']);
    raw.close();
    await createIndexedDbAdapter({ dbName, viewerId: 'm1' }).destroy();
  });

  it('returns valid records beside a corrupt one, with a TaiwaDataError for the bad one', async () => {
    const dbName = unique();
    const db = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    await db.put('session', session('s1', 'm1', 1));
    db.close();
    const raw = await openDB(databaseName(dbName, 'm1'));
    await raw.put('records', { kind: 'session', id: 's2', value: { ...session('s2', 'm1', 2), createdAt: 'yesterday' } });
    raw.close();
    const { records, errors } = await guard(createIndexedDbAdapter({ dbName, viewerId: 'm1' })).query('session', {});
    expect(records.map((s) => s.id)).to.deep.equal(['s1']);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ kind: 'session', recordId: 's2', field: 'createdAt' });
    await db.destroy();
  });

  it('says clearly when IndexedDB cannot be used', async () => {
    expect(() => createIndexedDbAdapter({ viewerId: '' })).to.throw(TaiwaDataError, /viewer id/);
    const real = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const db = createIndexedDbAdapter({ dbName: unique(), viewerId: 'm1' });
      let error: unknown;
      await db.query('session', {}).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(TaiwaStorageError);
      expect((error as TaiwaStorageError).code).to.equal('unavailable');
      expect((error as Error).message).to.match(/private mode/);
    } finally {
      Object.defineProperty(window, 'indexedDB', real);
    }
  });
});
