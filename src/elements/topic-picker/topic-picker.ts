import { html, type PropertyDeclarations } from 'lit';
import { TaiwaFormElement } from '../../core/form-associated.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import { format } from '../../core/locale.js';
import { SaveChain } from '../../core/save-controller.js';
import { Choices } from './topic-picker.store.js';
import en from '../../i18n/topic-picker/en.js';
import englishTopics from '../../model/catalog/en/topics.js';
import { hostStyles } from '../../core/styles.js';
import { renderPicker, styles } from './topic-picker.views.js';

/** The views as one object (not `import * as`: a namespace object costs a runtime helper shared with every lazy chunk that has one). */
const pickerViews = { renderPicker, styles };

/**
 * The member chooses what to talk about in the next 1on1: one topic, or several with `multiple`.
 * Topics come from the catalogue (the host may rename, disable, reorder or add them). Inside a
 * provider with a `session-id`, the choice is saved as the session's agenda through the adapter and
 * shown again after a reload.
 *
 * @summary Choose the topic(s) for the next 1on1.
 * @tag taiwa-topic-picker
 *
 * @event input - The user changed the choice (native `Event`, bubbles and composed).
 * @event change - The user changed the choice (native `Event`, bubbles).
 * @event {TaiwaSaveEvent<'agenda'>} taiwa-save - The choice was saved through the adapter; `detail: { kind: 'agenda', record }` (the text of private memos removed).
 * @event {TaiwaErrorEvent} taiwa-error - Bad catalogue data or a failed read or write; `detail: { error }`.
 *
 * @csspart base - The `<fieldset>` around the options.
 * @csspart legend - The question above the options.
 * @csspart options - The list of options.
 * @csspart option - One topic: a `<label>` around the input and texts.
 * @csspart control - The native radio or checkbox of an option.
 * @csspart label - A topic's name.
 * @csspart description - A topic's description.
 * @csspart status - Save progress and limits, announced politely.
 * @csspart error - The error message.
 * @csspart loading - Shown while the catalogue loads.
 * @csspart empty - Shown when no topic is available.
 *
 * @cssproperty [--taiwa-topic-picker-columns=auto-fill] - Grid columns of the options.
 * @cssproperty [--taiwa-topic-picker-min-width=14rem] - Narrowest width of an option.
 * @cssproperty [--taiwa-color-accent=#2f6fde] - Border and mark of a chosen option.
 *
 * @cssstate loading - The catalogue or the saved choice is loading.
 * @cssstate error - An error is shown.
 * @cssstate disabled - The control is disabled (itself or by a fieldset).
 * @cssstate user-invalid - Required, empty, and the user has interacted.
 */
export class TaiwaTopicPicker extends TaiwaFormElement<typeof en> {
  /** The form's styles with the host's, adopted once with the shadow root (not added per instance at the first update). */
  static override styles = [hostStyles, pickerViews.styles];
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['topics'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { topics: englishTopics } };
  static override strings = {
    ja: () => import('../../i18n/topic-picker/ja.js'),
    en,
  };
  /** The form and its styles: in the element's own chunk, so its content needs no other request. */
  static override views = pickerViews;

  static override properties: PropertyDeclarations = {
    multiple: { type: Boolean, reflect: true },
    max: { type: Number },
    sessionId: { attribute: 'session-id' },
    label: {},
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** Allows choosing several topics. */
  multiple = false;
  /** With `multiple`: the most topics that can be chosen (0 = no limit). */
  max = 0;
  /** The 1on1 this choice is for; inside a provider the choice is saved to its agenda. */
  sessionId = '';
  /** The question above the options; defaults to a localized "What do you want to talk about?". */
  label = '';

  protected declare views?: typeof pickerViews;
  /** The stored choice (loaded on demand, with the validation it needs). */
  #choices?: Choices;
  /** Made at the first save: a picker that is never changed (500 on a page) holds none. */
  #saver?: SaveChain;

  /** The choice saved before, for this viewer and session (a choice made in this page wins). */
  protected readonly savedChoiceTask = this.task({
    args: () => [this.adapter, this.viewer?.id, this.sessionId] as const,
    skip: ([adapter, viewerId, sessionId]) => !adapter || !viewerId || !sessionId,
    run: async ([adapter, viewerId, sessionId], signal) => {
      if (!adapter || !viewerId || !sessionId) return [];
      return this.#store.load(adapter, sessionId, viewerId, signal, (ids) => this.interacted || this.setValues(ids));
    },
    apply: (errors) => errors,
  });

  get #atMax(): boolean {
    return this.multiple && this.max > 0 && this.values.length >= this.max;
  }

  get #store(): Choices {
    return (this.#choices ??= new Choices());
  }

  private handleChange(event: Event) {
    const input = event.target as HTMLInputElement;
    event.stopPropagation();
    const id = input.value;
    const next = this.multiple ? (input.checked ? [...this.values, id] : this.values.filter((v) => v !== id)) : [id];
    this.commit(next);
    void this.#save(next);
  }

  /** Saves the choice as the session's agenda; writes run one after another so the last one wins. */
  #save(topicIds: readonly string[]): Promise<unknown> {
    const { adapter, viewer, sessionId } = this;
    if (!adapter || !viewer || !sessionId) return Promise.resolve();
    this.#saver ??= new SaveChain(this, (error) => this.setErrors('save', error ? [error] : []));
    return this.#saver.save(async () =>
      this.dispatchEvent(new TaiwaSaveEvent('agenda', await this.#store.save(adapter, sessionId, viewer.id, topicIds))),
    );
  }

  #status(): string {
    const s = this.strings!;
    const limit = this.multiple && this.max > 0 ? format(this.#atMax ? s.maxReached : s.max, { max: this.max }) : '';
    const state = this.#saver?.state;
    return state === 'saving' ? s.saving : state === 'saved' ? s.saved : limit;
  }

  protected override render() {
    const s = this.strings;
    const views = this.views;
    if (!s || !views || !this.resolvedCatalog) return html`${this.renderErrors()}${this.renderLoading()}`;
    // No whitespace around the parts: it would be three text nodes in every picker, never shown.
    return html`${this.renderErrors()}${views.renderPicker({
        s,
        topics: this.resolvedCatalog.topics,
        multiple: this.multiple,
        atMax: this.#atMax,
        legend: this.label || (this.multiple ? s.legend : s.legendSingle),
        disabled: this.isDisabled,
        values: this.values,
        status: this.#status(),
        empty: (message) => this.renderEmpty(message),
        onChange: this.handleChange,
      })}`;
  }
}
