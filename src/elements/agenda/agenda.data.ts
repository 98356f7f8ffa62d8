/**
 * The data side of `taiwa-agenda`, kept apart from the element's public file: its properties and
 * state, what it reads for a member or a manager (its parts, and when each loads: agenda.parts.ts), and what
 * resets when the viewer or the session changes. Internal: the public class is `TaiwaAgenda`.
 */
import type { PropertyDeclarations, PropertyValues, ReactiveElement } from 'lit';
import { ContextProvider } from '../../core/context.js';
import { activeItemContext } from '../../core/context.js';
import { reportMissing } from '../../core/developer-error.js';
import { AutosaveController } from '../../core/autosave-controller.js';
import { SaveController } from '../../core/save-controller.js';
import type { DraftStore } from '../../model/adapter.js';
import type { DraftTabs, DraftTabsHost } from './agenda.tabs-controller.js';
import type * as Edit from './agenda.edit.js';
import type { Agenda } from '../../model/schemas.js';
import type * as UI from './agenda.views.js';
import { views } from './agenda.views.js';
import { AgendaParts } from './agenda.parts.js';
import { toError } from '../../model/records.js';

type Note = '' | 'draftSaved' | 'proposed' | 'missingInfo' | 'otherTab';

export class AgendaBase extends AgendaParts {
  // Not decorators (see TaiwaElement's).
  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id' },
    memberId: { attribute: 'member-id' },
    autosaveDelay: { type: Number, attribute: 'autosave-delay' },
    activeTopic: { attribute: false },
    draft: { state: true, attribute: false },
    record: { state: true, attribute: false },
    proposals: { state: true, attribute: false },
    loaded: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    note: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** The 1on1 this agenda is for; the draft and the record are kept per session. */
  sessionId = '';
  /** Whose agenda a manager sees; for a member, always the member. */
  memberId = '';
  /**
   * Milliseconds of quiet before a change is saved as a draft. 0 (the default) writes on the next
   * task: a browser closes IndexedDB when a page unloads, so a write left for `pagehide` can be lost
   * on a reload, and a draft is small.
   */
  autosaveDelay = 0;
  /** The topic of the item the member is working on (its hints are shown). */
  activeTopic = '';

  protected draft?: UI.AgendaDraft;
  protected record?: Agenda;
  /** For a manager: their own proposals record for this 1on1 (never the member's agenda). */
  protected proposals?: Agenda;
  protected loaded = false;
  protected problems?: UI.Problems;
  protected note: Note = '';

