/**
 * What the provider (src/elements/provider/provider.ts) knows of the default draft store without
 * loading its code: the factory and the write-ahead wrapper an element module brought along
 * (drafts-default.ts: the agenda and the rater, which show drafts with their content), or, on a page
 * where none did, a store that loads both (drafts-deferred.ts) at its first use. A page whose widgets keep
 * no drafts then carries neither the store nor the write-ahead wrapper before its content.
 */
import type { DraftStore } from '../model/adapter.js';

export type DraftStoreFactory = (options: { viewerId: string }) => DraftStore;
/** `withWriteAhead` (src/core/write-ahead.ts), handed over by the module that imports it. */
export type WriteAheadWrap = (store: DraftStore | (() => Promise<DraftStore>), viewerId: string) => DraftStore;

let offered: { factory: DraftStoreFactory; wrap: WriteAheadWrap } | undefined;

/** Called by drafts-default.ts for an element module that imports the draft store anyway. The first offer is kept. */
export function offer(factory: DraftStoreFactory, wrap: WriteAheadWrap): void {
  offered ??= { factory, wrap };
}

/**
 * The key of a deferred store's hook (a global symbol: write-ahead.ts reads it without importing
 * this module). `writeAhead()` hands it the wrapper and gets the wrapped store at once.
 */
export const DEFERRED = Symbol.for('taiwa/1/deferred-drafts');

type StoreModule = { createDraftStore: DraftStoreFactory; withWriteAhead: WriteAheadWrap };
let loadDefault = (): Promise<StoreModule> => import('./drafts-deferred.js');

/**
 * Test seam: how the deferred store loads its code (e.g. held back, to show that an edit made before
 * it arrived is kept). Returns a function that restores the default.
 */
export function setDeferredDraftsLoader(load: () => Promise<StoreModule>): () => void {
  const before = loadDefault;
  loadDefault = load;
  return () => void (loadDefault = before);
}

/**
 * The provider's default store for `viewerId`. Where an element offered the store and the wrapper,
 * it is that store with its write-ahead copy, at once. Elsewhere each call waits for the store's
 * code, unless the wrapper is known by then (an element offered it since, or `writeAhead()` handed
 * it: an element that copies edits imports it). The wrapped store is one per viewer and store (`withWriteAhead`), so the copy that
 * `writeAhead()` makes in the input's task and the later `set` of the same value agree.
 */
export function deferredDraftStore(viewerId: string): DraftStore {
  let code: Promise<StoreModule> | undefined;
  /** The store's module, loaded once (and again after a failed load: a network hiccup). */
  const load = () =>
    (code ??= loadDefault().catch((err: unknown) => {
      code = undefined;
      throw err;
    }));
  // An element's factory when one was offered (its code is in: no request), else the module's.
  const durable = () => (offered ? Promise.resolve(offered.factory({ viewerId })) : load().then(({ createDraftStore }) => createDraftStore({ viewerId })));
  let wrapped: DraftStore | undefined;
  const wrap = (withWriteAhead: WriteAheadWrap) => (wrapped ??= withWriteAhead(durable, viewerId));
  const now = () => wrapped ?? (offered && wrap(offered.wrap));
  const store = () => load().then(({ withWriteAhead }) => wrap(withWriteAhead));
  // A known store is called in this task (its `set` copies the value at once).
  const call = <R>(use: (s: DraftStore) => Promise<R>): Promise<R> => {
    const known = now();
    return known ? use(known) : store().then(use);
  };
  return {
    get: <T>(key: string) => call((s) => s.get<T>(key)),
    set: (key, value) => call((s) => s.set(key, value)),
    delete: (key) => call((s) => s.delete(key)),
    keys: (prefix) => call((s) => s.keys(prefix)),
    [DEFERRED]: wrap,
  } as DraftStore;
}
