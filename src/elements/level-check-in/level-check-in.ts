import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaiwaFormElement } from '../../core/form-associated.js';
import { reportMissing } from '../../core/developer-error.js';
import { SaveController } from '../../core/save-controller.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import { TaiwaSubmitEvent } from '../../events/submit.js';
import type { LevelAssessment } from '../../model/schemas.js';
import en from '../../i18n/level-check-in/en.js';
import { hostStyles } from '../../core/styles.js';
import { CatalogResolver } from '../../core/catalog-resolver.js';
import type { ElementBundle } from '../../core/loader.js';
import { peekSections, resolveSections } from '../../model/catalog-sections.js';
import { ownAnswer, renderCheckIn, styles } from './level-check-in.views.js';
import { contiguousLevel } from '../../insights/levels.js';
import { toError } from '../../model/data-error.js';
import type { CheckInSubmitHost } from './level-check-in.submit.js';

/** The views as one object (not `import * as`: a namespace object costs a runtime helper). */
const checkInViews = { ownAnswer, renderCheckIn, styles };

type Side = LevelAssessment['by'];

/**
 * After a 1on1, the member or the manager says where the pair's communication stands. In a check-in
 * (the default) they tick what happened, six statements that map to the six levels; with
 * `method="direct"` they answer "where are we now?" with one level. Inside a provider the viewer's
 * role decides who answers and the answer is saved as a `LevelAssessment` through the adapter (one
 * record per side and session: saving again updates it; another session gets its own); outside one,
 * `taiwa-submit` carries the record for the host to store. A save under way ignores another.
 *
 * @tag taiwa-level-check-in
 * @summary Check in after a 1on1: what happened, or which of the six levels the pair is at.
 *
 * @event input - The user changed the answer (native `Event`, bubbles and composed).
 * @event change - The user changed the answer (native `Event`, bubbles).
 * @event {TaiwaSaveEvent<'level'>} taiwa-save - The answer was saved through the adapter; `detail: { kind: 'level', record }`.
 * @event {TaiwaSubmitEvent<'level'>} taiwa-submit - The user saved the answer; `detail: { kind: 'level', record }` (stored or not).
 * @event {TaiwaErrorEvent} taiwa-error - A failed read or write; `detail: { error }`.
 *
 * @csspart base - The `<fieldset>` around the question.
 * @csspart legend - The question.
 * @csspart help - The instruction under the question (check-in).
 * @csspart options - The list of statements or levels.
 * @csspart option - One statement or level: a `<label>` around the input and texts.
 * @csspart control - The native checkbox (check-in) or radio (direct).
 * @csspart label - A statement, or a level's name.
 * @csspart description - A level's description (direct).
 * @csspart submit - The save button.
 * @csspart status - Save progress, and whether the answer was sent or only saved on this device, announced politely.
 * @csspart problem - Why it cannot be saved (nothing chosen, no people, an admin): an alert, referenced by the fieldset's `aria-describedby`.
 * @csspart error - The error message.
 * @csspart loading - Shown while strings and catalogue load.
 *
 * @cssproperty [--taiwa-color-accent=#2f6fde] - Border and mark of a ticked statement, and the button.
 * @cssproperty [--taiwa-level-check-in-columns=1] - Grid columns of the statements.
 *
 * @cssstate loading - Strings, catalogue or the saved answer are loading.
 * @cssstate error - An error is shown.
 * @cssstate disabled - The control is disabled (itself or by a fieldset).
 * @cssstate user-invalid - Required, empty, and the user has interacted.
 * @cssstate saving - A save through the adapter is under way.
 * @cssstate saved - The answer shown is the saved one.
 */