  protected readonly autosave = new AutosaveController(this);
  /** Agreement with other tabs editing the same draft (versions, merges, "edited in another tab"), once `edit` is in. */
  protected tabs?: DraftTabs;
  /** Read before the tabs agreement was in: the draft and version this tab builds on, handed to it. */
  #seed?: { key: string; value: unknown; version: number };
  readonly #tabsHost: DraftTabsHost = {
    current: () =>
      this.perspective === 'member' && this.loaded && this.draft && this.ui
        ? { drafts: this.drafts, key: this.ui.draftKey(this.sessionId), draft: this.draft, scope: this.scope }
        : undefined,
    scope: () => this.scope,
    ui: () => this.ui,
    show: (draft, told) => {
      this.draft = draft;
      if (told) this.note = 'otherTab';
    },
    schedule: (write) => this.autosave.schedule(write),
  };
  protected readonly submitter = new SaveController(this, (error) => this.setErrors('submit', error ? [error] : []));
  protected readonly proposer = new SaveController(this, (error) => this.setErrors('propose', error ? [error] : []));
  /** The active item, for a hint panel inside (whatever tag the host gave either). */
  protected readonly activeItem = new ContextProvider(this, { context: activeItemContext, initialValue: { topic: '', response: '' } });
  /** The model and views, loaded with the data (see agenda.views.ts). */
  protected ui?: UI.Views;
  protected touched = false;
  /** Counts changes of viewer, session or draft store: work begun under an older one stops there. */
  protected scope = 0;
  #scopeKey?: string;
  #scopeDrafts: unknown;
  protected topicIds: string[] = [];
  #pairs: { draft?: UI.AgendaDraft; ids: string[] } = { ids: [] };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.controls && this.loaded && this.strings) this.contentShown();
  }

  /** The member's draft and record, or the agenda the manager may see. */
  protected readonly loadTask = this.task({
    args: () =>
      [
        this.perspective,
        this.adapter,
        this.perspective === 'member' && this.drafts,
        this.viewer?.id,
        this.sessionId,
        this.memberId,
      ] as const,
    run: async ([role, , drafts, viewerId, sessionId, memberId]) => {
      // Inside a provider the draft store arrives a moment after the viewer: wait for it.
      if ((role === 'member' && !drafts && viewerId) || (role !== 'member' && role !== 'manager')) return undefined;
      const ui = (this.ui ??= views);
      if (role === 'manager') return { ...(await ui.loadForManager(() => this.guarded(), sessionId, memberId, viewerId)), draft: undefined };
      // The draft shown and the version this tab builds on, from one read: read apart, another tab's
      // write between them would leave a version ahead of the text shown, and its text overwritten.
      const key = ui.draftKey(sessionId);
      const at = !drafts ? undefined : this.tabs ? await this.tabs.read(drafts, key) : await this.#readSeed(drafts, key);
      const source = drafts && at ? { ...drafts, get: <T>() => Promise.resolve(at.value as T) } : drafts || undefined;
      const { draft, remote, errors } = await ui.loadForMember(source, () => this.guarded(), viewerId, sessionId);
      return { record: remote, draft, errors, proposals: undefined };
    },
    apply: (found) => {
      if (!found) return [];
      this.record = found.record;
      this.proposals = found.proposals;
      // What the member typed since the page opened wins over anything read back.
      if (found.draft && !this.touched) this.draft = found.draft;
      this.loaded = true;
      if (this.perspective === 'manager' && !this.canPropose) {
        // The manager reads what happened; the page's developer gets the attributes to set.
        const field = !this.adapter ? 'adapter' : !this.viewer ? 'viewer' : !this.sessionId ? 'sessionId' : 'memberId';
        reportMissing(this, 'agenda', field, 'a manager needs member-id and session-id, inside a taiwa-provider with an adapter and a viewer');
      }
      return found.errors;
    },
  });

  /** The edit part is in: the tabs agreement starts from the draft and version the load read. */
  protected override editArrived(m: typeof Edit): void {
    const tabs = (this.tabs = new m.DraftTabs(this, this.#tabsHost));
    const seed = this.#seed;
    if (seed) tabs.seed(seed.key, seed.value, seed.version);
    this.#seed = undefined;
  }

  protected override laterTopics(): string[] {
    return (this.draft ?? this.record)?.items.map((i) => i.topicId) ?? [];
  }

  /** Before the tabs agreement is in: the stored draft and its version, kept for it (see `#seed`). */
  async #readSeed(drafts: DraftStore, key: string): Promise<{ value: unknown } | undefined> {
    if (!drafts.read) return undefined;
    try {
      const { value, version } = await drafts.read(key);
      if (this.tabs) this.tabs.seed(key, value, version);
      else this.#seed = { key, value, version };
      return { value };
    } catch {
      // Unreadable now: the load reads it its own way, and the first write finds out the version (and merges).
      return undefined;
    }
  }

  /** Whether the manager can propose a topic: an adapter, a viewer, the session and whose agenda it is. */
  protected get canPropose(): boolean {
    return Boolean(this.adapter && this.viewer && this.sessionId && (this.memberId || this.record));
  }

  /** The response style chosen for the active item (`''` when none). */
  get activeResponse(): string {
    return this.draft?.items.find((i) => i.topicId === this.activeTopic)?.responseId ?? '';
  }

  /** Keeps `draft` under the session's key: versioned where the store is, merged with another tab's write. */
  protected async keep(drafts: DraftStore | undefined, sessionId: string, draft: UI.AgendaDraft, scope: number): Promise<Error | undefined> {
    // Until the tabs agreement is in, the write waits for it (the write-ahead copy already holds the text).
    try {
      await this.editPart();
    } catch (err) {
      return toError(err);
    }
    return this.tabs!.keep(drafts, this.ui!.draftKey(sessionId), draft, scope);
  }

  /** Saves the draft now if anything changed; resolves when every draft write so far is done. */
  saveDraft(): Promise<void> {
    return this.autosave.flush();
  }

  /** Also waits for the inner controls, so the composite is settled when this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.laterLoaded();
    const parts = this.renderRoot.querySelectorAll<ReactiveElement>('[part~="topics"], [part~="responses"]');
    await Promise.all([...parts].map((p) => p.updateComplete));
    return this.isUpdatePending || this.isWorking ? this.getUpdateComplete() : result;
  }

  protected get perspective() {
    return this.viewer?.role ?? 'member';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.autosave.delay = this.autosaveDelay;
    const { viewer, drafts, sessionId, memberId } = this;
    // Another viewer or session: a pending draft write still goes where it was meant to (captured in
    // #change), and nothing typed for the one before is shown, kept or saved for this one.
    const scopeKey = [viewer?.id, sessionId, memberId, this.perspective].join('\n');
    const scopeDrafts = this.perspective === 'member' ? drafts : undefined;
    if (scopeKey !== this.#scopeKey || scopeDrafts !== this.#scopeDrafts) {
      if (this.#scopeKey !== undefined) void this.autosave.flush();
      this.#scopeKey = scopeKey;
      this.#scopeDrafts = scopeDrafts;
      this.scope++;
      this.submitter.reset();
      this.proposer.reset();
      this.touched = this.loaded = false;
      this.draft = this.record = this.proposals = this.problems = undefined;
      this.note = '';
    }
    if (changed.has('draft') && this.draft) {
      const topics = this.draft.items.map((i) => i.topicId);
      if (topics.join('\n') !== this.topicIds.join('\n')) this.topicIds = topics;
      if (!topics.includes(this.activeTopic)) this.activeTopic = topics[0] ?? '';
    }
  }

  /** The selector's value: the draft's pairs, the same array while the draft is (a controlled value, set once). */
  protected get pairIds(): string[] {
    if (this.draft && this.#pairs.draft !== this.draft) {
      const ids = this.ui!.pairsOf(this.draft);
      this.#pairs = { draft: this.draft, ids: ids.join('\n') === this.#pairs.ids.join('\n') ? this.#pairs.ids : ids };
    }
    return this.#pairs.ids;
  }
}
