/**
 * The data side of `taiwa-agenda`, kept apart from the element's public file: its properties and
 * state, the inner controls in its own registry, what it reads for a member or a manager, and what
 * resets when the viewer or the session changes. Internal: the public class is `TaiwaAgenda`.
 */
import type { PropertyValues, ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '../../core/context.js';
import { TaiwaElement } from '../../core/base-element.js';
import { activeItemContext } from '../../core/context.js';
import { reportMissing } from '../../core/developer-error.js';
import { AutosaveController } from '../../core/autosave-controller.js';
import { SaveController } from '../../core/save-controller.js';
import type { DraftStore } from '../../model/adapter.js';
import { DraftTabs } from './agenda.tabs-controller.js';
import { loadBundle } from '../../core/loader.js';
import { attachScopedRoot, creationScope, defineInner } from '../../core/scoped-registry.js';
import { tagIn } from '../../core/tag-names.js';
import type { Agenda } from '../../model/schemas.js';
import type en from '../../i18n/agenda/en.js';
import type * as UI from './agenda.views.js';
import * as views from './agenda.views.js';
import { defaultElements, type AgendaElements } from './agenda.elements.js';
import { toError } from '../../model/records.js';

/**
 * Resolves when the browser is idle after the next frame (the one that paints the content).
 * Without `requestIdleCallback`, after that frame.
 */
function afterContent(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve))),
  );
}

type Note = '' | 'draftSaved' | 'proposed' | 'missingInfo' | 'otherTab';

export class AgendaBase extends TaiwaElement<typeof en> {
  /**
   * The classes of the inner controls, by the tag they have inside the agenda's shadow root. A
   * subclass may return its own (subclasses of the exported ones). Taiwa's own come with the agenda.
   */
  static elements = (): Promise<AgendaElements> => Promise.resolve(defaultElements());
  /**
   * With Taiwa's own `elements` (not a subclass's): the inner controls that show no part of the
   * agenda itself (the hint panel, the action list), loaded once the agenda's content is on screen, so its first content
   * carries none of their bytes. A subclass that returns its own `elements` gets exactly those.
   */
  static laterElements = (): Promise<Partial<AgendaElements>> => import('./agenda.later.js').then((m) => m.laterElements());

  /** The 1on1 this agenda is for; the draft and the record are kept per session. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** Whose agenda a manager sees; for a member, always the member. */
  @property({ attribute: 'member-id' }) memberId = '';
  /**
   * Milliseconds of quiet before a change is saved as a draft. 0 (the default) writes on the next
   * task: a browser closes IndexedDB when a page unloads, so a write left for `pagehide` can be lost
   * on a reload, and a draft is small.
   */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 0;
  /** The topic of the item the member is working on (its hints are shown). */
  @property({ attribute: false }) activeTopic = '';

  @state() protected draft?: UI.AgendaDraft;
  @state() protected record?: Agenda;
  /** For a manager: their own proposals record for this 1on1 (never the member's agenda). */
  @state() protected proposals?: Agenda;
  @state() protected loaded = false;
  @state() protected problems?: UI.Problems;
  @state() protected note: Note = '';
  /** The inner controls' classes, once loaded and defined in the agenda's registry. */
  @state() protected controls?: AgendaElements;

  protected readonly autosave = new AutosaveController(this);
  /** Agreement with other tabs editing the same draft (versions, merges, "edited in another tab"). */
  protected readonly tabs = new DraftTabs(this, {
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
  });
  protected readonly submitter = new SaveController(this, (error) => this.setErrors('submit', error ? [error] : []));
  protected readonly proposer = new SaveController(this, (error) => this.setErrors('propose', error ? [error] : []));
  /** The active item, for a hint panel inside (whatever tag the host gave either). */
  protected readonly activeItem = new ContextProvider(this, { context: activeItemContext, initialValue: { topic: '', response: '' } });
  /** The model and views, loaded with the data (see agenda.views.ts). */
  protected ui?: typeof UI;
  protected touched = false;
  /** Counts changes of viewer, session or draft store: work begun under an older one stops there. */
  protected scope = 0;
  #scopeKey?: string;
  #scopeDrafts: unknown;
  protected topicIds: string[] = [];
  #pairs: { draft?: UI.AgendaDraft; ids: string[] } = { ids: [] };

