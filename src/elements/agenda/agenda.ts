import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaElement } from '../../core/base-element.js';
import { toError } from '../../core/errors.js';
import { TaiwaSaveEvent, TaiwaSubmitEvent } from '../../core/events.js';
import type { Agenda } from '../../model/schemas.js';
import type en from '../../i18n/agenda/en.js';
import type { TaiwaTopicPicker } from '../topic-picker/topic-picker.js';
import type { TaiwaResponseSelector } from '../response-selector/response-selector.js';
import type * as UI from './agenda-ui.js';
import { AutosaveController } from './agenda-autosave.js';
import { TaiwaAgendaFocusEvent } from './agenda-focus-event.js';
import { hostStyles } from '../../core/styles.js';
import { loadBundle, type Loadable } from '../../core/loader.js';

type Note = '' | 'draftSaved' | 'submitting' | 'proposed';

/**
 * The agenda for the next 1on1. For a member: the topics (`taiwa-topic-picker`), how the manager
 * should respond to each (`taiwa-response-selector`), a memo per topic that stays private unless the
 * member switches on "share with my manager", the matching hints (`taiwa-hint-panel`) and the date
 * to talk about the same theme again. Every change is kept as a draft on this device (after a short
 * pause, and at once when the page is hidden or closed), so nothing typed is lost; the submit puts
 * the agenda through the adapter, which never receives the text of a private memo unless it is local.
 * For a manager: the member's submitted agenda, read-only, with the manager's hints for each item
 * and shared memos only, and a way to propose a topic.
 *
 * Renders `taiwa-topic-picker` and `taiwa-response-selector`, which it registers (loading them on
 * demand) when a member uses it, and `taiwa-hint-panel`, which is registered by its own entry.
 *
 * @summary Compose the 1on1 agenda (member) or read it with hints (manager).
 * @tag taiwa-agenda
 *
 * @event {TaiwaSubmitEvent} taiwa-submit - The member submitted; `detail: { kind: 'agenda', record }`: a copy of the saved record without the text of private memos (the event bubbles out of the page's shadow roots; private memos stay in the draft on this device).
 * @event {TaiwaSaveEvent} taiwa-save - The manager's proposal was saved; `detail: { kind: 'agenda', record }`, without the text of private memos.
 * @event {TaiwaAgendaFocusEvent} taiwa-agenda-focus - The item the member works on changed; `detail: { topic, response }`.
 * @event {TaiwaErrorEvent} taiwa-error - Bad data or a failed read or write; `detail: { error }`.
 *
 * @csspart base - The member's `<form>`, or the manager's view.
 * @csspart topics - The topic picker.
 * @csspart responses - The response selector.
 * @csspart memos - The `<fieldset>` around the memos.
 * @csspart item - One agenda item (a `<fieldset>` in the form, a list item in the read-only views).
 * @csspart item-title - An item's topic and response style.
 * @csspart proposed - "Proposed by your manager" (or, for the manager, "You proposed this topic").
 * @csspart memo - A memo `<textarea>`.
 * @csspart share - The "share with my manager" checkbox and its label.
 * @csspart visibility - Whether a memo is private or shared, in words.
 * @csspart hints - A hint panel.
 * @csspart next-date - The "next time we talk about this" date input.
 * @csspart problems - What still stops the submit.
 * @csspart submit - The submit button.
 * @csspart status - Draft, submit and proposal progress, announced politely.
 * @csspart summary - The member's read-only summary after a submit.
 * @csspart title - The heading line of a read-only view.
 * @csspart submitted - When the agenda was submitted.
 * @csspart items - The list of items in a read-only view.
 * @csspart topic - An item's topic in a read-only view.
 * @csspart response - An item's response style in a read-only view.
 * @csspart memo-view - A memo in a read-only view.
 * @csspart memo-label - Whose memo it is and whether it is private or shared.
 * @csspart memo-text - The memo's text.
 * @csspart next - The "next time we talk about this" date in a read-only view.
 * @csspart edit - The summary's edit button.
 * @csspart propose - The manager's "propose a topic" form.
 * @csspart propose-select - The topics the manager can propose.
 * @csspart propose-button - The manager's propose button.
 * @csspart note - Why the manager cannot propose (no member, or every topic is on the agenda).
 * @csspart error - The error message.
 * @csspart loading - Shown while the agenda loads.
 * @csspart empty - The manager's "not shared yet" message, or the admin's "not for this role".
 *
 * @cssproperty [--taiwa-color-accent=#2f6fde] - The submit button and the active item's edge.
 * @cssproperty [--taiwa-agenda-gap=1rem] - Space between the sections.
 *
 * @cssstate loading - The draft or the agenda is loading.
 * @cssstate error - An error is shown.
 * @cssstate submitted - The member's agenda is submitted (the summary is shown).
 * @cssstate manager - The manager's view is shown.
 */
