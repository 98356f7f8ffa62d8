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
 */
import type { DraftStore } from '../model/adapter.js';

const PREFIX = 'taiwa-wa:';

interface Entry {
  /** Which write this copy is: its confirmation by the store removes this copy only. */
  token: string;
  value: unknown;
}

const storageKey = (viewerId: string, key: string) => `${PREFIX}${encodeURIComponent(viewerId)}:${key}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // A sandboxed frame or a blocked origin throws on access.
  }
}

function read(viewerId: string, key: string): Entry | undefined {
  const raw = storage()?.getItem(storageKey(viewerId, key));
  if (raw == null) return undefined;
  try {
    const entry = JSON.parse(raw) as Partial<Entry>;
    if (typeof entry?.token === 'string' && 'value' in entry) return entry as Entry;
  } catch {
    // Not ours, or cut short: the draft store's value stands.
  }
  storage()?.removeItem(storageKey(viewerId, key));
  return undefined;
}

/** Writes the copy; false when it could not be kept (no storage, quota). */
function write(viewerId: string, key: string, entry: Entry): boolean {
  try {
    storage()?.setItem(storageKey(viewerId, key), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

function clearIf(viewerId: string, key: string, token: string): void {
  if (read(viewerId, key)?.token === token) storage()?.removeItem(storageKey(viewerId, key));
}

const aheadOf = new WeakMap<DraftStore, (key: string, value: unknown) => void>();
const wrapped = new WeakMap<DraftStore, Map<string, DraftStore>>();

/**
 * `store` with a write-ahead copy for `viewerId`: the same store for the same pair (so a provider
 * that re-renders does not hand out a new one).
 */
export function withWriteAhead(store: DraftStore, viewerId: string): DraftStore {
  if (aheadOf.has(store)) return store;
  let byViewer = wrapped.get(store);
  if (!byViewer) wrapped.set(store, (byViewer = new Map()));
  const known = byViewer.get(viewerId);
  if (known) return known;

  /** The token of the copy written for each value object, so the store's confirmation finds it. */
  const tokens = new WeakMap<object, string>();
  const ahead = (key: string, value: unknown): string => {
    const token = crypto.randomUUID();
    write(viewerId, key, { token, value });
    if (value && typeof value === 'object') tokens.set(value, token);
    return token;
  };
  const durable = async (key: string, value: unknown, token: string) => {
    await store.set(key, value);
    clearIf(viewerId, key, token);
  };
  const ours: DraftStore = {
    async get<T>(key: string): Promise<T | undefined> {
      const entry = read(viewerId, key);
      if (!entry) return store.get<T>(key);
      // A copy the store never confirmed: the page closed first. Replay it.
      await durable(key, entry.value, entry.token);
      return entry.value as T;
    },
    set(key, value) {
      const known = value && typeof value === 'object' ? tokens.get(value) : undefined;
      const token = known ?? ahead(key, value);
      return durable(key, value, token);
    },
    async delete(key) {
      storage()?.removeItem(storageKey(viewerId, key));
      await store.delete(key);
    },
    async keys(prefix = '') {
      const mine = `${PREFIX}${encodeURIComponent(viewerId)}:`;
      const local = storage();
      const copied: string[] = [];
      for (let i = 0; local && i < local.length; i++) {
        const k = local.key(i);
        if (k?.startsWith(mine) && k.slice(mine.length).startsWith(prefix)) copied.push(k.slice(mine.length));
      }
      return [...new Set([...(await store.keys(prefix)), ...copied])];
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
  if (drafts) aheadOf.get(drafts)?.(key, value);
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