  /** The inner controls: loaded once, and defined in the agenda's own registry (or the page's, where there is none). */
  protected readonly elementsTask = this.task({
    args: () => [this.constructor as typeof AgendaBase] as const,
    run: async ([ctor]) => {
      const elements = await ctor.elements();
      // Their strings and views load beside the agenda's own, not once they are first rendered.
      for (const c of Object.values(elements)) void loadBundle(c, this.locale).catch(() => undefined);
      return defineInner(this.renderRoot as ShadowRoot, elements, this.innerTag);
    },
    apply: (controls) => void (this.controls = { ...controls, ...this.#laterDefined }),
  });

  /** The later inner controls (`laterElements`), once asked for; `updateComplete` waits for them. */
  #later?: Promise<void>;
  #laterDefined: Partial<AgendaElements> = {};

  /**
   * Starts loading the later inner controls, once: when the browser is idle after the agenda's
   * first content, its inner controls' included (called from `updated`), or at once when `now` (the
   * member reaches for the agenda first). What needs them (an offer's "add as action item") awaits the returned promise.
   */
  protected laterControls(now = false): Promise<void> {
    const ctor = this.constructor as typeof AgendaBase;
    if (ctor.elements !== AgendaBase.elements) return Promise.resolve();
    return (this.#later ??= (now ? Promise.resolve() : this.#innerSettled().then(afterContent)).then(async () => {
      // The hint panels' texts (their items' topics) beside their class, not once they render (a chain).
      const topics = (this.draft ?? this.record)?.items.map((i) => i.topicId) ?? [];
      void import('../../model/hint-parts.js')
        .then((m) => m.hintsFor(this.locale, topics))
        .catch(() => undefined);
      const later = await ctor.laterElements();
      await Promise.all(Object.values(later).map((c) => loadBundle(c, this.locale).catch(() => undefined)));
      this.#laterDefined = defineInner(this.renderRoot as ShadowRoot, later, this.innerTag);
      // Before the first controls are in, they bring these with them (the elements task's apply).
      if (this.controls) this.controls = { ...this.controls, ...this.#laterDefined };
    }).catch((err: unknown) => this.setErrors('later', [toError(err)])));
  }

  readonly #reach = () => void this.laterControls(true);

  /** Once the inner controls the content is made of have rendered theirs (their strings are in). */
  async #innerSettled(): Promise<void> {
    for (;;) {
      const parts = [...this.renderRoot.querySelectorAll<ReactiveElement>('[part~="topics"], [part~="responses"]')];
      await Promise.all(parts.map((p) => p.updateComplete));
      // Rendered with their strings and catalogue, not their loading state.
      if (parts.every((p) => !p.matches(':state(loading)'))) return;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['focusin', 'pointerover', 'touchstart']) this.addEventListener(type, this.#reach, { once: true, passive: true });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.controls && this.loaded && this.strings) void this.laterControls();
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
      const at = drafts ? await this.tabs.read(drafts, ui.draftKey(sessionId)) : undefined;
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

  /** Whether the manager can propose a topic: an adapter, a viewer, the session and whose agenda it is. */
  protected get canPropose(): boolean {
    return Boolean(this.adapter && this.viewer && this.sessionId && (this.memberId || this.record));
  }

  /**
   * An inner control's tag: the fixed one in the agenda's own registry; without one (a browser with
   * no scoped registries), its name in the agenda's registration, so a kit registered under other
   * names (taiwa/register) renders its own controls, never another copy's default tags.
   */
  protected readonly innerTag = (tag: string): string => (this.#ownRegistry ? tag : tagIn(this, tag));
  #ownRegistry = false;

  /** The shadow root gets a registry of its own (where the browser has them) for the inner controls. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = attachScopedRoot(this, (this.constructor as typeof AgendaBase).shadowRootOptions);
    this.#ownRegistry = Boolean(registry);
    if (registry) this.renderOptions.creationScope = creationScope(registry);
    return super.createRenderRoot();
  }

  /** The response style chosen for the active item (`''` when none). */
  get activeResponse(): string {
    return this.draft?.items.find((i) => i.topicId === this.activeTopic)?.responseId ?? '';
  }

  /** Keeps `draft` under the session's key: versioned where the store is, merged with another tab's write. */
  protected keep(drafts: DraftStore | undefined, sessionId: string, draft: UI.AgendaDraft, scope: number): Promise<Error | undefined> {
    return this.tabs.keep(drafts, this.ui!.draftKey(sessionId), draft, scope);
  }

  /** Saves the draft now if anything changed; resolves when every draft write so far is done. */
  saveDraft(): Promise<void> {
    return this.autosave.flush();
  }

  /** Also waits for the inner controls, so the composite is settled when this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.#later;
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