export class TaiwaLevelCheckIn extends TaiwaFormElement<typeof en> {
  static override styles = hostStyles;
  /**
   * Not through the base: only the direct question shows the catalogue (the levels), so the element
   * resolves it there itself (`#levels`), and a check-in's page loads no level texts at all.
   */
  static override usesCatalog = false;
  /** The sections of the built-in catalogue it shows (direct): only those load, and an override is checked over those. */
  static catalogSections = ['levels'] as const;
  static override strings = {
    ja: () => import('../../i18n/level-check-in/ja.js'),
    en,
  };
  /** The form and its styles come with the element's module: they are its content. */
  static override views = checkInViews;
  /** What only a submit needs (`level-check-in.submit.ts`): loaded at the first submit. */
  static submitModule = () => import('./level-check-in.submit.js');
  /** Loads the levels the direct question shows (and merges an override over them); a class can replace it (tests: a failed load). */
  static loadLevels = resolveSections;

  static override properties: PropertyDeclarations = {
    method: { reflect: true },
    memberId: { attribute: 'member-id' },
    managerId: { attribute: 'manager-id' },
    sessionId: { attribute: 'session-id' },
    by: {},
    label: {},
    notice: { state: true, attribute: false },
    record: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** `check-in`: tick what happened (several); `direct`: choose one level, "where are we now?". */
  method: LevelAssessment['method'] = 'check-in';
  /** The member of the pair; inside a provider a member viewer is the member. */
  memberId = '';
  /** The manager of the pair; inside a provider a manager viewer is the manager. */
  managerId = '';
  /** The 1on1 this answer is about: the saved answer for it is shown and updated. */
  sessionId = '';
  /** Who answers outside a provider (inside one, the viewer's role). */
  by: Side = 'member';
  /** The question; defaults to a localized "What happened in this 1on1?" or "Where are we now?". */
  label = '';

  /** The save: its state shows from the start (a saved answer read back); its writes come with the submit's module. */
  protected readonly saver = new SaveController(this, (error) => this.setErrors('save', error ? [error] : []));
  /** The submit's module is loading: a second submit is ignored, as one during a save is. */
  #submitting = false;
  /** The levels the direct question shows: the built-in ones, or merged with an adapter's or a host's override. */
  readonly #levels = new CatalogResolver({
    setCatalog: (value) => (this.resolvedCatalog = value),
    setErrors: (errors) => this.setErrors('catalog', errors),
    waitFor: (work) => this.waitFor(work),
    // A failed load is asked again at a later update: a user's change, or back online (the base's
    // `online` listener asks for an update while a catalogue error is shown).
    settled: () => this.updateComplete,
  });
  protected notice = '';
  /** The notice says nothing is chosen (see `refuse`). */
  #invalid = false;
  declare protected views?: typeof checkInViews;
  /** The record last saved or loaded for this answer: saving again updates it (same session only). */
  protected record?: LevelAssessment | undefined;

  /** The answer saved before for this session, shown until the user changes it. */
  protected readonly savedAnswerTask = this.task({
    args: () => [this.adapter, this.viewer?.id, this.sessionId, this.method] as const,
    skip: ([adapter, viewerId, sessionId]) => !adapter || !viewerId || !sessionId,
    run: async ([adapter, viewerId, sessionId, method]) => {
      if (!adapter || !viewerId || !sessionId) return undefined;
      const store = await this.guarded();
      const { records, errors } = await store!.query('level', { sessionId });
      return { record: ownAnswer(records, this.side, method, viewerId), errors };
    },
    apply: (found) => {
      if (!found) return [];
      this.record = found.record;
      if (this.record && !this.interacted) {
        this.setValues(
          (this.record.method === 'check-in' && this.record.signals?.length ? this.record.signals : [this.record.level]).map(String),
        );
        this.saver.markSaved({ adapter: this.adapter, kind: 'level', id: this.record.id });
      }
      return found.errors;
    },
  });

  /** Who answers: the viewer's role inside a provider, else `by`; `undefined` for an admin. */
  get side(): Side | undefined {
    const role = this.viewer?.role;
    return role ? (role === 'admin' ? undefined : role) : this.by;
  }

  private get isDirect(): boolean {
    return this.method === 'direct';
  }

  /** Until the strings are in, and in the direct question until the levels are. */
  protected override get isLoading(): boolean {
    return super.isLoading || (this.isDirect && !this.resolvedCatalog && !this.errors.has('catalog'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The direct question's levels, as the base resolves the catalogue of an element that always shows
    // one: the built-in section (in memory when another element's module carries it, else one request,
    // English too: a check-in's page carries no level texts), merged with an adapter's or a host's override.
    if (this.isDirect) {
      const bundle = { catalog: peekSections(this.locale, TaiwaLevelCheckIn.catalogSections) } as ElementBundle;
      const ctor = this.constructor as typeof TaiwaLevelCheckIn;
      this.#levels.resolve(this.locale, bundle, this.adapter, [this.hostCatalog, this.catalog], TaiwaLevelCheckIn, ctor.loadLevels);
    }
    // Another session: a fresh answer, which never updates the record of the session before.
    if (changed.has('sessionId') && this.hasUpdated) {
      this.formResetCallback();
      this.saver.reset();
      this.record = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('saving', this.saver.state === 'saving');
    this.setState('saved', this.saver.state === 'saved');
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.notice = '';
    this.saver.edited();
  }

  /** Saves the answer (through the adapter inside a provider) and fires `taiwa-submit`; ignored while a save is under way. */
  async submit(): Promise<LevelAssessment | undefined> {
    if (!this.strings || !this.views || this.isDisabled || this.saver.state === 'saving' || this.#submitting) return undefined;
    // What only a submit needs comes now (once per page); a second submit meanwhile is ignored.
    this.#submitting = true;
    try {
      const io = await this.waitFor((this.constructor as typeof TaiwaLevelCheckIn).submitModule());
      const lib = { contiguousLevel, reportMissing, SaveEvent: TaiwaSaveEvent, SubmitEvent: TaiwaSubmitEvent };
      return await io.submit(this as unknown as CheckInSubmitHost, lib);
    } catch (err) {
      // Offline before the first submit: say so; what is ticked stays in the form.
      this.setErrors('save', [toError(err)]);
      return undefined;
    } finally {
      this.#submitting = false;
    }
  }

  /**
   * Why the answer cannot be saved, shown as an alert; `invalid`: nothing is chosen, what the user can
   * fix here (the answer is marked invalid and the focus goes to the first statement). Used by the submit's module.
   */
  protected refuse(message: string, invalid = false): undefined {
    this.notice = message;
    this.#invalid = invalid;
    this.saver.edited();
    if (invalid) this.validationAnchor()?.focus();
    return undefined;
  }

  private handleChange(event: Event) {
    const input = event.target as HTMLInputElement;
    event.stopPropagation();
    const id = input.value;
    const next = this.isDirect ? [id] : input.checked ? [...this.values, id] : this.values.filter((v) => v !== id);
    this.notice = '';
    this.saver.edited();
    this.commit(next);
  }

  private handleSubmit() {
    void this.submit();
  }

  protected override render() {
    const s = this.strings;
    const views = this.views;
    const levels = this.resolvedCatalog?.levels;
    if (!s || !views || (this.isDirect && !levels)) return html`${this.renderErrors()}${this.isLoading ? this.renderLoading() : nothing}`;
    return html`
      ${this.renderErrors()}
      ${views.renderCheckIn({
        s,
        direct: this.isDirect,
        levels,
        statements: this.side === 'manager' ? s.managerStatements : s.memberStatements,
        side: this.side,
        label: this.label,
        disabled: this.isDisabled,
        values: this.values,
        problem: this.notice,
        invalid: this.#invalid && this.notice !== '',
        saveState: this.saver.state,
        record: this.record,
        adapter: this.adapter,
        onChange: this.handleChange,
        onSubmit: this.handleSubmit,
      })}
    `;
  }
}
