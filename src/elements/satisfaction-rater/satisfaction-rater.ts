import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaFormElement } from '../../core/form-associated.js';
import { TaiwaSubmitEvent } from '../../core/events.js';
import type { newRecordFields } from '../../model/records.js';
import type { Agenda, Feedback, Session, StyleMatch } from '../../model/schemas.js';
import type en from '../../i18n/satisfaction-rater/en.js';
import { keyOf, type Answer, type Draft, type RaterItem, type Texts } from './shared.js';
import { hostStyles } from '../../core/styles.js';

export type { RaterItem } from './shared.js';

type Note = '' | 'draftRestored' | 'requiredChoice';

const int = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(Number.isFinite(n) ? n : lo)));
const noTexts = (): Texts => ({ comment: '', wentWell: '', nextTime: '' });

/**
 * After a 1on1, the member rates it: overall and per agenda item, with "did your manager respond the
 * way you asked?" and an optional comment. With the manager role the same element takes the
 * manager's reflection (own impression, what went well, what to be mindful of next time) and, once
 * both sides answered, shows the perception gap. Each scale is a native radio group (WAI-ARIA radio
 * group pattern: Tab between groups, arrow keys within); scales of more than 7 points use a
 * `<select>`. Answers are kept on the device as a draft until sent; the form value is the overall
 * rating.
 *
 * @summary Rate a 1on1 (member) or reflect on it and see the perception gap (manager).
 * @tag taiwa-satisfaction-rater
 *
 * @event input - The user changed an answer: each choice, each keystroke in a comment (native `Event`, bubbles and composed).
 * @event change - The user committed a change: each choice, or a comment when it loses focus after an edit (native `Event`, bubbles).
 * @event {TaiwaSubmitEvent} taiwa-submit - The rating or reflection was saved; `detail: { kind: 'feedback', record: Feedback }`.
 * @event {TaiwaErrorEvent} taiwa-error - Bad data from the backend, or a failed read or write; `detail: { error }`.
 *
 * @csspart base - The `<fieldset>` around the whole form.
 * @csspart legend - The title of the form.
 * @csspart overall - The overall rating group.
 * @csspart item - One agenda item's `<fieldset>`.
 * @csspart item-label - An agenda item's name (topic · response style).
 * @csspart rating - An agenda item's rating group.
 * @csspart match - The "responded the way you asked?" group.
 * @csspart question - The question of a group.
 * @csspart point - One choice: a `<label>` around its radio.
 * @csspart control - A native radio or `<select>`.
 * @csspart point-value - The number of a point.
 * @csspart point-label - The words of a point.
 * @csspart field - A comment `<textarea>`.
 * @csspart submit - The submit button.
 * @csspart status - Draft, waiting and sent (or saved on this device) messages: one live region, there from the first render, announced politely; it names the summary.
 * @csspart problem - The overall rating missing on submit: an alert, referenced by the overall group's `aria-describedby`.
 * @csspart summary - The read-only answers after submission.
 * @csspart gap - The perception gap table (manager).
 * @csspart gap-note - A sentence about a gap of 2 points or more.
 * @csspart waiting - "Waiting for the member's rating" (manager, after saving the reflection).
 * @csspart comment - The member's comment, shown to the manager.
 * @csspart error - The error message.
 * @csspart loading - Shown while strings, catalogue or records load.
 * @csspart empty - Shown when there are no agenda items to rate.
 *
 * @cssproperty [--taiwa-satisfaction-rater-point-flex=1 1 6rem] - Flex of one point.
 * @cssproperty [--taiwa-color-accent=#2f6fde] - Border of a chosen point and the submit button.
 *
 * @cssstate loading - Strings, catalogue or records are loading.
 * @cssstate error - An error is shown.
 * @cssstate disabled - The control is disabled (itself or by a fieldset).
 * @cssstate user-invalid - Required, no overall rating, and the user has interacted.
 * @cssstate submitted - The read-only summary is shown.
 * @cssstate manager - The manager's reflection is shown.
 */
export class TaiwaSatisfactionRater extends TaiwaFormElement<typeof en> {
  static override styles = hostStyles;
  static override usesCatalog = true;
  static override strings = {
    ja: () => import('../../i18n/satisfaction-rater/ja.js'),
    en: () => import('../../i18n/satisfaction-rater/en.js'),
  };
  static override views = () => import('./views.js');

  /** The lowest point of the scale (0–9). */
  @property({ type: Number }) min = 1;
  /** The highest point of the scale (up to 10); more than 7 points show as a `<select>`. */
  @property({ type: Number }) max = 5;
  /** The 1on1 being rated; inside a provider its agenda, people and earlier answers are read. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** The member of the 1on1, when no session record says so. */
  @property({ attribute: 'member-id' }) memberId = '';
  /** The manager of the 1on1, when no session record says so. */
  @property({ attribute: 'manager-id' }) managerId = '';
  /** `member` or `manager`; defaults to the viewer's role. (Not `role`, which is ARIA's.) */
  @property({ attribute: 'viewer-role', reflect: true }) viewerRole: '' | 'member' | 'manager' = '';
  /** Agenda items to rate in pure UI mode, instead of the session's agenda; a malformed entry is skipped and shown as an error. */
  @property({ attribute: false }) items?: RaterItem[];

