import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaiwaFormElement, splitIds } from '../../core/form-associated.js';
import type { ResponseStyle } from '../../model/schemas.js';
import en from '../../i18n/response-selector/en.js';
import englishTopics from '../../model/catalog/en/topics.js';
import englishResponses from '../../model/catalog/en/responses.js';
import { hostStyles } from '../../core/styles.js';
import { renderSelector, styles as viewStyles } from './response-selector.views.js';

/** The views as one object (not `import * as`: a namespace object costs a bundler's runtime helper, a file of its own). */
const viewsModule = { renderSelector, styles: viewStyles };

const idList = {
  fromAttribute: (v: string | null) => splitIds(v),
  toAttribute: (v: readonly string[]) => v.join(' '),
};

/**
 * The member says how the manager should respond: concrete advice, thinking together, just listening,
 * an opinion, or taking a report (plus any style the host adds through the catalogue), each with a
 * line on what the member will get. Given the chosen `topics`, it asks once per topic, one radio
 * group each; without topics it is a single radio group.
 *
 * The value is `topicId:responseId` pairs (`['work:advice', 'career:listen']`), submitted with a form
 * as one entry per pair under `name`; without topics it is the response id alone.
 *
 * @summary Choose, per topic, how the manager should respond.
 * @tag taiwa-response-selector
 *
 * @event input - The user changed a choice (native `Event`, bubbles and composed).
 * @event change - The user changed a choice (native `Event`, bubbles).
 * @event {TaiwaErrorEvent} taiwa-error - Bad catalogue data; `detail: { error }`.
 *
 * @csspart base - The outer `<fieldset>`.
 * @csspart legend - The question above the groups.
 * @csspart group - One topic's radio group (a `<fieldset>`), when topics are given.
 * @csspart topic - A group's legend: the topic's name.
 * @csspart options - The list of options in a group.
 * @csspart option - One response style: a `<label>` around the radio and texts.
 * @csspart control - The native radio of an option.
 * @csspart label - A response style's name.
 * @csspart description - What the member will get with that style.
 * @csspart error - The error message.
 * @csspart loading - Shown while the catalogue loads.
 * @csspart empty - Shown when no response style is available.
 *
 * @cssproperty [--taiwa-response-selector-columns=auto-fill] - Grid columns of the options.
 * @cssproperty [--taiwa-response-selector-min-width=14rem] - Narrowest width of an option.
 * @cssproperty [--taiwa-color-accent=#2f6fde] - Border and mark of a chosen option.
 *
 * @cssstate loading - The catalogue is loading.
 * @cssstate error - An error is shown.
 * @cssstate disabled - The control is disabled (itself or by a fieldset).
 * @cssstate user-invalid - Required, a topic has no style, and the user has interacted (or a validation failed);
 *   the groups without a style then carry `aria-invalid="true"`.
 */
export class TaiwaResponseSelector extends TaiwaFormElement<typeof en> {
  static override styles = hostStyles;
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['topics', 'responses'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { topics: englishTopics, responses: englishResponses } };
  static override strings = {
    ja: () => import('../../i18n/response-selector/ja.js'),
    en,
  };
  /** The form and its styles come with the element's module: they are its content. */
  static override views = viewsModule;

  static override properties: PropertyDeclarations = {
    topics: { converter: idList },
    label: {},
    responses: { attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** The chosen topic ids (attribute: space-separated); one group per topic. Empty: one group. */
  topics: string[] = [];
  /** The question above the groups; defaults to a localized "How do you want your manager to respond?". */
  label = '';
  /** Response styles to offer in pure UI mode, instead of the catalogue's. */
  responses?: ResponseStyle[];

  protected declare views?: typeof viewsModule;

  constructor() {
    super();
    // A failed validation (a submit, `checkValidity()`) shows the missing groups, like `:user-invalid`.
    this.addEventListener('invalid', () => (this.interacted = true));
  }

  /** The response id chosen for `topic`, or `''`. */
  responseFor(topic: string): string {
    const pair = this.values.find((v) => v.startsWith(`${topic}:`));
    return pair ? pair.slice(topic.length + 1) : '';
  }

  get #groups(): string[] {
    return [...new Set(this.topics)];
  }

  /** Topics (or the single group) still without a choice. */
  get #missing(): string[] {
    const groups = this.#groups;
    if (groups.length === 0) return this.values.length === 0 ? [''] : [];
    return groups.filter((t) => !this.responseFor(t));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A topic taken off the list takes its choice with it.
    if (changed.has('topics') && this.topics.length > 0) {
      const kept = this.values.filter((v) => this.topics.some((t) => v.startsWith(`${t}:`)));
      if (kept.length !== this.values.length) this.values = kept;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('topics') || changed.has('resolvedCatalog')) this.syncValidity();
  }

  protected override syncValidity(): void {
    const missing = this.required && !this.isDisabled && this.#missing.length > 0;
    if (missing) {
      const message = this.#groups.length > 0 ? this.strings?.requiredEach : this.strings?.requiredChoice;
      this.internals.setValidity({ valueMissing: true }, message ?? 'Please choose a response.', this.validationAnchor());
    } else {
      this.internals.setValidity({});
    }
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[data-missing] input:not([disabled])') ?? super.validationAnchor();
  }

  #handleChange(event: Event) {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const topic = input.dataset['topic'];
    if (topic === undefined) {
      this.commit([input.value]);
      return;
    }
    const next = this.#groups.flatMap((t) => {
      const id = t === topic ? input.value : this.responseFor(t);
      return id ? [`${t}:${id}`] : [];
    });
    this.commit(next);
  }

  protected override render() {
    const s = this.strings;
    const views = this.views;
    if (!s || !views || (!this.responses && !this.resolvedCatalog)) return html`${this.renderErrors()}${this.renderLoading()}`;
    const groups = this.#groups;
    return html`${this.renderErrors()}${views.renderSelector({
        s,
        responses: this.responses ?? this.resolvedCatalog?.responses ?? [],
        groups,
        legend: this.label || (groups.length === 0 ? s.legend : s.legendEach),
        required: this.required,
        disabled: this.isDisabled,
        missing: this.#missing.length > 0,
        interacted: this.interacted,
        chosen: (topic) => (topic === undefined ? this.values[0] : this.responseFor(topic)),
        topicLabel: (id) => this.resolvedCatalog?.topics.find((t) => t.id === id)?.label ?? id,
        empty: (message) => this.renderEmpty(message),
        onChange: this.#handleChange,
      })}`;
  }
}
