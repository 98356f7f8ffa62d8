/** The write-ahead copy of drafts (src/core/write-ahead.ts) over real localStorage and real stores. */
import { expect } from '@open-wc/testing';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { DraftStore } from '../../src/model/adapter.js';
import { clearWriteAhead, setReplayLoader, withWriteAhead, writeAhead } from '../../src/core/write-ahead.js';

const copies = (viewer: string) => Object.keys(localStorage).filter((k) => k.startsWith(`taiwa-wa:${encodeURIComponent(viewer)}:`));

/** A store whose writes never complete: the page closed while IndexedDB was still committing. */
function closing(base: DraftStore): DraftStore {
  return { ...base, set: () => new Promise<void>(() => {}) };
}

describe('write-ahead copy of drafts', () => {
  let viewer = '';
  beforeEach(() => (viewer = `v-${crypto.randomUUID()}`));
  afterEach(() => clearWriteAhead(viewer));

  it('copies a change synchronously, and the store confirming it removes the copy', async () => {
    const store = withWriteAhead(createMemoryDraftStore(), viewer);
    const draft = { memo: 'typed' };
    writeAhead(store, 'agenda:s1', draft);
    expect(copies(viewer)).to.have.length(1);
    await store.set('agenda:s1', draft);
    expect(copies(viewer)).to.deep.equal([]);
    expect(await store.get('agenda:s1')).to.deep.equal({ memo: 'typed' });
  });

  it('a page closed before the store committed: the next load replays the copy into the store', async () => {
    const durable = createMemoryDraftStore();
    await durable.set('agenda:s1', { memo: 'old' });
    const first = withWriteAhead(closing(durable), viewer);
    const draft = { memo: 'old and the last keystroke' };
    writeAhead(first, 'agenda:s1', draft);
    void first.set('agenda:s1', draft); // never completes
    // The next page: a new store over the same data.
    const next = withWriteAhead({ ...durable }, viewer);
    expect(await next.get('agenda:s1')).to.deep.equal({ memo: 'old and the last keystroke' });
    expect(await durable.get('agenda:s1')).to.deep.equal({ memo: 'old and the last keystroke' });
    expect(copies(viewer)).to.deep.equal([]);
    expect(await next.keys('agenda:')).to.deep.equal(['agenda:s1']);
  });

  it('an edit made before the replay code arrived is kept, and a reload then replays it', async () => {
    // The replay module held back until the test lets it arrive (no timing involved).
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const restore = setReplayLoader(() => arrived.then(() => import('../../src/core/write-ahead-replay.js')));
    try {
      const durable = createMemoryDraftStore();
      const first = withWriteAhead(closing(durable), viewer);
      const draft = { memo: 'typed before the code came' };
      writeAhead(first, 'agenda:s1', draft);
      const saving = first.set('agenda:s1', draft);
      // Copied in the same task, with the replay code still on its way.
      expect(copies(viewer)).to.have.length(1);
      // A reload now: the next page's store, over the same data, with the code still held.
      const next = withWriteAhead({ ...durable }, viewer);
      const read = next.get('agenda:s1');
      arrive();
      expect(await read).to.deep.equal({ memo: 'typed before the code came' });
      expect(await durable.get('agenda:s1')).to.deep.equal({ memo: 'typed before the code came' });
      expect(copies(viewer)).to.deep.equal([]);
      void saving; // never completes: the first page's store was closing
    } finally {
      restore();
    }
  });

  it('an older write confirmed late does not remove the copy of a newer one', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const durable = createMemoryDraftStore();
    const slow: DraftStore = { ...durable, set: async (k, v) => (await gate, durable.set(k, v)) };
    const store = withWriteAhead(slow, viewer);
    const older = { memo: 'a' };
    const newer = { memo: 'ab' };
    writeAhead(store, 'agenda:s1', older);
    const first = store.set('agenda:s1', older);
    writeAhead(store, 'agenda:s1', newer);
    release();
    await first;
    expect(copies(viewer)).to.have.length(1);
    const fresh = withWriteAhead({ ...durable }, viewer);
    expect(await fresh.get('agenda:s1')).to.deep.equal({ memo: 'ab' });
  });

  it('is per viewer, cleared on log-out, and ignores an entry it cannot read', async () => {
    const other = `w-${crypto.randomUUID()}`;
    const durable = createMemoryDraftStore();
    writeAhead(withWriteAhead(closing(durable), viewer), 'agenda:s1', { memo: 'mine' });
    writeAhead(withWriteAhead(closing(durable), other), 'agenda:s1', { memo: 'theirs' });
    expect(await withWriteAhead({ ...durable }, other).get('agenda:s1')).to.deep.equal({ memo: 'theirs' });
    clearWriteAhead(viewer);
    expect(copies(viewer)).to.deep.equal([]);
    expect(await withWriteAhead(createMemoryDraftStore(), viewer).get('agenda:s1')).to.equal(undefined);

    localStorage.setItem(`taiwa-wa:${encodeURIComponent(viewer)}:agenda:s2`, '{"token": 1, cut');
    const store = createMemoryDraftStore();
    await store.set('agenda:s2', { memo: 'kept' });
    expect(await withWriteAhead(store, viewer).get('agenda:s2')).to.deep.equal({ memo: 'kept' });
    expect(copies(viewer)).to.deep.equal([]);
    clearWriteAhead(other);
  });

  it('leaves a store it did not wrap alone, and wraps a store once per viewer', () => {
    const plain = createMemoryDraftStore();
    writeAhead(plain, 'agenda:s1', { memo: 'x' });
    expect(copies(viewer)).to.deep.equal([]);
    const a = withWriteAhead(plain, viewer);
    expect(withWriteAhead(plain, viewer)).to.equal(a);
    expect(withWriteAhead(a, viewer)).to.equal(a);
  });
});
