/**
 * The write-ahead copy of drafts: the last keystroke survives a close by construction. Each change
 * is copied into `localStorage` synchronously, in the same task as the input event, before any
 * await; the durable draft store (IndexedDB) is written after, and its confirmation removes the
 * copy. A page closed or reloaded before the store confirmed leaves the copy behind, and the next
 * load replays it into the store (`get` answers it, then writes it through).
 *
 * Per viewer (`taiwa-wa:<viewer>:<draft key>`), cleared on log-out (`clearWriteAhead`), and never
 * more than one entry per draft: the copy is the newest value of that draft, nothing else. It
 * holds what the draft store holds (private memos included), on the same device and origin.
 * Where `localStorage` is unavailable or full, the draft store alone keeps drafts, as before.
 *
 * This module is what an edit needs at once (the copy, written in the input's task) and comes with
 * the provider; reading a copy back, replaying it and confirming it (write-ahead-replay.ts) load
 * with the first draft read or write, so a page that only shows stored records never loads them,
 * and an edit made before they arrived is still copied at once.
 */
import type { DraftStore } from '../model/adapter.js';
import type { WriteAheadStore } from './write-ahead-replay.js';

const PREFIX = 'taiwa-wa:';
/** The hook of a deferred default store (`DEFERRED` in src/adapters/drafts-offered.ts; a global symbol, so no import). */
const DEFERRED = Symbol.for('taiwa/1/deferred-drafts');

const storageKey = (viewerId: string, key: string) => `${PREFIX}${encodeURIComponent(viewerId)}:${key}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // A sandboxed frame or a blocked origin throws on access.
  }
}

let loadReplay = () => import('./write-ahead-replay.js');

/**
 * Test seam: how the replay module is loaded (e.g. held back, to show that an edit made before it
 * arrived is kept). Returns a function that restores the default.
 */
export function setReplayLoader(load: typeof loadReplay): () => void {
  const before = loadReplay;
  loadReplay = load;
  return () => void (loadReplay = before);
}

const aheadOf = new WeakMap<DraftStore, (key: string, value: unknown) => void>();
const wrapped = new WeakMap<object, Map<string, DraftStore>>();

/**
 * `store` with a write-ahead copy for `viewerId`: the same store for the same pair (so a provider
 * that re-renders does not hand out a new one). `store` may be a function that loads it: the
 * provider's default store, whose code (src/adapters/drafts.ts) loads on its first use, so a widget
 * renders once with its store in place and a page whose widgets keep no drafts never loads it.
 */
export function withWriteAhead(store: DraftStore | (() => Promise<DraftStore>), viewerId: string): DraftStore {
  if (typeof store !== 'function' && aheadOf.has(store)) return store;
  let byViewer = wrapped.get(store);
  if (!byViewer) wrapped.set(store, (byViewer = new Map()));
  const known = byViewer.get(viewerId);
  if (known) return known;

  /** The token of the copy written for each value object, so the store's confirmation finds it. */
  const tokens = new WeakMap<object, string>();
  const ahead = (key: string, value: unknown): string => {
    const token = crypto.randomUUID();
    try {
      storage()?.setItem(storageKey(viewerId, key), JSON.stringify({ token, value }));
    } catch {
      // No room or no storage: the draft store alone keeps it.
    }
    if (value && typeof value === 'object') tokens.set(value, token);
    return token;
  };
  let loading: Promise<DraftStore> | undefined;
  /** The store itself; one that loads does so once (and again after a failed load: a network hiccup). */
  const durable = async (): Promise<DraftStore> =>
    typeof store !== 'function'
      ? store
      : (loading ??= store().catch((err: unknown) => {
          loading = undefined;
          throw err;
        }));
  const it: WriteAheadStore = { store: durable, storage, key: (key) => storageKey(viewerId, key), mine: `${PREFIX}${encodeURIComponent(viewerId)}:` };
  const ours: DraftStore = {
    // No copy (the usual case): the store's value, without waiting for the replay module.
    get: async <T>(key: string) =>
      storage()?.getItem(storageKey(viewerId, key)) == null ? (await durable()).get<T>(key) : (await loadReplay()).get<T>(it, key),
    set(key, value) {
      // The copy first, in this task; the store's write at once; its confirmation once both are in.
      const token = (value && typeof value === 'object' ? tokens.get(value) : undefined) ?? ahead(key, value);
      return Promise.all([loadReplay(), durable().then((s) => s.set(key, value))]).then(([replay]) => replay.confirmed(it, key, token));
    },
    async delete(key) {
      storage()?.removeItem(storageKey(viewerId, key));
      await (await durable()).delete(key);
    },
    keys: async (prefix = '') => {
      const [replay, stored] = await Promise.all([loadReplay(), durable().then((s) => s.keys(prefix))]);
      return replay.withCopies(it, prefix, stored);
    },
  };
  aheadOf.set(ours, (key, value) => void ahead(key, value));
  byViewer.set(viewerId, ours);
  return ours;
}

/**
 * Copies `value` as the newest `key` of `drafts` now, synchronously: call it in the input handler,
 * before the (debounced, awaited) `drafts.set(key, value)` with the same value object. A store not
 * made by `withWriteAhead` is left alone.
 */
export function writeAhead(drafts: DraftStore | undefined, key: string, value: unknown): void {
  if (!drafts) return;
  // The provider's default store before its code came (src/adapters/drafts-offered.ts): handed the
  // wrapper, it is the wrapped store at once, so this edit is copied now.
  const deferred = (drafts as { [DEFERRED]?: (wrap: typeof withWriteAhead) => DraftStore })[DEFERRED];
  aheadOf.get(deferred ? deferred(withWriteAhead) : drafts)?.(key, value);
}

/** Removes every write-ahead copy of `viewerId` on this device (log-out). */
export function clearWriteAhead(viewerId: string): void {
  const local = storage();
  if (!local) return;
  const mine = `${PREFIX}${encodeURIComponent(viewerId)}:`;
  const keys: string[] = [];
  for (let i = 0; i < local.length; i++) {
    const k = local.key(i);
    if (k?.startsWith(mine)) keys.push(k);
  }
  for (const k of keys) local.removeItem(k);
}
