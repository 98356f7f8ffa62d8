import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '../../core/context.js';
import { TaiwaElement } from '../../core/base-element.js';
import { activeItemContext } from '../../core/context.js';
import { SaveChain } from '../../core/save-controller.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import type { Hint, HintMark } from '../../model/schemas.js';
import en from '../../i18n/hint-panel/en.js';
import englishTopics from '../../model/catalog/en/topics.js';
import englishResponses from '../../model/catalog/en/responses.js';
import { hostStyles } from '../../core/styles.js';
import { pickHints, type HintAudience } from './hint-panel.select.js';
import { renderPanel, styles } from './hint-panel.views.js';
import { loadHints, loadMarks, saveMark } from './hint-panel.store.js';
import { guard } from '../../core/guard.js';

export { pickHints, type HintAudience } from './hint-panel.select.js';

/** The views as one object (not `import * as`: a namespace object costs a runtime helper). */
const panelViews = { renderPanel, styles };

/**
 * Concrete hints for the current topic × response style, for the member or for the manager, then
 * the general hints for that role and a short "what a 1on1 is for". The topic and style come from
 * the attributes or, when those are not set, from the agenda the panel sits in (its active item,
 * given through a context, whatever tag the host gave the agenda). A member ticks the hints to try this time; inside a provider with a `session-id` those
 * marks are saved as `hint-mark` records and shown again after a reload. A manager whose members
 * have been less satisfied with this combination is told so, and the panel leads with its hints.
 * Hint texts load lazily, per locale; text from any catalogue renders as text.
 *
 * @summary Hints for the current topic × response style, for the viewer's role.
 * @tag taiwa-hint-panel
 *
 * @event change - The member marked or unmarked a hint; read `marked` (native `Event`, bubbles).
 * @event {TaiwaSaveEvent<'hint-mark'>} taiwa-save - A mark was saved through the adapter; `detail: { kind: 'hint-mark', record }`.
 * @event {TaiwaErrorEvent} taiwa-error - Bad hint data or a failed read or write; `detail: { error }`.
 *
 * @csspart base - The wrapper of everything below the error block.
 * @csspart heading - The title: whose hints, and for which combination.
 * @csspart cell - The "topic × response" part of the title.
 * @csspart weak - The sentence shown when the combination is one of the manager's weaker ones.
 * @csspart group - The member's `<fieldset>` of hints to mark.
 * @csspart instruction - The member's "pick at least one" legend.
 * @csspart hints - A list of hints.
 * @csspart hint - One hint.
 * @csspart option - A member's hint: a `<label>` around the checkbox and the text.
 * @csspart control - The checkbox of a member's hint.
 * @csspart text - The text of a hint.
 * @csspart tag - "Try this time" on a marked hint.
 * @csspart general - The `<details>` with the general hints.
 * @csspart about - The `<details>` with "what a 1on1 is for".
 * @csspart summary - The `<summary>` of a collapsible section.
 * @csspart table - The 1on1 vs. business meeting table.
 * @csspart status - Save progress and the number of marked hints, announced politely.
 * @csspart error - The error message.
 * @csspart loading - Shown while the hints load.
 * @csspart empty - Shown when there is no topic and style yet, or no hints for them.
 *
 * @cssproperty [--taiwa-color-accent=#2f6fde] - Border and mark of a marked hint.
 * @cssproperty [--taiwa-hint-panel-weak-color=#9a6700] - Accent of the weak-combination note.
 * @cssproperty [--taiwa-hint-panel-gap=0.5rem] - Space between hints.
 *
 * @cssstate loading - The hints are loading.
 * @cssstate error - An error is shown.
 * @cssstate empty - No hints for the current combination.
 * @cssstate weak - The combination is one of the manager's weaker ones.
 * @cssstate manager - Showing the manager's hints (otherwise the member's).
 * @cssstate saving - A mark is being saved.
 */
