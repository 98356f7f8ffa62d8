import { html, type PropertyValues } from 'lit';
import { TaiwaElement } from '../../core/base-element.js';
import { TaiwaAgendaFocusEvent } from '../../events/agenda-focus.js';
import type * as UI from './agenda.views.js';
import { views } from './agenda.views.js';
import { AgendaThread } from './agenda.actions.js';
import type { AgendaHost } from './agenda.thread.js';
import type { SendHost } from './agenda.send.js';
import { hostStyles } from '../../core/styles.js';
import { writeAhead } from '../../core/write-ahead.js';
import { createDraftStore } from '../../adapters/drafts.js';
import { offerDraftStore } from '../../adapters/drafts-default.js';
import en from '../../i18n/agenda/en.js';
import englishTopics from '../../model/catalog/en/topics.js';
import englishResponses from '../../model/catalog/en/responses.js';

// The agenda shows this device's drafts with its content: it brings the provider's default draft
// store along (src/adapters/drafts-default.ts), so its content needs no request level more.
offerDraftStore(createDraftStore);

/**
 * The agenda for the next 1on1. For a member: the topics (`taiwa-topic-picker`), how the manager
 * should respond to each (`taiwa-response-selector`), a memo per topic that stays private unless the
 * member switches on "share with my manager", the matching hints (`taiwa-hint-panel`) and the date
 * to talk about the same theme again. Every change is kept as a draft on this device (after a short
 * pause, and at once when the page is hidden or closed), so nothing typed is lost; the submit puts
 * the agenda through the adapter, which never receives the text of a private memo unless it is local.
 * For a manager: the member's submitted agenda, read-only, with the manager's hints for each item
 * and shared memos only, and a way to propose a topic.
 * For both, at the top: the pair's open action items from earlier 1on1s (「前回決めたこと」, a
 * `taiwa-action-list` among the inner controls) and what last time left (the hints the member wanted
 * to try; for the manager, their own "next time, keep in mind"; the day to talk about a topic again).
 *
 * Its inner controls are the classes `static elements` gives (the topic picker and the response
 * selector by default; the hint panel and the action list follow once the agenda's content is on
 * screen, or at once when the member reaches for it), defined in the agenda's own scoped
 * custom-element registry, so they never touch the page's registry: the host may register the
 * exported classes under any names, or subclass the agenda to use its own controls. The agenda
 * tells them apart by class and gives the hint panel the active item through a context.
 *
 * @summary Compose the 1on1 agenda (member) or read it with hints (manager).
 * @tag taiwa-agenda
 *
 * @event {TaiwaSubmitEvent<'agenda'>} taiwa-submit - The member submitted; `detail: { kind: 'agenda', record }`: a copy of the saved record without the text of private memos (the event bubbles out of the page's shadow roots; private memos stay in the draft on this device).
 * @event {TaiwaSaveEvent<'agenda'>} taiwa-save - The manager's proposal was saved; `detail: { kind: 'agenda', record }`, without the text of private memos.
 * @event {TaiwaAgendaFocusEvent} taiwa-agenda-focus - The item the member works on changed; `detail: { topic, response }`.
 * @event {TaiwaScheduleRequestEvent} taiwa-schedule-request - "Ask for a 1:1 on {date}": the day the last agenda named for "next time we talk about this"; `detail: { memberId, managerId, date, topicIds, fromSessionId }`, so the host's scheduler can carry the topics into that 1on1.
 * @event {TaiwaErrorEvent} taiwa-error - Bad data or a failed read or write; `detail: { error }`.
 *
 * @csspart base - The member's `<form>`, or the manager's view.
 * @csspart thread - "From last time": the hints the member wanted to try, the manager's own note for this 1on1, the day to talk about a topic again.
 * @csspart tried - The hints the member marked "try this time" in the last 1on1 (member only).
 * @csspart next-time - The manager's "next time, keep in mind" from their last reflection (manager only).
 * @csspart next-time-text - Its text.
 * @csspart again - "Last time you planned to talk about … again on …".
 * @csspart again-add - The member's button that puts those topics on this agenda.
 * @csspart again-schedule - The button that asks the host for a 1on1 on that day.
 * @csspart actions - The action items (宿題, `taiwa-action-list`): 「前回決めたこと」 first.
 * @csspart topics - The topic picker.
 * @csspart responses - The response selector.
 * @csspart memos - The `<fieldset>` around the memos.
 * @csspart item - One agenda item (a `<fieldset>` in the form, a list item in the read-only views).
 * @csspart item-title - An item's topic and response style.
 * @csspart proposed - "Proposed by your manager" (or, for the manager, "You proposed this topic").
 * @csspart memo - A memo `<textarea>`.
 * @csspart item-title-input - The member's own title for a free topic (「今なんとなく気になっていること」).
 * @csspart free-title - That title in a read-only view.
 * @csspart share - The "share with my manager" checkbox and its label.
 * @csspart frame - The button that fills a memo with the dialogue frame (過去・今の仕事 → 未来に向けて → 明日からの仕事 → 次の1on1までにやってみること).
 * @csspart frame-offer - After a submit: "Make … an action item?" for what was written under the frame's last heading.
 * @csspart frame-yes - Its button that adds the action item.
 * @csspart frame-no - Its button that declines.
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
export class TaiwaAgenda extends AgendaThread {
  static override styles = hostStyles;
  static override usesCatalog = true;
  /** The catalogue sections it shows (only those load; an override is checked over those), English ones with it. */
  static catalogSections = ['topics', 'responses'] as const;
  static catalogs = { en: { topics: englishTopics, responses: englishResponses } };
  static override shadowRootOptions: ShadowRootInit = { ...TaiwaElement.shadowRootOptions, delegatesFocus: true };
  static override strings = {
    ja: () => import('../../i18n/agenda/ja.js'),
    en,
  };
  /** Styles, model and views (agenda.views.ts) are in its own module: it shows nothing without them. */
  static override views = views;
  /** The topic the manager proposed last, named in the status line. */
  protected proposedTopic = '';
  readonly #on: UI.FormState['on'] = {
    submit: (e) => void this.#onSubmit(e),
    focus: (e) => this.#onFocus(e),
    edit: (e) => this.#onEdit(e),
    frame: (e) => void this.useFrame(e),
  };
  readonly #reopen = () => void this.#onReopen();
  readonly #propose = (e: Event) => void this.#onPropose(e);

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('submitted', this.draft?.status === 'submitted');
    this.setState('manager', this.perspective === 'manager');
    const [topic, response] = [this.activeTopic, this.activeResponse];
    const shown = this.activeItem.value;
    if (this.perspective === 'member' && (topic !== shown?.topic || response !== shown?.response)) {
      this.activeItem.setValue({ topic, response });
      this.dispatchEvent(new TaiwaAgendaFocusEvent(topic, response));
    }
  }

  protected override changeDraft(draft: UI.AgendaDraft): void {
    this.#change(draft);
  }

  #change(draft: UI.AgendaDraft) {
    this.touched = true;
    this.draft = draft;
    const ui = this.ui!;
    // Only a submit raises the alert; while the member fixes things the list follows politely.
    if (this.problems && this.edit) this.problems = this.edit.recheck(draft);
    // The store, key and value of now, whenever the write runs (the viewer or session may change first).
    const { drafts, sessionId } = this;
    const scope = this.scope;
    // Before any await: the last keystroke survives a close (src/core/write-ahead.ts).
    writeAhead(drafts, ui.draftKey(sessionId), draft);
    this.autosave.schedule(async () => {
      const error = await this.keep(drafts, sessionId, draft, scope);
      if (scope !== this.scope) return;
      this.setErrors('draft', error ? [error] : []);
      if (!error && !this.note) this.note = 'draftSaved';
    });
  }

  #onEdit(event: Event) {
    const next = this.ui!.applyEvent(this.draft!, event, this.controls!);
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
    if (!this.draft) return;
    // After the content (agenda.send.ts, with agenda.edit.ts); in by now as a rule, and then used at once (no extra update).
    const edit = this.edit ?? (await this.editPart().catch(() => undefined));
    await edit?.submit(this as unknown as SendHost);
  }

  async #onReopen() {
    this.#change({ ...this.draft!, status: 'draft' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="topics"]')?.focus();
  }

  async #onPropose(event: Event) {
    event.preventDefault();
    const topicId = this.renderRoot.querySelector('select')?.value;
    const managerId = this.viewer?.id;
    const memberId = this.memberId || this.record?.memberId;
    if (!topicId || !managerId || !memberId) return;
    const edit = this.edit ?? (await this.editPart().catch(() => undefined));
    await edit?.propose(this as unknown as SendHost, topicId, { memberId, managerId });
  }

  protected override render() {
    const role = this.perspective;
    const s = this.strings;
    if (role !== 'member' && role !== 'manager') return this.renderEmpty(s?.notForRole);
    const ui = this.ui;
    const resolved = this.resolvedCatalog;
    const controls = this.controls;
    if (!s || !resolved || !ui || !this.loaded || !controls) return html`${this.renderErrors()}${this.renderLoading()}`;
    const submitting = this.submitter.state === 'saving';
    const onAgenda = new Set(this.draft?.items.map((i) => i.topicId));
    return html`${this.renderErrors()}${ui.renderAgenda({
      role,
      s,
      locale: this.locale,
      sessionId: this.sessionId,
      innerTag: this.innerTag,
      resolved,
      catalog: this.catalog,
      draft: this.draft,
      record: this.record,
      topicIds: this.topicIds,
      pairIds: this.draft ? this.pairIds : [],
      activeTopic: this.activeTopic,
      problems: this.problems,
      note: submitting ? 'submitting' : this.note,
      proposed: this.proposedTopic,
      busy: submitting,
      canPropose: this.canPropose,
      sent: Boolean(this.adapter),
      on: this.#on,
      edit: this.#reopen,
      propose: this.#propose,
      thread: this.thread,
      missing: this.thread?.again?.topicIds.filter((t) => !onAgenda.has(t)) ?? [],
      part: this.edit,
      host: this as unknown as AgendaHost,
      actionList: Boolean(controls['taiwa-action-list']),
      hints: Boolean(controls['taiwa-hint-panel']),
      memberId: this.memberId || this.record?.memberId || '',
    })}`;
  }
}