export class TaiwaAgenda extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override usesCatalog = true;
  static override shadowRootOptions: ShadowRootInit = { ...TaiwaElement.shadowRootOptions, delegatesFocus: true };
  static override strings = {
    ja: () => import('../../i18n/agenda/ja.js'),
    en: () => import('../../i18n/agenda/en.js'),
  };
  /** The styles come with the model and views (agenda-ui.ts), loaded with the strings. */
  static override views = () => import('./agenda-ui.js');

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

  @state() private draft?: UI.AgendaDraft;
  @state() private record?: Agenda;
  @state() private loaded = false;
  @state() private problems?: UI.Problems;
  @state() private note: Note = '';

  readonly #autosave = new AutosaveController(this);
  /** The model and views, loaded with the data (see agenda-ui.ts). */
  #ui?: typeof UI;
  #touched = false;
  /** Counts changes of viewer, session or draft store: work begun under an older one stops there. */
  #scope = 0;
  #announced = ['', ''];
  /** The topic the manager proposed last, named in the status line. */
  #proposed = '';
  #topicIds: string[] = [];
  readonly #on: UI.FormState['on'] = {
    submit: (e) => void this.#onSubmit(e),
    focus: (e) => this.#onFocus(e),
    edit: (e) => this.#onEdit(e),
  };
  readonly #reopen = () => void this.#onReopen();
  readonly #propose = (e: Event) => void this.#onPropose(e);

  /** The response style chosen for the active item (`''` when none). */
  get activeResponse(): string {
    return this.draft?.items.find((i) => i.topicId === this.activeTopic)?.responseId ?? '';
  }

  /** Saves the draft now if anything changed; resolves when every draft write so far is done. */
  saveDraft(): Promise<void> {
    return this.#autosave.flush();
  }

  /** Also waits for the picker and selector inside, so the composite is settled when this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const parts = this.renderRoot.querySelectorAll<TaiwaTopicPicker | TaiwaResponseSelector>('taiwa-topic-picker, taiwa-response-selector');
    await Promise.all([...parts].map((p) => p.updateComplete));
    return this.isUpdatePending ? this.getUpdateComplete() : result;
  }

  get #role() {
    return this.viewer?.role ?? 'member';
  }

  async #loadUi(): Promise<typeof UI> {
    return (this.#ui ??= await import('./agenda-ui.js'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#autosave.delay = this.autosaveDelay;
    const { adapter, viewer, drafts, sessionId, memberId } = this;
    const role = this.#role;
    // Another viewer or session: a pending draft write still goes where it was meant to (captured in
    // #change), and nothing typed for the one before is shown, kept or saved for this one.
    this.track('scope', [viewer?.id, sessionId, memberId, role === 'member' && drafts], async () => {
      void this.#autosave.flush();
      this.#scope++;
      this.#touched = this.loaded = false;
      this.draft = this.record = this.problems = undefined;
      this.note = '';
    });
    if (role === 'member') {
      // The composite's parts load with it but not up front, so its own bundle stays small.
      this.track(
        'parts',
        [],
        async () => {
          // Their strings and views load beside their registration, not once they are first rendered.
          const locale = this.locale;
          const warm = (c: Loadable) => loadBundle(c, locale).catch(() => undefined);
          await Promise.all([
            import('../topic-picker/define.js'),
            import('../response-selector/define.js'),
            import('../topic-picker/topic-picker.js').then((m) => void warm(m.TaiwaTopicPicker)),
            import('../response-selector/response-selector.js').then((m) => void warm(m.TaiwaResponseSelector)),
          ]);
        },
      );
      // Inside a provider the draft store arrives a moment after the viewer: wait for it.
      if (drafts || !viewer) this.track('load', [role, adapter, drafts, viewer?.id, sessionId], (c) => this.#loadMember(c));
    }
    if (role === 'manager') this.track('load', [role, adapter, viewer?.id, sessionId, memberId], (c) => this.#loadManager(c));
    if (changed.has('draft') && this.draft) {
      const topics = this.draft.items.map((i) => i.topicId);
      if (topics.join('\n') !== this.#topicIds.join('\n')) this.#topicIds = topics;
      if (!topics.includes(this.activeTopic)) this.activeTopic = topics[0] ?? '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('submitted', this.draft?.status === 'submitted');
    this.setState('manager', this.#role === 'manager');
    // Set through setValues, not a property binding: a control's first update would reset `values`
    // to its (empty) `value` attribute, and a new one is rendered after "edit".
    this.#sync('taiwa-topic-picker', this.#topicIds);
    if (this.draft) this.#sync('taiwa-response-selector', this.#ui!.pairsOf(this.draft));
    const [topic, response] = [this.activeTopic, this.activeResponse];
    if (this.#role === 'member' && (topic !== this.#announced[0] || response !== this.#announced[1])) {
      this.#announced = [topic, response];
      this.dispatchEvent(new TaiwaAgendaFocusEvent(topic, response));
    }
  }

  #sync(tag: string, ids: string[]) {
    const control = this.renderRoot.querySelector<TaiwaTopicPicker>(tag);
    if (control?.setValues && control.values.join('\n') !== ids.join('\n')) control.setValues(ids);
  }

  async #loadMember(isCurrent: () => boolean): Promise<Error[]> {
    const { drafts, viewer, sessionId } = this;
    const ui = await this.#loadUi();
    const { draft, remote, errors } = await ui.loadForMember(drafts, () => this.guarded(), viewer?.id, sessionId);
    if (!isCurrent()) return [];
    this.record = remote;
    // What the member typed since the page opened wins over anything read back.
    if (!this.#touched) this.draft = draft;
    this.loaded = true;
    return errors;
  }

  async #loadManager(isCurrent: () => boolean): Promise<Error[]> {
    const ui = await this.#loadUi();
    const { record, errors } = await ui.loadForManager(() => this.guarded(), this.sessionId, this.memberId);
    if (!isCurrent()) return [];
    this.record = record;
    this.loaded = true;
    return errors;
  }

  #change(draft: UI.AgendaDraft) {
    this.#touched = true;
    this.draft = draft;
    const ui = this.#ui!;
    // Only a submit raises the alert; while the member fixes things the list follows politely.
    if (this.problems) this.problems = ui.recheck(draft);
    // The store, key and value of now, whenever the write runs (the viewer or session may change first).
    const { drafts, sessionId } = this;
    const scope = this.#scope;
    this.#autosave.schedule(async () => {
      const error = await ui.keepDraft(drafts, sessionId, draft);
      if (scope !== this.#scope) return;
      this.setErrors('draft', error ? [error] : []);
      if (!error && !this.note) this.note = 'draftSaved';
    });
  }

  #onEdit(event: Event) {
    const next = this.#ui!.applyEvent(this.draft!, event);
    if (!next) return;
    this.#change(next.draft);
    if (next.active) this.activeTopic = next.active;
  }

  /** Focus inside an item (or a selector group) makes that item the active one. */
  #onFocus(event: Event) {
    const topic = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset['topic'] !== undefined)?.dataset[
      'topic'
    ];
    if (topic) this.activeTopic = topic;
  }

  async #onSubmit(event: Event) {
    event.preventDefault();
    const { draft } = this;
    const ui = this.#ui!;
    if (!draft || this.note === 'submitting') return;
    this.problems = ui.problemsOf(draft);
    if (this.problems) {
      await this.updateComplete;
      // The picker or selector points the browser at the first topic (or group) still to choose.
      const control = this.renderRoot.querySelector<TaiwaTopicPicker | TaiwaResponseSelector>(
        this.problems.noTopic ? 'taiwa-topic-picker' : 'taiwa-response-selector',
      );
      control?.reportValidity();
      return;
    }
    const record = ui.toRecord(draft, {
      sessionId: this.sessionId,
      memberId: this.viewer?.id ?? this.memberId,
      managerId: this.record?.managerId,
    });
    const scope = this.#scope;
    this.note = 'submitting';
    let saved = record;
    let error: Error | undefined;
    try {
      const store = await this.guarded();
      if (store) saved = await store.put('agenda', record);
    } catch (err) {
      error = toError(err);
    }
    if (scope !== this.#scope) return;
    this.note = '';
    this.setErrors('submit', error ? [error] : []);
    if (error) return;
    this.record = saved;
    // The draft as it is now (the member may have typed while it was sent); its private memos stay on
    // this device, so the member still sees them.
    this.#change({ ...this.draft!, status: 'submitted', submittedAt: record.submittedAt! });
    await this.#autosave.flush();
    this.dispatchEvent(new TaiwaSubmitEvent('agenda', ui.withoutPrivateMemos(saved)));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
  }

  async #onReopen() {
    this.#change({ ...this.draft!, status: 'draft' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('taiwa-topic-picker')?.focus();
  }

  async #onPropose(event: Event) {
    event.preventDefault();
    const topicId = this.renderRoot.querySelector('select')?.value;
    const managerId = this.viewer?.id;
    const memberId = this.memberId || this.record?.memberId;
    if (!topicId || !managerId || !memberId) return;
    const ui = this.#ui!;
    const scope = this.#scope;
    try {
      const store = await this.guarded();
      const saved = await store?.put('agenda', ui.proposeTopic(this.record, topicId, { sessionId: this.sessionId, memberId, managerId }));
      if (!saved || scope !== this.#scope) return;
      this.record = saved;
      this.note = 'proposed';
      this.#proposed = topicId;
      this.setErrors('propose', []);
      this.dispatchEvent(new TaiwaSaveEvent('agenda', ui.withoutPrivateMemos(saved)));
      await this.updateComplete;
      ui.refocus(this.renderRoot);
    } catch (err) {
      if (scope === this.#scope) this.setErrors('propose', [toError(err)]);
    }
  }

  protected override render() {
    const role = this.#role;
    const s = this.strings;
    if (role !== 'member' && role !== 'manager') return this.renderEmpty(s?.notForRole);
    const ui = this.#ui;
    const resolved = this.resolvedCatalog;
    if (!s || !resolved || !ui || !this.loaded) return html`${this.renderErrors()}${this.renderLoading()}`;
    return html`${this.renderErrors()}${ui.renderAgenda({
      role,
      s,
      locale: this.locale,
      sessionId: this.sessionId,
      resolved,
      catalog: this.catalog,
      draft: this.draft,
      record: this.record,
      topicIds: this.#topicIds,
      activeTopic: this.activeTopic,
      problems: this.problems,
      note: this.note,
      proposed: this.#proposed,
      busy: this.note === 'submitting',
      canPropose: Boolean(this.adapter && this.viewer && this.sessionId && (this.memberId || this.record)),
      on: this.#on,
      edit: this.#reopen,
      propose: this.#propose,
    })}`;
  }
}
