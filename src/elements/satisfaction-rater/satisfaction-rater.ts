import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaFormElement } from '../../core/form-associated.js';
import { TaiwaSubmitEvent } from '../../core/events.js';
import { newRecordFields } from '../../model/records.js';
import type { Agenda, Feedback, Session, StyleMatch } from '../../model/schemas.js';
import type en from '../../i18n/satisfaction-rater/en.js';
import { keyOf, latest, type Answer, type Draft, type RaterItem, type Texts } from './shared.js';
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
 * @event input - The user changed an answer (native `Event`, bubbles and composed).
 * @event change - The user changed an answer (native `Event`, bubbles).
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
 * @csspart status - Hints, draft and save messages, announced politely.
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
  /** Agenda items to rate in pure UI mode, instead of the session's agenda. */
  @property({ attribute: false }) items?: RaterItem[];

  @state() private answers: Record<string, Answer> = {};
  @state() private texts: Texts = noTexts();
  @state() private records: Feedback[] = [];
  @state() private submitted?: Feedback;
  @state() private note: Note = '';
  protected declare views?: typeof import('./views.js');
  private session?: Session;
  private agenda?: Agenda;
  private edited = false;
  private draftQueued = false;
  private draftChain: Promise<unknown> = Promise.resolve();
  private pendingFields?: ReturnType<typeof newRecordFields>;
  private busy = false;
  private reads = 0;

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
    return (
      this.items ??
      (this.agenda?.items ?? []).flatMap((i) => (i.responseId ? [{ id: i.id, topicId: i.topicId, responseId: i.responseId }] : []))
    );
  }

  /** The viewer's own answer: just sent, or read from the backend. */
  private get own(): Feedback | undefined {
    const by = this.perspective;
    const id = this.viewer?.id;
    return (
      this.submitted ?? latest(this.records.filter((r) => r.by === by && (!id || (by === 'member' ? r.memberId : r.managerId) === id)))
    );
  }

  /** The member's answer, as the manager sees it. */
  private get memberAnswer(): Feedback | undefined {
    return this.perspective === 'manager' ? latest(this.records.filter((r) => r.by === 'member')) : undefined;
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
    const adapter = this.adapter;
    if (adapter && this.sessionId) this.track('records', [adapter, this.viewer?.id, this.sessionId, this.reads], () => this.load());
    const drafts = this.drafts;
    const key = this.draftKey;
    if (drafts && key) {
      this.track('draft', [drafts, key], async () => {
        const [stored, { readDraft }] = await Promise.all([drafts.get(key), import('./io.js')]);
        const d = readDraft(stored);
        if (!d || this.edited) return;
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
  private async load(): Promise<Error[]> {
    const [store, io] = await Promise.all([this.guarded(), import('./io.js')]);
    if (!store) return [];
    const loaded = await io.load(store, this.sessionId, this.viewer?.id || this.memberId || this.managerId, this.memberId);
    this.session = loaded.session;
    this.agenda = loaded.agenda;
    this.records = loaded.records;
    return loaded.errors;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.answers = {};
    this.texts = noTexts();
    this.note = '';
    this.saveDraft();
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
    this.track('submit', [{}], async () => {
      try {
        const [io, store] = await Promise.all([import('./io.js'), this.guarded()]);
        const by = this.perspective;
        const viewerId = this.viewer?.id;
        const { session, agenda } = this;
        const record = io.toRecord({
          by,
          // A retried submission keeps its id, so the upsert never duplicates it.
          fields: (this.pendingFields ??= newRecordFields()),
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
        this.submitted = saved;
        const drafts = this.drafts;
        const key = this.draftKey;
        if (drafts && key) await (this.draftChain = this.draftChain.then(() => drafts.delete(key)));
        const event = new TaiwaSubmitEvent('feedback', saved);
        this.dispatchEvent(event);
        // The member may have answered while the manager was writing: the gap needs their latest.
        if (by === 'manager') this.refresh();
      } finally {
        this.busy = false;
      }
    });
  }

  /** Keeps the answers on the device; writes queue so the last one wins and none overlap. */
  private saveDraft() {
    const drafts = this.drafts;
    const key = this.draftKey;
    if (!drafts || !key || this.draftQueued) return;
    this.draftQueued = true;
    const run = this.draftChain.then(() => {
      this.draftQueued = false;
      const draft: Draft = { overall: this.value, answers: this.answers, ...this.texts };
      return drafts.set(key, draft);
    });
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
    const { name, value } = e.target as HTMLInputElement;
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
    const s = this.strings;
    const views = this.views;
    const catalog = this.resolvedCatalog;
    if (!s || !catalog || !views) return html`${this.renderErrors()}${this.renderLoading()}`;
    const manager = this.perspective === 'manager';
    const own = this.own;
    const note = this.note ? s[this.note] : manager && this.sessionId ? (this.memberAnswer ? s.memberAnswered : s.waiting) : '';
    return html`${this.renderErrors()}${
      own
        ? views.renderSummary({ s, catalog, manager }, own, this.memberAnswer)
        : views.renderForm({
            s,
            catalog,
            manager,
            scale: this.scale,
            overall: this.value ? Number(this.value) : undefined,
            required: this.required,
            disabled: this.isDisabled,
            items: this.rateItems,
            answers: this.answers,
            texts: this.texts,
            note,
            onChange: this.handleChange,
            onInput: this.handleInput,
            onSubmit: this.submit,
          })
    }`;
  }
}
