import { html, type PropertyValues } from 'lit';
import { TaiwaSubmitEvent } from '../../events/submit.js';
import type { StyleMatch } from '../../model/schemas.js';
import { toError } from '../../model/data-error.js';
import { RaterBase, noTexts } from './satisfaction-rater.data.js';
import type { RaterSubmitHost } from './satisfaction-rater.record.js';
import { hostStyles } from '../../core/styles.js';
import { reportMissing } from '../../core/developer-error.js';
import { peekStrings } from '../../core/locale.js';

export type { RaterItem } from './satisfaction-rater.model.js';
import { checkItems, keyOf, renderRater, statusOf, styles } from './satisfaction-rater.views.js';
import en from '../../i18n/satisfaction-rater/en.js';
import englishTopics from '../../model/catalog/en/topics.js';
import englishResponses from '../../model/catalog/en/responses.js';

/** The views as one object (not `import * as`: a namespace object costs a runtime helper shared with every lazy chunk that has one). */
const raterViews = { checkItems, keyOf, renderRater, statusOf, styles };

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
 * @event {TaiwaSubmitEvent<'feedback'>} taiwa-submit - The rating or reflection was saved; `detail: { kind: 'feedback', record: Feedback }`.
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
 * @csspart share - The share switch (member) and the sentence saying who will see the answers.
 * @csspart share-switch - The member's switch: show this 1on1's answers to the manager by name.
 * @csspart who-sees - One plain sentence: who will see what, before sending (and after, under the summary).
 * @csspart not-shared - For the manager: the member did not show this 1on1's answers by name.
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
export class TaiwaSatisfactionRater extends RaterBase {
  static override styles = hostStyles;
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['topics', 'responses'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { topics: englishTopics, responses: englishResponses } };
  static override strings = {
    ja: () => import('../../i18n/satisfaction-rater/ja.js'),
    en,
  };
  /** The form and its styles: in the element's own chunk, so its content needs no other request. */
  static override views = raterViews;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { min, max } = this.scale;
    const v = Number(this.value);
    if (this.value && !(Number.isInteger(v) && v >= min && v <= max)) this.values = [];
    const scope = this.scopeKey;
    // The team page reuses one element per member: nothing answered, sent or read for one session
    // or person stays for the next, and no record id is reused.
    if (this.scope !== undefined && scope !== this.scope) {
      this.clear();
      this.submitted = this.session = this.agenda = this.pendingFields = this.mine = this.theirs = this.share = undefined;
      this.edited = false;
      // A submit still under way for the session before no longer changes what is shown.
      this.saver?.reset();
      this.setErrors('submit', []);
    }
    this.scope = scope;
    this.checkItems();
    this.summaryWords();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('answers') || changed.has('texts')) this.syncFormValue();
    this.setState('submitted', !!this.own);
    this.setState('manager', this.perspective === 'manager');
    if (changed.has('submitted') && this.submitted) this.renderRoot.querySelector<HTMLElement>('[part~="summary"]')?.focus();
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
    this.share = undefined;
  }

  /** Reads the session's answers again (e.g. to see whether the member has answered meanwhile). */
  refresh(): void {
    this.reads++;
    this.requestUpdate();
  }

  /** Sends the answers: validated, saved through the adapter, then shown read-only. */
  submit(): void {
    if (this.isDisabled || this.own || this.sending || this.saver?.state === 'saving') return;
    if (!this.value) {
      this.note = 'requiredChoice';
      this.interacted = true;
      this.renderRoot.querySelector<HTMLElement>('[part~="overall"] [part~="control"]')?.focus();
      return;
    }
    // Set before the first await (the submit's module may still be loading): a second Enter is ignored.
    this.sending = true;
    void this.waitFor(this.send().finally(() => (this.sending = false)));
  }

  private sending = false;

  private async send(): Promise<void> {
    // Pressed while the session's records are first read (the form shows with a draft): its people
    // and agenda come with them, else the record would lack its manager and say the 1on1 is unknown.
    if (this.awaitingRecords) await this.recordsTask.taskComplete.catch(() => undefined);
    // Read meanwhile: an answer already sent (from another device) is what shows.
    if (this.own) return;
    const { drafts, draftKey: key, session, agenda } = this;
    const scope = this.scopeKey;
    const by = this.perspective;
    const viewerId = this.viewer?.id;
    // The summary it turns into loads beside the submit's module and the save.
    const summary = this.loadSummary();
    let io: typeof import('./satisfaction-rater.record.js');
    try {
      io = await (this.constructor as typeof TaiwaSatisfactionRater).recordModule();
    } catch (err) {
      // Offline before the first submit: say so; the answers stay in the form (and in the draft).
      this.setErrors('submit', [toError(err)]);
      return;
    }
    const saved = await io.submit(this as unknown as RaterSubmitHost, {
      by,
      viewerId,
      session,
      agenda,
      drafts,
      key,
      answerOf: (item) => this.answers[keyOf(item)],
      missing: (field, where, id) => {
        reportMissing(this, 'feedback', field, where, id);
        this.note = 'missingInfo';
      },
    });
    if (!saved || scope !== this.scopeKey) return;
    await summary;
    if (scope !== this.scopeKey) return;
    this.submitted = saved;
    this.dispatchEvent(new TaiwaSubmitEvent('feedback', saved));
    // The member may have answered while the manager was writing: the gap needs their latest.
    if (by === 'manager') this.refresh();
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
    if (name === 'share') {
      this.share = (e.target as HTMLInputElement).checked;
      this.emit(true);
      return;
    }
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
    const reading = this.awaitingRecords;
    const m =
      s && catalog && views
        ? {
            s,
            catalog,
            manager: this.perspective === 'manager',
            ...this.sharing,
            own: this.own,
            theirs: this.theirs,
            sessionId: this.sessionId,
            adapter: this.adapter,
            scale: this.scale,
            overall: this.value ? Number(this.value) : undefined,
            required: this.required,
            disabled: this.isDisabled,
            items: this.rateItems,
            reading,
            answers: this.answers,
            texts: this.texts,
            note: this.note,
            onChange: this.handleChange,
            onInput: this.handleInput,
            onSubmit: this.submit,
            summary: this.summary,
            later: this.summary && peekStrings(this.locale, this.summary.strings),
          }
        : undefined;
    // One template in every state: the live region is there from the first render and stays in place
    // when the summary replaces the form, so what it says next is announced. While the records are
    // first read, the loading state: the form only where a draft on this device says it follows
    // (a stored answer's summary would replace it), and without "no agenda items" before the agenda is in.
    return html`${this.renderErrors()}
      <p part="status" role="status" id="status">${m && views ? views.statusOf(m) : ''}</p>
      ${(m && !(reading && this.draftAhead !== this.scopeKey) && views?.renderRater(m)) || this.renderLoading()}`;
  }
}
