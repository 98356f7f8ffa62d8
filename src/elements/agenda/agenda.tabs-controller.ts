/**
 * Two tabs, one agenda draft: the versions this tab's draft builds on, writes made from a version
 * (a write refused because another tab wrote since is merged and written again), and the other
 * tabs' writes heard through the draft store's `watch`, merged into what is shown. Nothing typed in
 * either tab is lost; the member is told when another tab's changes came in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore } from '../../model/adapter.js';
import { toError } from '../../model/records.js';
import type * as UI from './agenda.views.js';

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
  ui(): typeof UI | undefined;
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

  constructor(
    host: ReactiveControllerHost,
    private readonly h: DraftTabsHost,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const drafts = this.h.current()?.drafts;
    if (drafts === this.#watched) return;
    this.#unwatch?.();
    this.#watched = drafts;
    this.#unwatch = drafts?.watch?.((key, version) => void this.#heard(key, version));
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = this.#watched = undefined;
  }

  /** After a load: the stored draft and version this tab now builds on. */
  async read(drafts: DraftStore | undefined, key: string): Promise<void> {
    const ui = this.h.ui();
    if (!drafts?.read || !ui) return;
    try {
      const { value, version } = await drafts.read(key);
      this.#seen.set(key, { base: ui.normalizeDraft(value), version });
    } catch {
      // Unreadable now: the first write finds out the version (and merges) instead.
    }
  }

  /** Writes `draft` from the version this tab builds on; refused because another tab wrote, merged and again. */
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
    let mine = draft;
    for (let attempt = 0; ; attempt++) {
      try {
        const version = await drafts.write(key, mine, this.#seen.get(key)?.version ?? 0);
        this.#seen.set(key, { base: mine, version });
        return undefined;
      } catch (err) {
        if (!conflictOf(err) || attempt >= 20) return toError(err);
        try {
          mine = await this.#fold(drafts, key, mine, scope);
        } catch (again) {
          return toError(again);
        }
      }
    }
  }

  /** Merges the stored draft (another tab's) into `mine`, and into what is shown if it is still this draft. */
  async #fold(drafts: DraftStore, key: string, mine: UI.AgendaDraft, scope: number): Promise<UI.AgendaDraft> {
    const ui = this.h.ui()!;
    const { value, version } = await drafts.read!(key);
    const theirs = ui.normalizeDraft(value);
    const seen = this.#seen.get(key);
    const merged = theirs ? ui.mergeDrafts(seen?.base, mine, theirs).draft : mine;
    this.#seen.set(key, { base: theirs, version });
    const now = this.h.current();
    if (scope !== this.h.scope() || !now || now.key !== key) return merged;
    // What is shown may hold keystrokes newer than `mine`: they are kept on top of the merge.
    const shown = ui.mergeDrafts(mine, now.draft, merged).draft;
    if (!same(shown, now.draft)) this.h.show(shown, Boolean(theirs) && !same(theirs, seen?.base));
    return shown;
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
      if (scope === this.h.scope() && !same(merged, base)) this.h.schedule(async () => void (await this.keep(drafts, key, merged, scope)));
    } catch {
      // Not readable now: this tab's next write merges instead.
    }
  }
}
