import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createDraftStore } from '../../src/adapters/drafts.js';
import { databaseName } from '../../src/adapters/db-names.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { storageError } from '../../src/adapters/outbox-db.js';
import { storageErrorOf, TaiwaStorageError } from '../../src/model/errors.js';

const unique = () => `drafts-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

async function failure(p: Promise<unknown>): Promise<TaiwaStorageError> {
  try {
    await p;
  } catch (err) {
    return err as TaiwaStorageError;
  }
  throw new Error('expected a failure');
}

describe('createDraftStore', () => {
  it('keeps drafts per viewer under the name databaseName() gives', async () => {
    const dbName = unique();
    const a = createDraftStore({ dbName, viewerId: 'a b' });
    const b = createDraftStore({ dbName, viewerId: 'b' });
    await a.set('agenda:1', { memo: 'mine' });
    await a.set('rating:1', 3);
    expect(await a.get('agenda:1')).to.deep.equal({ memo: 'mine' });
    expect(await a.keys('agenda:')).to.deep.equal(['agenda:1']);
    expect(await b.keys()).to.deep.equal([]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).to.include(databaseName(dbName, 'a b'));
    expect(databaseName(dbName, 'a b')).to.equal(`${dbName}--a%20b`);
  });

  it('turns a failing read (get, keys) into a TaiwaStorageError that says what did not happen', async () => {
    const dbName = unique();
    // A database of that name without the drafts store: every read of the store fails.
    const raw = await openDB(databaseName(dbName, 'm1'), 1, { upgrade: (d) => void d.createObjectStore('other') });
    raw.close();
    const drafts = createDraftStore({ dbName, viewerId: 'm1' });
    const get = await failure(drafts.get('agenda:1'));
    const keys = await failure(drafts.keys());
    const set = await failure(drafts.set('agenda:1', {}));
    for (const e of [get, keys, set]) {
      expect(e).to.be.instanceOf(TaiwaStorageError);
      expect(e.code).to.equal('unavailable');
    }
    expect(get.message).to.match(/^The draft was not read: /);
    expect(keys.message).to.match(/^The drafts were not read: /);
    expect(set.message).to.match(/^The draft was not kept on this device: /);
  });
});

describe('storageErrorOf', () => {
  it('maps every storage failure to one of quota, unavailable, blocked, failed, with what did not happen', () => {
    const cases: [unknown, string][] = [
      [new DOMException('full', 'QuotaExceededError'), 'quota'],
      [new DOMException('closing', 'InvalidStateError'), 'unavailable'],
      [new DOMException('disk', 'UnknownError'), 'unavailable'],
      [new DOMException('gone', 'NotFoundError'), 'unavailable'],
      [new Event('blocked'), 'blocked'],
      [new DOMException('bad key', 'DataError'), 'failed'],
      ['weird', 'failed'],
    ];
    for (const [err, code] of cases) {
      const e = storageErrorOf(err, 'Not saved');
      expect([e.code, e.message.startsWith('Not saved: '), e.cause]).to.deep.equal([code, true, err]);
    }
    const known = new TaiwaStorageError('closed', 'closed');
    expect(storageErrorOf(known, 'Not saved')).to.equal(known);
  });

  it('is the mapping the outbox, the IndexedDB adapter and the draft store share', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(storageError(quota).message).to.equal(storageErrorOf(quota, 'Not saved').message);
    // The IndexedDB adapter reading a database that is newer than it: the same code as the others.
    const dbName = unique();
    const raw = await openDB(`${dbName}--m1`, 99);
    raw.close();
    const e = await failure(createIndexedDbAdapter({ dbName, viewerId: 'm1' }).query('pulse', {}));
    expect([e.code, e.message.startsWith('Taiwa cannot use this browser’s storage: ')]).to.deep.equal(['unavailable', true]);
  });
});
