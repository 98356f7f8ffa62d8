import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaiwaElement } from '../../core/base-element.js';
import { RecordsChangedController } from '../../core/records-changed-controller.js';
import { PeopleController } from '../../core/people.js';
import { format } from '../../core/locale.js';
import type { Feedback } from '../../model/schemas.js';
import type { StrengthMap } from '../../insights/strengths.js';
import type { InsightResults } from '../../model/insights.js';
import en from '../../i18n/strength-map/en.js';
import englishTopics from '../../model/catalog/en/topics.js';
import englishResponses from '../../model/catalog/en/responses.js';
import { hostStyles } from '../../core/styles.js';
import { TaiwaCellSelectEvent } from '../../events/cell-select.js';
import { tagIn } from '../../core/tag-names.js';
import { renderMap, rowsOf, styles } from './strength-map.views.js';
// The map's computation comes with the element: a map from feedback given computes it here, and the
// IndexedDB adapter's read (its own lazy chunk) computes with it too, so that read has no chunk of
// its own below it (the map reaches content in three request levels, not four).
import { strengthsOf } from '../../insights/strengths-aggregate.js';

/** The views as one object (not `import * as`: a namespace object costs a runtime helper). */
const mapViews = { renderMap, rowsOf, styles };

/**
 * 得意・苦手: how members rated a manager's 1on1s, per topic × response style, as a table whose
 * shade is the estimated rating (a shrunken estimate, see `src/insights/strengths.ts`). A cell with
 * fewer than `k` ratings stays masked, and the figures move only in batches of `k`, so no single
 * member's rating can be read back, not even by comparing the map before and after it.
 *
 * A manager sees their own map; an admin sees any manager's (`manager-id`) next to the
 * organisation, or the organisation's. Outside a provider, give it `feedback`. Choosing a cell opens
 * the manager's hints for that combination below the table (`<taiwa-hint-panel>`, when registered):
 * each cell is a disclosure button (`aria-expanded`, `aria-controls`) and the opening is announced.
 * Keyboard (the WAI-ARIA grid pattern): the table is one tab stop; arrow keys, Home and End (Ctrl+Home
 * and Ctrl+End to the corners) move between cells; Enter or Space choose; Escape, in the table or in
 * the hints, closes the hints and returns to the cell. A manager's own map says who can see it and
 * when HR opened it (where the policy lets HR open named maps).
 *
 * With `patterns` (HR): the organisation's patterns instead, how many managers are weak (▼) and
 * strong (▲) at each topic × response, never which ones; a cell with fewer managers behind it than
 * the backend's minimum stays hidden. Needs a backend that counts every manager's map; the
 * browser-only mode counts what this device holds. A masked cell says how many more ratings it needs. A real `<table>` with row and column
 * headers, so screen readers read numbers. Give managers' display names with `names` (admin view).
 *
 * @summary Strengths and weaknesses per topic × response style.
 * @tag taiwa-strength-map
 *
 * @event {TaiwaCellSelectEvent} taiwa-cell-select - A cell was chosen; `detail: { topicId, responseId }`.
 * @event {TaiwaErrorEvent} taiwa-error - Bad feedback data or a failed read; `detail: { error }`.
 *
 * @csspart summary - The mean (and the organisation's) above the table.
 * @csspart legend - What the shades and markers mean, with the numeric scale.
 * @csspart who-sees - Whose data the map shows and who else can see it.
 * @csspart read-by - On a manager's own map: when HR opened it.
 * @csspart pattern - With `patterns`: a cell's counts (also `hidden`).
 * @csspart weak - With `patterns`: how many managers are weak there (▼).
 * @csspart strong - With `patterns`: how many managers are strong there (▲).
 * @csspart needed - On a masked cell: how many more ratings it needs ("2 more to show").
 * @csspart opens - On every cell: "hints ›", the sign that it opens hints.
 * @csspart table - The `<table>`.
 * @csspart caption - Its `<caption>`.
 * @csspart column-header - A response style's `<th>`.
 * @csspart row-header - A topic's `<th>`.
 * @csspart cell - A cell's button; also `masked`, `strength`, `weakness`, `neutral`.
 * @csspart value - The estimate in a cell.
 * @csspart marker - The ▲/▼ marker.
 * @csspart count - "at least n" ratings.
 * @csspart org - The comparison with the organisation.
 * @csspart detail - The section below the table for the chosen cell.
 * @csspart detail-title - Its title, an `<h3>` (the hint panel's title below it is level 4).
 * @csspart hints - The `<taiwa-hint-panel>` in it.
 * @csspart error - The error message.
 * @csspart loading - Shown while the feedback loads.
 * @csspart empty - Shown when there are no (or not enough) ratings.
 *
 * @cssproperty [--taiwa-strength-map-color-0=#fde725] - Fill of step 1 of 10 (each 0.4 of a point on 1–5).
 * @cssproperty [--taiwa-strength-map-color-1=#b5de2b] - Fill of step 2 of 10 (each 0.4 of a point on 1–5).
 * @cssproperty [--taiwa-strength-map-color-2=#6ece58] - Fill of step 3 of 10 (each 0.4 of a point on 1–5).
 * @cssproperty [--taiwa-strength-map-color-3=#35b779] - Fill of step 4 of 10 (each 0.4 of a point on 1–5).
 * @cssproperty [--taiwa-strength-map-color-4=#1f9e89] - Fill of step 5 of 10 (each 0.4 of a point on 1–5).
 * @cssproperty [--taiwa-strength-map-color-5=#237a87] - Fill of step 6 of 10 (each 0.4 of a point on 1–5) (light text).
 * @cssproperty [--taiwa-strength-map-color-6=#31688e] - Fill of step 7 of 10 (each 0.4 of a point on 1–5) (light text).
 * @cssproperty [--taiwa-strength-map-color-7=#3e4989] - Fill of step 8 of 10 (each 0.4 of a point on 1–5) (light text).
 * @cssproperty [--taiwa-strength-map-color-8=#482878] - Fill of step 9 of 10 (each 0.4 of a point on 1–5) (light text).
 * @cssproperty [--taiwa-strength-map-color-9=#2e0140] - Fill of step 10 of 10 (each 0.4 of a point on 1–5) (light text).
 * @cssproperty [--taiwa-strength-map-ink-light=#ffffff] - Text on the five darkest fills.
 * @cssproperty [--taiwa-strength-map-cell-width=5rem] - Narrowest cell.
 * @cssproperty [--taiwa-strength-map-gap=3px] - Space between cells.
 *
 * @cssstate loading - Feedback is loading.
 * @cssstate error - An error is shown.
 * @cssstate empty - No ratings, or all cells masked.
 * @cssstate selected - A cell is chosen and its hints are open.
 */