export class TaiwaHintPanel extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['topics', 'responses'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { topics: englishTopics, responses: englishResponses } };
  static override strings = {
    ja: () => import('../../i18n/hint-panel/ja.js'),
    en,
  };
  /**
   * The templates and styles, and the code that reads the hints and marks, come with the element's
   * module: on its own page they are its content, and in the agenda the panel comes after the
   * agenda's content anyway (agenda.later.ts). Only the hint texts load on demand (per locale).
   */
  static override views = panelViews;

  static override properties: PropertyDeclarations = {
    topic: {},
    response: {},
    audience: {},
    sessionId: { attribute: 'session-id' },
    weak: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    marked: { attribute: false },
    hints: { state: true, attribute: false },
    weakCells: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** The item of the `taiwa-agenda` this panel is in, if any (whatever tag the host gave the agenda). */
  readonly #activeItem = new ContextConsumer(this, { context: activeItemContext, subscribe: true });

  /** The topic id; when empty, the active item of the enclosing agenda. */
  topic = '';
  /** The response style id; when empty, the active item of the enclosing agenda. */
  response = '';
  /** Whose hints to show; defaults to the viewer's role (a member sees member hints, anyone else the manager's). */
  audience: HintAudience | '' = '';
  /** The 1on1 the member's marks belong to; inside a provider they are saved for it. */
  sessionId = '';
  /** This combination is one of the manager's weaker ones; when not set, a manager's panel works it out. */
  weak?: boolean;
  /** Heading level (1–6) of the title; 0 renders it as a paragraph. */
  headingLevel = 0;
  /** Ids of the hints the member marked to try this time. */
  marked: string[] = [];

  /** The hints a panel on `topic` can show (the general ones and that topic's, see model/hint-parts.ts). */
  private hints?: { topic: string; list: Hint[] };
  private weakCells: ReadonlySet<string> = new Set();
  protected declare views?: typeof panelViews;
  private marks = new Map<string, HintMark>();
  private interacted = false;
  private marksFor?: string;
  // Saving and saved only (a mark names no record to follow to the backend): SaveController's following stays out of the page.
  readonly #saver = new SaveChain(this, (error) => this.setErrors('save', error ? [error] : []));
  private shown = { empty: false, weak: false };

  protected readonly hintsTask = this.task({
    args: () => [this.locale, this.adapter, this.hostCatalog, this.catalog, this.currentTopic] as const,
    // Only the texts of the topic shown (and the general ones), not every hint of the locale.
    run: async ([locale, adapter, hostCatalog, own, topic]) => ({ topic, ...(await loadHints(locale, adapter, [hostCatalog, own], [topic])) }),
    apply: ({ topic, hints, errors }) => {
      this.hints = { topic, list: hints };
      return errors;
    },
  });

  protected readonly marksTask = this.task({
    args: () => {
      const { adapter, viewer, sessionId } = this;
      return adapter && viewer?.role === 'member' && sessionId ? ([adapter, viewer.id, sessionId] as const) : ([undefined, '', ''] as const);
    },
    skip: ([adapter]) => !adapter,
    run: async ([adapter, memberId, sessionId]) => {
      if (!adapter) return undefined;
      return loadMarks(adapter, sessionId, memberId);
    },
    apply: (found) => {
      if (!found) return [];
      this.marks = found.marks;
      // Marks the member made in this page win over the stored ones.
      if (!this.interacted) this.marked = [...found.marks.values()].filter((m) => m.marked).map((m) => m.hintId);
      return found.errors;
    },
  });

  protected readonly weakTask = this.task({
    args: () => {
      const { adapter, viewer } = this;
      const wanted = adapter && viewer?.role === 'manager' && this.weak === undefined && this.currentAudience === 'manager';
      return wanted ? ([adapter, viewer.id] as const) : ([undefined, ''] as const);
    },
    skip: ([adapter]) => !adapter,
    run: async ([adapter, managerId]) => {
      if (!adapter) return undefined;
      // A manager's only, and only when not told: loaded then (the guard is handed in, as this chunk holds it).
      const { weakCells } = await import('./hint-panel.weak-cells.js');
      return weakCells(guard, adapter, managerId);
    },
    apply: (found) => {
      if (!found) return [];
      this.weakCells = found.cells;
      return found.errors;
    },
  });

  /** The topic shown: the attribute, else the agenda's active one. */
  get currentTopic(): string {
    return this.topic || this.#activeItem.value?.topic || '';
  }

  /** The response style shown: the attribute, else the agenda's active one. */
  get currentResponse(): string {
    return this.response || this.#activeItem.value?.response || '';
  }

  /** The audience in use: the attribute, else the viewer's role (admin → manager), else member. */
  get currentAudience(): HintAudience {
    const role = this.viewer?.role;
    return this.audience || (role && role !== 'member' ? 'manager' : 'member');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { viewer, sessionId } = this;
    // Another session or viewer: the marks made on the page belong to the previous one.
    const marksFor = `${viewer?.id}|${sessionId}`;
    if (this.marksFor !== undefined && marksFor !== this.marksFor) {
      this.interacted = false;
      this.marked = [];
      this.marks = new Map();
      this.#saver.reset();
    }
    this.marksFor = marksFor;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('empty', this.shown.empty);
    this.setState('weak', this.shown.weak);
    this.setState('manager', this.currentAudience === 'manager');
    this.setState('saving', this.#saver.state === 'saving');
  }

  private handleToggle(event: Event) {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const id = input.value;
    this.interacted = true;
    this.marked = input.checked ? [...this.marked.filter((m) => m !== id), id] : this.marked.filter((m) => m !== id);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.save(id, input.checked);
  }

  /** Saves one mark; writes run one after another so a quick re-toggle keeps one record per hint. */
  private save(hintId: string, marked: boolean): Promise<unknown> {
    // The marks of the session the click was in: a later session starts with a map of its own.
    const { adapter, viewer, sessionId, marks } = this;
    if (!adapter || viewer?.role !== 'member' || !sessionId) return Promise.resolve();
    return this.#saver.save(async () => {
      const record = await saveMark(adapter, marks.get(hintId), { sessionId, memberId: viewer.id, hintId, marked });
      marks.set(hintId, record);
      this.dispatchEvent(new TaiwaSaveEvent('hint-mark', record));
    });
  }

  private label(kind: 'topics' | 'responses', id: string): string {
    return this.resolvedCatalog?.[kind].find((e) => e.id === id)?.label ?? id;
  }

  protected override render() {
    const s = this.strings;
    const views = this.views;
    const topic = this.currentTopic;
    // Another topic's hints are not this one's (the agenda's active item changed): they are on their way.
    const hints = this.hints?.topic === topic ? this.hints.list : undefined;
    if (!s || !views || (!hints && !this.errors.has(this.hintsTask))) return html`${this.renderErrors()}${this.renderLoading()}`;
    const response = this.currentResponse;
    const member = this.currentAudience === 'member';
    const { cell, general } = pickHints(hints ?? [], this.currentAudience, topic, response);
    const weak = !member && cell.length > 0 && (this.weak ?? this.weakCells.has(`${topic}|${response}`));
    this.shown = { empty: cell.length === 0, weak };
    return html`
      ${this.renderErrors()}
      ${views.renderPanel({
        s,
        member,
        topic,
        response,
        topicLabel: this.label('topics', topic),
        responseLabel: this.label('responses', response),
        cell,
        general,
        weak,
        headingLevel: this.headingLevel,
        marked: this.marked,
        saveState: this.#saver.state,
        empty: (message) => this.renderEmpty(message),
        onToggle: this.handleToggle,
      })}
    `;
  }
}
