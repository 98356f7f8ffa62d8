/**
 * Two tabs, one agenda draft: the versions this tab's draft builds on, writes made from a version
 * (a write refused because another tab wrote since is merged and written again), and the other
 * tabs' writes heard through the draft store's `watch`, merged into what is shown. Nothing typed in
 * either tab is lost; the member is told when another tab's changes came in.
 *
 * Loaded after the agenda's content (agenda.edit.ts): until it is in, the agenda reads the draft
 * with its version itself and hands both over (`seed`), and its draft writes wait for it (the
 * write-ahead copy of each keystroke does not). Arrived, it looks once for a write another tab made
 * meanwhile and merges it in, as it does for a write made between a read and its watch.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore } from '../../model/adapter.js';
import { toError } from '../../model/data-error.js';
import type * as UI from './agenda.views.js';
import { mergeDrafts } from './agenda.tabs.js';

interface Current {
  drafts: DraftStore | undefined;
  key: string;
  draft: UI.AgendaDraft;
  scope: number;
}

export interface DraftTabsHost {
  /** The member's draft shown now, with its store and key; undefined when there is none. */
  current(): Current | undefined;
  scope(): number;
  ui(): UI.Views | undefined;
  /** Shows a draft merged with another tab's; `told`: say "edited in another tab". */
  show(draft: UI.AgendaDraft, told: boolean): void;
  schedule(write: () => Promise<void>): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const conflictOf = (err: unknown) => (err as { code?: unknown } | null)?.code === 'conflict';

export class DraftTabs implements ReactiveController {
  /** Per key: the stored draft this tab's builds on, and its version. */
  readonly #seen = new Map<string, { base: UI.AgendaDraft | undefined; version: number }>();
  #watched: DraftStore | undefined;
  #unwatch: (() => void) | undefined;
  /** Merges run one after another, each into what the one before showed. */
  #folding: Promise<unknown> = Promise.resolve();

  constructor(
    host: ReactiveControllerHost,
    private readonly h: DraftTabsHost,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const now = this.h.current();
    const drafts = now?.drafts;
    if (drafts === this.#watched) return;
    this.#unwatch?.();
    this.#watched = drafts;
    this.#unwatch = drafts?.watch?.((key, version) => void this.#heard(key, version));
    // A write another tab made between this tab's read and now was not heard: look once.
    if (now && this.#unwatch) void this.#heard(now.key, Number.POSITIVE_INFINITY);
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = this.#watched = undefined;
  }

  /**
   * At a load: the stored draft and its version, read together, which this tab then builds on
   * (the load shows this value, so a version is never ahead of the text shown). Undefined where
   * the store has no versions or cannot be read now.
   */
  async read(drafts: DraftStore | undefined, key: string): Promise<{ value: unknown } | undefined> {
    const ui = this.h.ui();
    if (!drafts?.read || !ui) return undefined;
    try {
      const { value, version } = await drafts.read(key);
      this.seed(key, value, version);
      return { value };
    } catch {
      // Unreadable now: the load reads it its own way, and the first write finds out the version (and merges).
      this.#seen.delete(key);
      return undefined;
    }
  }

  /** The stored draft under `key` and its version, read together: what this tab's draft builds on. */
  seed(key: string, value: unknown, version: number): void {
    const ui = this.h.ui();
    if (ui) this.#seen.set(key, { base: ui.normalizeDraft(value), version });
  }

  /** What this tab shows now, if it is `key` of `drafts` in `scope`: it builds on the version seen. */
  #shown(drafts: DraftStore, key: string, scope: number): UI.AgendaDraft | undefined {
    const now = this.h.current();
    return scope === this.h.scope() && now?.drafts === drafts && now.key === key ? now.draft : undefined;
  }

  /**
   * Writes the draft from the version this tab builds on; refused because another tab wrote, merged
   * and again. While `draft`'s key is the one shown, what is shown is written, not `draft`: a write
   * queued before another tab's text was merged in would otherwise store the draft without that
   * text under the newer version (so the other tab took it as removed).
   */
  async keep(drafts: DraftStore | undefined, key: string, draft: UI.AgendaDraft, scope: number): Promise<Error | undefined> {
    if (!drafts?.write || !drafts.read) {
      // A host's store without versions: the last write wins, as before.
      try {
        await drafts?.set(key, draft);
        return undefined;
      } catch (err) {
        return toError(err);
      }
    }
    let given = draft;
    for (let attempt = 0; ; attempt++) {
      const mine = this.#shown(drafts, key, scope) ?? given;
      try {
        const version = await drafts.write(key, mine, this.#seen.get(key)?.version ?? 0);
        const seen = this.#seen.get(key);
        if (!seen || version > seen.version) this.#seen.set(key, { base: mine, version });
        return undefined;
      } catch (err) {
        if (!conflictOf(err) || attempt >= 20) return toError(err);
        try {
          given = (await this.#fold(drafts, key, mine, scope)) ?? mine;
        } catch (again) {
          return toError(again);
        }
      }
    }
  }

  /**
   * Merges the stored draft (another tab's) into this tab's: into what is shown, if `key` still is,
   * else into `given`. Undefined when the store holds nothing newer than what this tab built on.
   */
  #fold(drafts: DraftStore, key: string, given: UI.AgendaDraft, scope: number): Promise<UI.AgendaDraft | undefined> {
    const run = this.#folding.then(() => this.#foldNow(drafts, key, given, scope));
    this.#folding = run.catch(() => undefined);
    return run;
  }

  async #foldNow(drafts: DraftStore, key: string, given: UI.AgendaDraft, scope: number): Promise<UI.AgendaDraft | undefined> {
    const ui = this.h.ui()!;
    const { value, version } = await drafts.read!(key);
    const seen = this.#seen.get(key);
    if (seen && version === seen.version) return undefined;
    // Taken after the read: what is shown now holds every keystroke and every merge so far, and
    // descends from `seen.base` (a draft taken before the read may not: merged against a newer base,
    // what it lacks would count as removed).
    const shown = this.#shown(drafts, key, scope);
    const mine = shown ?? given;
    const theirs = ui.normalizeDraft(value);
    // An older version than seen: the store was emptied and begun again; no common base.
    const base = seen && version > seen.version ? seen.base : undefined;
    const merged = theirs ? mergeDrafts(base, mine, theirs).draft : mine;
    this.#seen.set(key, { base: theirs, version });
    if (shown && !same(merged, shown)) this.h.show(merged, Boolean(theirs) && !same(theirs, seen?.base));
    return merged;
  }

  /** Another tab wrote a draft: if it is this one, merge it in, and write back what this tab adds. */
  async #heard(key: string, version: number): Promise<void> {
    const now = this.h.current();
    const seen = this.#seen.get(key);
    if (!now || now.key !== key || !now.drafts?.read || (seen && seen.version >= version)) return;
    const { drafts, scope } = now;
    try {
      const merged = await this.#fold(drafts, key, now.draft, scope);
      const base = this.#seen.get(key)?.base;
      if (merged && scope === this.h.scope() && !same(merged, base)) this.h.schedule(async () => void (await this.keep(drafts, key, merged, scope)));
    } catch {
      // Not readable now: this tab's next write merges instead.
    }
  }
}