  @state() private answers: Record<string, Answer> = {};
  @state() private texts: Texts = noTexts();
  /** The viewer's own answer and, for a manager, the member's: read from the backend. */
  @state() private mine?: Feedback | undefined;
  @state() private theirs?: Feedback | undefined;
  @state() private submitted?: Feedback | undefined;
  @state() private note: Note = '';
  declare protected views?: typeof import('./views.js');
  private session?: Session;
  private agenda?: Agenda;
  private edited = false;
  private draftChain: Promise<unknown> = Promise.resolve();
  private pendingFields?: ReturnType<typeof newRecordFields> | undefined;
  private busy = false;
  private reads = 0;
  /** The session and people the answers are for. */
  private scope?: string;
  /** The valid entries of `items`. */
  private checked: RaterItem[] = [];
  private checkedFrom?: [unknown, unknown];

  /** Whose view this is. */
  get perspective(): 'member' | 'manager' {
    return (this.viewerRole || this.viewer?.role) === 'manager' ? 'manager' : 'member';
  }

  /** The scale in use, kept within what a `Feedback` record can hold (0–10, at least two points). */
  get scale(): { min: number; max: number } {
    const min = int(this.min, 0, 9);
    return { min, max: int(this.max, min + 1, 10) };
  }

  private get rateItems(): RaterItem[] {
    return this.items
      ? this.checked
      : (this.agenda?.items ?? []).flatMap((i) => (i.responseId ? [{ id: i.id, topicId: i.topicId, responseId: i.responseId }] : []));
  }

  /** The viewer's own answer: just sent, or read from the backend. */
  private get own(): Feedback | undefined {
    return this.submitted ?? this.mine;
  }

