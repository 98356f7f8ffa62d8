/**
 * A draft store whose implementation (IndexedDB, `src/adapters/drafts.ts`) loads on its first use.
 * The provider hands it out at once, so a widget renders once with its store in place instead of
 * again when the store arrives, and a page whose widgets keep no drafts never loads the code.
 */
import type { DraftStore } from '../model/adapter.js';

export function lazyDraftStore(load: () => Promise<DraftStore>): DraftStore {
  let loading: Promise<DraftStore> | undefined;
  const store = () =>
    (loading ??= load().catch((err: unknown) => {
      // A network hiccup: the next use tries again.
      loading = undefined;
      throw err;
    }));
  const missing = (what: string) => new Error(`The draft store has no ${what}`);
  return {
    get: async <T>(key: string) => (await store()).get<T>(key),
    set: async (key, value) => (await store()).set(key, value),
    delete: async (key) => (await store()).delete(key),
    keys: async (prefix) => (await store()).keys(prefix),
    read: async <T>(key: string) => {
      const s = await store();
      if (!s.read) throw missing('versioned reads');
      return s.read<T>(key);
    },
    write: async (key, value, version) => {
      const s = await store();
      if (!s.write) throw missing('versioned writes');
      return s.write(key, value, version);
    },
    watch: (listener) => {
      let stop: (() => void) | undefined;
      let stopped = false;
      store().then(
        (s) => {
          if (!stopped) stop = s.watch?.(listener);
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
