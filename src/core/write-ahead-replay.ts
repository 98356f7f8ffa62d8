/**
 * The write-ahead copy's slower half (write-ahead.ts writes the copy itself, at once): reading a
 * copy back, replaying one the store never confirmed (the page closed first) and removing a copy
 * once the store confirmed its write. Loaded with the first draft read or write.
 */
import type { DraftStore } from '../model/adapter.js';

/** One wrapped store, as write-ahead.ts hands it over: the durable store and where its copies are. */
export interface WriteAheadStore {
  /** The durable store (loaded on first use, where it loads). */
  store(): Promise<DraftStore>;
  storage(): Storage | undefined;
  /** The storage key of the copy of draft `key`. */
  key(key: string): string;
  /** The storage keys' prefix of this viewer's copies. */
  mine: string;
}

interface Entry {
  /** Which write this copy is: its confirmation by the store removes this copy only. */
  token: string;
  value: unknown;
}

function read({ storage, key: at }: WriteAheadStore, key: string): Entry | undefined {
  const raw = storage()?.getItem(at(key));
  if (raw == null) return undefined;
  try {
    const entry = JSON.parse(raw) as Partial<Entry>;
    if (typeof entry?.token === 'string' && 'value' in entry) return entry as Entry;
  } catch {
    // Not ours, or cut short: the draft store's value stands.
  }
  storage()?.removeItem(at(key));
  return undefined;
}

/** The store confirmed the write of copy `token`: the copy goes (unless a newer copy replaced it meanwhile). */
export function confirmed(it: WriteAheadStore, key: string, token: string): void {
  if (read(it, key)?.token === token) it.storage()?.removeItem(it.key(key));
}

export async function get<T>(it: WriteAheadStore, key: string): Promise<T | undefined> {
  const entry = read(it, key);
  const store = await it.store();
  if (!entry) return store.get<T>(key);
  // A copy the store never confirmed: the page closed first. Replay it.
  await store.set(key, entry.value);
  confirmed(it, key, entry.token);
  return entry.value as T;
}

/** The store's keys under `prefix` (`stored`) and those of copies it never confirmed. */
export function withCopies({ storage, mine }: WriteAheadStore, prefix: string, stored: readonly string[]): string[] {
  const local = storage();
  const copied: string[] = [];
  for (let i = 0; local && i < local.length; i++) {
    const k = local.key(i);
    if (k?.startsWith(mine) && k.slice(mine.length).startsWith(prefix)) copied.push(k.slice(mine.length));
  }
  return [...new Set([...stored, ...copied])];
}