export class TaiwaStrengthMap extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['topics', 'responses'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { topics: englishTopics, responses: englishResponses } };
  static override strings = {
    ja: () => import('../../i18n/strength-map/ja.js'),
    en,
  };
  /** The templates and their styles come with the element's module: they are its content. */
  static override views = mapViews;

  static override properties: PropertyDeclarations = {
    managerId: { attribute: 'manager-id' },
    k: { type: Number },
    prior: { type: Number },
    feedback: { attribute: false },
    patterns: { type: Boolean, reflect: true },
    department: {},
    names: { attribute: false },
    map: { state: true, attribute: false },
    counts: { state: true, attribute: false },
    readBy: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    active: { state: true, attribute: false },
    patternsView: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** For an admin (or in pure UI mode): whose map; empty = the organisation's. A manager always sees their own. */
  managerId = '';
  /**
   * Pure UI mode only: ratings a cell needs before it shows, and the batch size its figures move in.
   * Inside a provider k is the backend's (the server's TAIWA_STRENGTHS_K): a viewer cannot lower it.
   */
  k = 3;
  /** Pure UI mode only: the prior's weight in ratings (inside a provider: the backend's). */
  prior = 5;
  /** Pure UI mode: the feedback records to map (outside a provider). */
  feedback?: Feedback[];
  /** HR's view: how many managers are weak and strong per topic × response (never which), instead of one map. */
  patterns = false;
  /** With `patterns`: one department's managers; empty: the organisation's (or the viewer's part of it). */
  department = '';
  /** Display names by manager id, for the caption (`{ 'mgr-1': 'Sato Ken' }`); an id without one shows as the id. */
  names?: Record<string, string>;
  /** The provider's people: the names when the host passes none (wp-scim). */
  readonly #people = new PeopleController(this);

  /** The computed map (read-only; for hosts that want the figures). */
  map?: StrengthMap;
  /** With `patterns`: the counts (read-only). */
  counts?: InsightResults['strength-patterns'];
  /** On the viewer's own map: when HR opened it. */
  private readBy?: { at: string }[];
  private selected?: { topicId: string; responseId: string };
  /** The one cell in the tab order (WAI-ARIA grid: one tab stop, arrow keys move it). */
  private active?: { topicId: string; responseId: string };
  declare protected views?: typeof mapViews;
  /** With `patterns`: that mode's table, loaded with its counts (no other mode carries it). */
  private patternsView?: typeof import('./strength-map.patterns.js');
  private revision = 0;

  /** Feedback saved by any widget on the page: the map is read again. */
  protected readonly feedbackChanged = new RecordsChangedController(this, ['feedback'], () => this.refresh());

  /** Reads the feedback again (done by itself when a Taiwa widget on the page saves feedback). */
  refresh(): void {
    this.revision++;
    this.requestUpdate();
  }

  /** The map, aggregated where the data lives: by the adapter inside a provider, else from `feedback` (checked like an adapter's). */
  protected readonly mapTask = this.task({
    args: () => {
      const { adapter, viewer } = this;
      const common = [this.managerId || undefined, this.k, this.prior, this.patterns, this.department || undefined] as const;
      return adapter && viewer
        ? ([adapter, viewer.id, viewer.role, this.revision, undefined, ...common] as const)
        : ([undefined, '', undefined, 0, this.feedback, ...common] as const);
    },
    run: async ([adapter, viewerId, role, , given, managerId, k, prior, patterns, department]) => {
      const options = { k, prior };
      if (patterns) return this.readPatterns(adapter !== undefined && role !== 'member', given, department);
      if (adapter) {
        if (role === 'member') return { map: undefined, errors: [] };
        const mine = role === 'manager';
        // A manager sees their own records only (not their own manager's feedback about them, nor
        // the organisation's figures); the adapter aggregates where the data lives.
        const id = mine ? viewerId : managerId;
        // No k or prior: the backend's apply, whatever this element's attributes say.
        const query = { ...(id === undefined ? {} : { managerId: id }), ...(mine ? { own: true } : {}) };
        const { result, errors } = await (await this.guarded())!.aggregate('strengths', query);
        return { map: result, readBy: result.readBy, errors };
      }
      const { parseRecords } = await import('../../model/validate.js');
      const { records, errors } = parseRecords('feedback', given ?? []);
      // computeStrengths' answer (same tally, same publish), through the function the adapters use.
      return { map: given && strengthsOf(records, { ...options, ...(managerId === undefined ? {} : { managerId }) }), errors };
    },
    apply: ({
      map,
      counts,
      readBy,
      errors,
    }: {
      map?: StrengthMap | undefined;
      counts?: InsightResults['strength-patterns'];
      readBy?: { at: string }[] | undefined;
      errors: Error[];
    }) => {
      this.map = map;
      this.counts = counts;
      this.readBy = readBy;
      return errors;
    },
  });

  /** The organisation's patterns: from the adapter (a server counts every manager's map), else from `feedback`. */
  private async readPatterns(fromAdapter: boolean, given: Feedback[] | undefined, department: string | undefined) {
    // The table's template beside the counts, shown with them in one render.
    const view = import('./strength-map.patterns.js').then((m) => (this.patternsView = m));
    if (fromAdapter) {
      const [{ result, errors }] = await Promise.all([
        (await this.guarded())!.aggregate('strength-patterns', department ? { department } : {}),
        view,
      ]);
      return { map: undefined, counts: result, errors };
    }
    const [{ parseRecords }, { patternsOf }] = await Promise.all([
      import('../../model/validate.js'),
      import('../../insights/strength-patterns.js'),
      view,
    ]);
    const { records, errors } = parseRecords('feedback', given ?? []);
    return { map: undefined, counts: given && patternsOf(records, { k: this.k, prior: this.prior }), errors };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('selected', this.selected !== undefined);
    const empty = this.patterns ? !this.counts || this.counts.managers === 0 : !this.map || this.map.overall.masked;
    this.setState('empty', !this.isLoading && empty);
  }

  /**
   * The chosen cell's hint panel, made once, under its tag in the map's registration (tag-names.ts:
   * a validated name), as a template's element is: inert, then imported through the root's registry
   * (Lit's `creationScope`), so it upgrades there.
   */
  #panel?: HTMLElement;
  #hintPanel(): HTMLElement {
    return (this.#panel ??= (this.renderOptions.creationScope ?? document).importNode(
      document.createElement('template').content.ownerDocument.createElement(tagIn(this, 'taiwa-hint-panel')),
    ) as HTMLElement);
  }

  private choose(topicId: string, responseId: string) {
    const same = this.selected?.topicId === topicId && this.selected.responseId === responseId;
    this.selected = same ? undefined : { topicId, responseId };
    if (!same) this.dispatchEvent(new TaiwaCellSelectEvent({ topicId, responseId }));
  }

  protected override render() {
    const s = this.strings;
    const views = this.views;
    if (!s || !views || !this.resolvedCatalog) return html`${this.renderErrors()}${this.renderLoading()}`;
    if (this.viewer?.role === 'member') return html`${this.renderErrors()}${this.renderEmpty(s.membersOnly)}`;
    if (this.patterns) {
      const counts = this.counts;
      const table = this.patternsView;
      if (!counts || !table) return html`${this.renderErrors()}${this.isLoading ? this.renderLoading() : this.renderEmpty(s.noPatterns)}`;
      const rows = views.rowsOf(this.resolvedCatalog, counts);
      return html`${this.renderErrors()}${counts.managers === 0 ? this.renderEmpty(s.noPatterns) : nothing}
      ${table.renderPatterns({ s, locale: this.locale, patterns: counts, ...rows, html, format })}`;
    }
    const map = this.map;
    if (!map) return html`${this.renderErrors()}${this.isLoading ? this.renderLoading() : this.renderEmpty(s.noRatings)}`;
    if (map.cells.length === 0) return html`${this.renderErrors()}${this.renderEmpty(s.noRatings)}`;
    const { topics, responses } = views.rowsOf(this.resolvedCatalog, map);
    return html`
      ${this.renderErrors()} ${map.overall.masked ? this.renderEmpty(format(s.allMasked, { k: map.k })) : nothing}
      ${views.renderMap({
        s,
        locale: this.locale,
        map,
        topics,
        responses,
        selected: this.selected,
        active: this.active,
        onFocusCell: (topicId, responseId) => (this.active = { topicId, responseId }),
        mine: this.viewer?.role === 'manager',
        names: this.names ?? this.#people.nameRecord(),
        onChoose: (topicId, responseId) => this.choose(topicId, responseId),
        onClose: () => (this.selected = undefined),
        hintPanel: () => this.#hintPanel(),
        readBy: this.readBy,
      })}
    `;
  }
}