  private get draftKey(): string {
    const id = this.viewer?.id;
    return id && this.sessionId ? `rating:${this.sessionId}:${id}` : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { min, max } = this.scale;
    const v = Number(this.value);
    if (this.value && !(Number.isInteger(v) && v >= min && v <= max)) this.values = [];
    const { adapter, drafts, draftKey: key, sessionId, memberId, managerId, views } = this;
    const scope = [sessionId, memberId, managerId, this.viewer?.id].join('\n');
    // The team page reuses one element per member: nothing answered, sent or read for one session
    // or person stays for the next, and no record id is reused.
    if (this.scope !== undefined && scope !== this.scope) {
      this.clear();
      this.submitted = this.session = this.agenda = this.pendingFields = this.mine = this.theirs = undefined;
      this.edited = this.busy = false;
      // Supersedes a submit still under way for the session before.
      this.track('submit', [], async () => {});
    }
    this.scope = scope;
    // Synchronous (the views are in by now), so the first render already has the items.
    if (views && (this.checkedFrom?.[0] !== this.items || this.checkedFrom?.[1] !== views)) {
      this.checkedFrom = [this.items, views];
      const { items, errors } = views.checkItems(this.items);
      this.checked = items;
      this.setErrors('items', errors);
    }
    if (adapter && sessionId) this.track('records', [adapter, scope, this.perspective, this.reads], (isCurrent) => this.load(isCurrent));
    if (drafts && key) {
      this.track('draft', [drafts, key, scope], async (isCurrent) => {
        const [stored, { readDraft }] = await Promise.all([drafts.get(key), import('./io.js')]);
        const d = readDraft(stored);
        if (!d || this.edited || !isCurrent()) return;
        if (d.overall) this.values = [d.overall];
        this.answers = d.answers;
        this.texts = { comment: d.comment, wentWell: d.wentWell, nextTime: d.nextTime };
        this.note = 'draftRestored';
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('submitted', !!this.own);
    this.setState('manager', this.perspective === 'manager');
    if (changed.has('submitted') && this.submitted) this.renderRoot.querySelector<HTMLElement>('[part~="summary"]')?.focus();
  }

  /** Reads the session, its agenda and its earlier answers through the validating adapter. */
  private async load(isCurrent: () => boolean): Promise<Error[]> {
    const [store, io] = await Promise.all([this.guarded(), import('./io.js')]);
    if (!store) return [];
    const id = this.viewer?.id;
    const loaded = await io.load(store, this.sessionId, id || this.memberId || this.managerId, this.memberId, this.perspective, id);
    if (!isCurrent()) return [];
    this.session = loaded.session;
    this.agenda = loaded.agenda;
    this.mine = loaded.own;
    this.theirs = loaded.member;
    return loaded.errors;
  }

  override formResetCallback(): void {
    this.clear();
    this.saveDraft();
  }

  /** Back to the initial answers: the `value` attribute, nothing else. */
  private clear() {
    super.formResetCallback();
    this.answers = {};
    this.texts = noTexts();
    this.note = '';
  }

  /** Reads the session's answers again (e.g. to see whether the member has answered meanwhile). */
  refresh(): void {
    this.reads++;
    this.requestUpdate();
  }

  /** Sends the answers: validated, saved through the adapter, then shown read-only. */
  submit(): void {
    if (this.isDisabled || this.own || this.busy) return;
    if (!this.value) {
      this.note = 'requiredChoice';
      this.interacted = true;
      this.renderRoot.querySelector<HTMLElement>('[part~="overall"] [part~="control"]')?.focus();
      return;
    }
    this.busy = true;
    const { drafts, draftKey: key } = this;
    this.track('submit', [{}], async (isCurrent) => {
      try {
        const [io, store] = await Promise.all([import('./io.js'), this.guarded()]);
        if (!isCurrent()) return;
        const by = this.perspective;
        const viewerId = this.viewer?.id;
        const { session, agenda } = this;
        const record = io.toRecord({
          by,
          // A retried submission keeps its id, so the upsert never duplicates it.
          fields: (this.pendingFields ??= io.newRecordFields()),
          sessionId: this.sessionId,
          memberIds: [this.memberId, session?.memberId, agenda?.memberId, by === 'member' ? viewerId : ''],
          managerIds: [this.managerId, session?.managerId, agenda?.managerId, by === 'manager' ? viewerId : ''],
          scale: this.scale,
          overall: Number(this.value),
          items: this.rateItems,
          answers: this.answers,
          texts: this.texts,
        });
        const saved = store ? await store.put('feedback', record) : record;
        // "Sent" only once it was: an outbox keeps it on this device until it is online.
        await io.watchDelivery(store?.adapter, 'feedback', saved.id, () => this.requestUpdate());
        // The draft sent is gone, whatever session is shown now.
        if (drafts && key) await (this.draftChain = this.draftChain.then(() => drafts.delete(key)));
        if (!isCurrent()) return;
        this.submitted = saved;
        const event = new TaiwaSubmitEvent('feedback', saved);
        this.dispatchEvent(event);
        // The member may have answered while the manager was writing: the gap needs their latest.
        if (by === 'manager') this.refresh();
      } finally {
        if (isCurrent()) this.busy = false;
      }
    });
  }

  /**
   * Keeps the answers on the device; writes queue so the last one wins and none overlap. Each holds
   * its store, key and answers from now, so a change of session never writes one session's answers
   * (or a cleared form) under another's key.
   */
  private saveDraft() {
    const { drafts, draftKey: key } = this;
    if (!drafts || !key) return;
    const draft: Draft = { overall: this.value, answers: this.answers, ...this.texts };
    const run = this.draftChain.then(() => drafts.set(key, draft));
    this.draftChain = run.catch(() => undefined);
    this.track('draft-save', [run], async () => void (await run));
  }

  private emit(change = true) {
    this.edited = true;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (change) this.dispatchEvent(new Event('change', { bubbles: true }));
    this.saveDraft();
  }

  private handleChange(e: Event) {
    e.stopPropagation();
    const { name, value, localName } = e.target as HTMLInputElement;
    // A comment's `change` (on blur, after editing) commits what its `input` events already kept.
    if (localName === 'textarea') {
      this.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    this.note = '';
    if (name === 'overall') {
      this.edited = true;
      this.commit(value ? [value] : []);
      this.saveDraft();
      return;
    }
    const item = this.rateItems[Number(name.slice(1))];
    if (item && (name[0] === 'r' || name[0] === 'm')) {
      const key = keyOf(item);
      const a = { ...this.answers[key] };
      if (name[0] === 'm') a.styleMatch = value as StyleMatch;
      else if (value) a.rating = Number(value);
      else delete a.rating;
      this.answers = { ...this.answers, [key]: a };
    }
    this.emit(true);
  }

  private handleInput(e: Event) {
    e.stopPropagation();
    const t = e.target as HTMLTextAreaElement;
    if (t.localName !== 'textarea') return;
    this.texts = { ...this.texts, [t.name]: t.value };
    this.emit(false);
  }

  protected override render() {
    const { strings: s, views, resolvedCatalog: catalog } = this;
    const m =
      s && catalog && views
        ? {
            s,
            catalog,
            manager: this.perspective === 'manager',
            own: this.own,
            theirs: this.theirs,
            sessionId: this.sessionId,
            adapter: this.adapter,
            scale: this.scale,
            overall: this.value ? Number(this.value) : undefined,
            required: this.required,
            disabled: this.isDisabled,
            items: this.rateItems,
            answers: this.answers,
            texts: this.texts,
            note: this.note,
            onChange: this.handleChange,
            onInput: this.handleInput,
            onSubmit: this.submit,
          }
        : undefined;
    // One template in every state: the live region is there from the first render and stays in place
    // when the summary replaces the form, so what it says next is announced.
    return html`${this.renderErrors()}
      <p part="status" role="status" id="status">${m && views ? views.statusOf(m) : ''}</p>
      ${m && views ? views.renderRater(m) : this.renderLoading()}`;
  }
}
