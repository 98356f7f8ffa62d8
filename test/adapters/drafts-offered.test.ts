/**
 * The provider's default draft store on a page where no element brought the store's code
 * (src/adapters/drafts-offered.ts): its code loads at its first use, and an edit made before it
 * arrives is copied in its own task (the write-ahead copy, real localStorage) and survives a reload.
 */
import { expect } from '@open-wc/testing';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import { deferredDraftStore, setDeferredDraftsLoader } from '../../src/adapters/drafts-offered.js';
import type { DraftStore } from '../../src/model/adapter.js';
import { clearWriteAhead, withWriteAhead, writeAhead } from '../../src/core/write-ahead.js';

const copies = (viewer: string) => Object.keys(localStorage).filter((k) => k.startsWith(`taiwa-wa:${encodeURIComponent(viewer)}:`));

/** The store's module as the seam hands it: the given store for every viewer, with the real wrapper. */
const moduleWith = (store: DraftStore) => ({ createDraftStore: () => store, withWriteAhead });

/** A loader held back until the test lets it arrive (no timing involved). */
function held(store: DraftStore) {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  let asked = 0;
  const load = () => (asked++, arrived.then(() => moduleWith(store)));
  return { load, arrive, asked: () => asked };
}

describe('the default draft store before its code arrives', () => {
  let viewer = '';
  beforeEach(() => (viewer = `v-${crypto.randomUUID()}`));
  afterEach(() => clearWriteAhead(viewer));

  it('copies an edit in its own task while the code is held, and a reload replays it', async () => {
    const durable = createMemoryDraftStore();
    await durable.set('agenda:s1', { memo: 'old' });
    // The first page's store never commits (the page closes while it writes).
    const first = held({ ...durable, set: () => new Promise<void>(() => {}) });
    let restore = setDeferredDraftsLoader(first.load);
    try {
      const store = deferredDraftStore(viewer);
      const draft = { memo: 'typed before the code came' };
      writeAhead(store, 'agenda:s1', draft);
      void store.set('agenda:s1', draft);
      // Copied at once, with the store's code still on its way.
      expect(copies(viewer)).to.have.length(1);
      expect(first.asked()).to.equal(1);
      restore();
      // A reload: the next page's store over the same data, its code held too.
      const next = held({ ...durable });
      restore = setDeferredDraftsLoader(next.load);
      const read = deferredDraftStore(viewer).get('agenda:s1');
      next.arrive();
      expect(await read).to.deep.equal({ memo: 'typed before the code came' });
      expect(await durable.get('agenda:s1')).to.deep.equal({ memo: 'typed before the code came' });
      expect(copies(viewer)).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('loads its code once, then writes through it in the caller’s task', async () => {
    const durable = createMemoryDraftStore();
    const code = held(durable);
    const restore = setDeferredDraftsLoader(code.load);
    try {
      const store = deferredDraftStore(viewer);
      const keys = store.keys('agenda:');
      const read = store.get('agenda:s1');
      code.arrive();
      expect(await keys).to.deep.equal([]);
      expect(await read).to.equal(undefined);
      // The code is in: a set copies the value before it returns, and the store confirming it removes the copy.
      const saving = store.set('agenda:s1', { memo: 'later' });
      expect(copies(viewer)).to.have.length(1);
      await saving;
      expect(copies(viewer)).to.deep.equal([]);
      expect(await durable.get('agenda:s1')).to.deep.equal({ memo: 'later' });
      await store.delete('agenda:s1');
      expect(await durable.get('agenda:s1')).to.equal(undefined);
      expect(code.asked()).to.equal(1);
    } finally {
      restore();
    }
  });

  it('loads again after a failed load (a network hiccup), and reports the failure', async () => {
    const durable = createMemoryDraftStore();
    let fail = true;
    const restore = setDeferredDraftsLoader(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(moduleWith(durable))));
    try {
      const store = deferredDraftStore(viewer);
      let error: unknown;
      await store.get('agenda:s1').catch((e: unknown) => (error = e));
      expect((error as Error).message).to.equal('offline');
      fail = false;
      await store.set('agenda:s1', { memo: 'back online' });
      expect(await durable.get('agenda:s1')).to.deep.equal({ memo: 'back online' });
    } finally {
      restore();
    }
  });
});
