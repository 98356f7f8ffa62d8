// The read path of the IndexedDB adapter: a database already at this version is opened and read
// through the browser's API alone, so a page that only shows stored records never loads `idb`.
import { expect } from '@open-wc/testing';
import { createIndexedDbAdapter, DB_VERSION } from '../../src/adapters/indexeddb.js';
import { databaseName } from '../../src/adapters/db-names.js';
import { CHECKED_WITH } from '../../src/model/checked.js';

const at = new Date(Date.UTC(2026, 0, 2)).toISOString();
const loadedIdb = () => performance.getEntriesByType('resource').some((e) => /\/idb\/build\//.test(e.name));

/** A database at `version` as this version's upgrade leaves it, with one session, written without the adapter. */
function seed(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('records', { keyPath: ['kind', 'id'] });
      store.createIndex('by-session', ['kind', 'sessionId']);
      store.createIndex('by-person', 'personKeys', { multiEntry: true });
      const value = { id: 's1', memberId: 'm1', managerId: 'boss', createdAt: at, updatedAt: at };
      store.put({ kind: 'session', id: 's1', value, sessionId: 's1', personKeys: ['session|m1', 'session|boss'], createdAt: at, checked: CHECKED_WITH });
    };
    req.onsuccess = () => (req.result.close(), resolve());
    req.onerror = () => reject(req.error);
  });
}

describe('the IndexedDB adapter’s read path', () => {
  it('reads a database at this version without loading idb, by session, by person and all', async () => {
    const dbName = `t-${crypto.randomUUID()}`;
    await seed(databaseName(dbName, 'm1'), DB_VERSION);
    const db = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    expect((await db.query('session', { sessionId: 's1' })).map((s) => s.id)).to.deep.equal(['s1']);
    expect((await db.query('session', { personId: 'm1' })).map((s) => s.id)).to.deep.equal(['s1']);
    expect((await db.query('session', {})).map((s) => s.id)).to.deep.equal(['s1']);
    expect(await db.people()).to.deep.equal([]);
    expect(loadedIdb(), 'idb was requested for a read').to.equal(false);
    // A write loads it, and what it wrote is read back through the same connection.
    await db.put('session', { id: 's2', memberId: 'm1', managerId: 'boss', createdAt: at, updatedAt: at });
    expect(loadedIdb()).to.equal(true);
    expect((await db.query('session', { personId: 'm1' })).map((s) => s.id).sort()).to.deep.equal(['s1', 's2']);
    await db.destroy();
  });

  it('creates a new database through the full open, and leaves none behind from the first look', async () => {
    const dbName = `t-${crypto.randomUUID()}`;
    const db = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    expect(await db.query('session', {})).to.deep.equal([]);
    const found = (await indexedDB.databases()).find((d) => d.name === databaseName(dbName, 'm1'));
    expect(found?.version).to.equal(DB_VERSION);
    await db.destroy();
    expect((await indexedDB.databases()).some((d) => d.name === databaseName(dbName, 'm1'))).to.equal(false);
  });
});
