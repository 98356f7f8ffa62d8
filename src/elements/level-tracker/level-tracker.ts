import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TaiwaElement } from '../../core/base-element.js';
import { RecordsChangedController } from '../../core/records-changed-controller.js';
import { PeopleController } from '../../core/people.js';
import { format, loadStrings, peekStrings, resolveLocale, type StringLoaders } from '../../core/locale.js';
import { loadBundle, nextFrame } from '../../core/loader.js';
import type { PairLevel, TeamLevels } from '../../insights/levels.js';
import type { LevelAssessment, Locale } from '../../model/schemas.js';
import en from '../../i18n/level-tracker/en.js';
import englishLevels from '../../model/catalog/en/levels.js';
import { hostStyles } from '../../core/styles.js';
import type { ViewContext } from './level-tracker.views.js';
import type { TeamHost } from './level-tracker.team.js';
import { toError } from '../../model/records.js';
import { pairLevel, renderMember, styles, trend } from './level-tracker.views.js';

/** The views as one object (not `import * as`: a namespace object costs a runtime helper). */
const trackerViews = { pairLevel, renderMember, styles, trend };
/** What the lazily loaded team view and history render with (they import neither Lit nor the locale module themselves). */
const helpers = { trend, html, svg, format };

export type LevelTrackerView = 'member' | 'team';

type TeamStrings = typeof import('../../i18n/level-tracker/en.team.js').default;
type HistoryStrings = typeof import('../../i18n/level-tracker/en.history.js').default;
/**
 * What only the lazily loaded views show: English with their modules (no request of its own),
 * another locale's requested beside them.
 */
const teamStrings: StringLoaders<TeamStrings> = {
  en: () => import('./level-tracker.team.js'),
  ja: () => import('../../i18n/level-tracker/ja.team.js'),
};
const historyStrings: StringLoaders<HistoryStrings> = {
  en: () => import('./level-tracker.history.js'),
  ja: () => import('../../i18n/level-tracker/ja.history.js'),
};

/** Whether an element of the document shows `:state(loading)`; false where the browser cannot parse `:state()`. */
function loading(): boolean {
  try {
    return !!document.querySelector(':state(loading)');
  } catch {
    return false;
  }
}

/**
 * Resolves once the page is quiet after a frame: the browser idle and no element of the document in
 * `:state(loading)` (a Taiwa element still loading its content), 10 s at most. What the tracker loads
 * after its content then does not race the page's other elements for theirs.
 */
function afterContent(): Promise<void> {
  const end = performance.now() + 10000;
  return new Promise((resolve) => {
    const wait = () => (self.requestIdleCallback ?? setTimeout)(check);
    const check = () => (loading() && performance.now() < end ? setTimeout(wait, 100) : resolve());
    void nextFrame().then(wait);
  });
}

/**
 * Where a pair's communication stands on the six levels (from more communication to sharing results
 * and growth). The member view shows one member's level, both sides' views, the ladder with what
 * moves a pair to the next level, and the history as a chart with a table; the team view (a manager's
 * default) shows the team average, the distribution, each member's level and trend, and where the
 * manager and the member see the relationship two or more levels apart. Inside a provider it reads
 * `level` records through the adapter and refreshes when a check-in on the page is saved; outside
 * one, give it `assessments`.
 *
 * @tag taiwa-level-tracker
 * @summary The six-level communication tracker: a member's ladder and history, or the team's levels.
 *
 * @event {TaiwaErrorEvent} taiwa-error - Bad records or a failed read; `detail: { error }`. Valid records beside bad ones still show.
 *
 * @csspart base - The view's wrapper.
 * @csspart title - The view's heading.
 * @csspart heading - A section heading (ladder, history, distribution, members, gaps).
 * @csspart summary - The current level (member) or the average (team), with both views.
 * @csspart current - The current level line.
 * @csspart views - The member's and the manager's views, a `<dl>`.
 * @csspart trend - A trend: rising, steady or falling.
 * @csspart ladder - The six levels, highest first, an `<ol reversed>` (the DOM order is the visual order).
 * @csspart step - One level; the current one has `aria-current="step"`.
 * @csspart step-number - A level's number.
 * @csspart step-label - A level's name.
 * @csspart step-description - A level's description.
 * @csspart now - The "now" badge on the current level.
 * @csspart next - What moves the pair to the next level.
 * @csspart chart - The history chart, an `<svg role="img">`.
 * @csspart history-table - The history as a table (the chart's text alternative).
 * @csspart average - The team average line.
 * @csspart distribution - Members per level, an `<ol>`.
 * @csspart bar-row - One level in the distribution.
 * @csspart bar-label - A level's name in the distribution.
 * @csspart bar - The bar whose length is the share of members at a level.
 * @csspart bar-count - The number of members at a level.
 * @csspart members - The table of members (named by the "Members" heading).
 * @csspart member-row - One member's row.
 * @csspart member-button - A member's name; opens their ladder and history.
 * @csspart back - Returns from one member to the team.
 * @csspart gaps - Members whose two views differ by two levels or more.
 * @csspart gap - One such member.
 * @csspart gaps-empty - Shown when no views differ that much.
 * @csspart error - The error message.
 * @csspart loading - Shown while strings, catalogue or records load.
 * @csspart empty - Shown when there are no check-ins yet.
 *
 * @cssproperty [--taiwa-color-accent=#2f6fde] - The current step, the level line and the bars.
 * @cssproperty [--taiwa-level-tracker-member-color=#2f6fde] - The member's readings in the chart.
 * @cssproperty [--taiwa-level-tracker-manager-color=#b35900] - The manager's readings in the chart.
 * @cssproperty [--taiwa-level-tracker-chart-height=9rem] - Height of the history chart.
 *
 * @cssstate loading - Strings, catalogue or records are loading.
 * @cssstate error - An error is shown.
 * @cssstate empty - There is nothing to show yet.
 * @cssstate team - The team view is shown.
 */
export class TaiwaLevelTracker extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override usesCatalog = true;
  /** The sections of the built-in catalogue it shows: only those load, and an override is checked over those. */
  static catalogSections = ['levels'] as const;
  /** Its English sections come with the element, as its English strings do: no request before content. */
  static catalogs = { en: { levels: englishLevels } };
  static override strings = {
    ja: () => import('../../i18n/level-tracker/ja.js'),
    en,
  };
  /** The templates, styles and the derivation come with the element's module: they are its content. */
  static override views = trackerViews;
  /** The team view's template: loaded where it shows, beside the records (a member's page never asks for it). */
  static teamViews = () => import('./level-tracker.team.js');
  /** The member view's history (chart and table): loaded after the member's level and ladder are on screen. */
  static historyViews = () => import('./level-tracker.history.js');

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    memberId: { attribute: 'member-id' },
    window: { type: Number },
    assessments: { attribute: false },
    members: { attribute: false },
    loaded: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    revision: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** `member` (one member's ladder and history) or `team`; defaults to `team` for a manager or admin viewer. */
  view: LevelTrackerView | '' = '';
  /** Whose level the member view shows; defaults to a member viewer, else the first member in the data. */
  memberId = '';
  /** How many of a side's most recent 1on1s decide its level (see `src/insights/levels.ts`). */
  window = 3;
  /** Records to show in pure UI mode; inside a provider they are read through the adapter. */
  assessments?: LevelAssessment[];
  /** Display names for member ids; an id without a name shows as the id. */
  members?: Array<{ id: string; name: string }>;

  private loaded?: LevelAssessment[];
  /** The member a manager opened from the team table. */
  protected selected = '';
  private revision = 0;
  declare protected views?: typeof trackerViews;
  /**
   * The team view's template, once loaded (see `teamViews`). Not a state: the records it comes
   * beside render it; it asks for a render itself only when they are already in.
   */
  private teamView?: typeof import('./level-tracker.team.js');
  #teamLoad?: Promise<void>;
  /** The locale whose team texts `#teamLoad` loads. */
  #teamLocale?: Locale;
  /** The history's template and styles, once loaded (see `historyViews`). */
  private historyView?: typeof import('./level-tracker.history.js');
  #historyLoad?: Promise<void>;
  #historyLocale?: Locale;
  private pair?: PairLevel;
  private team?: TeamLevels;
  private memo: readonly unknown[] = [];
  private names: ReadonlyMap<string, string> = new Map();
  /** The provider's people: the names when the host passes none (wp-scim). */
  readonly #people = new PeopleController(this);
  /** Where the focus goes after the next render (the team view's buttons set it; see level-tracker.team.ts). */
  protected focusNext = '';

  /** A level saved by any widget on the page (a check-in) is read again, unless the records are given. */
  protected readonly levelsChanged = new RecordsChangedController(
    this,
    ['level'],
    () => {
      if (!this.assessments) this.revision++;
    },
    ['taiwa-save'],
  );

  /** The view in use: `view`, else from the viewer's role. */
  get currentView(): LevelTrackerView {
    return this.view || (this.viewer && this.viewer.role !== 'member' ? 'team' : 'member');
  }

  // Records given as a property are checked like an adapter's: a bad one is shown, the rest still show.
  protected readonly recordsTask = this.task({
    args: () => {
      const { adapter, viewer, assessments: given } = this;
      return given === undefined && adapter && viewer
        ? ([adapter, viewer.id, this.revision, given] as const)
        : ([undefined, '', 0, given] as const);
    },
    run: async ([adapter, viewerId, , given]) => {
      // The team view's template beside the records, so they show together in one render.
      const team = this.currentView === 'team' ? this.loadTeamView() : undefined;
      if (adapter) return (await Promise.all([this.guarded().then((s) => s!.query('level', { personId: viewerId })), team]))[0];
      if (given) return (await import('../../model/validate.js')).parseRecords('level', given);
      return { records: undefined, errors: [] };
    },
    apply: ({ records, errors }) => {
      this.loaded = records;
      return errors;
    },
  });

  /** Reads the records again through the adapter; resolves when the new data is rendered. */
  async refresh(): Promise<void> {
    this.revision++;
    await this.updateComplete;
  }

  private subjectOf(data: readonly LevelAssessment[]): string {
    const viewer = this.viewer;
    return this.selected || this.memberId || (viewer?.role === 'member' ? viewer.id : '') || data[0]?.memberId || '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const viewer = this.viewer;
    // Without `members`, the names of the people from the provider (wp-scim).
    if (changed.has('members') || !this.members)
      this.names = this.members ? new Map(this.members.map((m) => [m.id, m.name])) : this.#people.names();
    const data = this.loaded ?? [];
    const view = this.currentView;
    const subject = this.subjectOf(data);
    const lib = this.views;
    if (view === 'team') this.loadTeamView();
    const key = [lib, this.teamView, data, this.window, view, subject, viewer?.id, viewer?.role];
    if (!lib || key.every((k, i) => Object.is(k, this.memo[i]))) return;
    this.memo = key;
    const options = { window: this.window };
    // Read from the adapter, a manager's records also hold those where they are someone's member.
    const mine = !this.assessments && viewer?.role === 'manager';
    // The team's levels are computed by the team view's module, once it is in (it is shown with them).
    const team = this.teamView;
    this.team =
      view === 'team' && team
        ? team.teamOf(mine ? data.filter((r) => r.managerId === viewer.id) : data, options, lib.pairLevel)
        : undefined;
    this.pair =
      view === 'team'
        ? this.team?.members.find((m) => m.memberId === subject)
        : lib.pairLevel(
            data.filter((r) => r.memberId === subject),
            options,
          );
  }

  /**
   * Without an adapter the records are given: the first update waits for the team view's template
   * as it waits for the strings, so it renders once, complete.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.adapter || this.teamView || this.currentView !== 'team') return super.scheduleUpdate();
    // Beside the strings and views (the load the base then waits for, started here), not before them.
    const locale = resolveLocale(this, this.lang, undefined);
    void loadBundle(this.constructor as typeof TaiwaLevelTracker, locale).catch(() => undefined);
    return this.loadTeamView(locale).then(() => super.scheduleUpdate());
  }

  /** Loads the team view's template and its texts, once per locale; a failed load is shown and tried again at a later update. */
  private loadTeamView(locale: Locale = this.locale): Promise<void> {
    if (this.#teamLoad && this.#teamLocale === locale) return this.#teamLoad;
    this.#teamLocale = locale;
    return (this.#teamLoad = this.waitFor(
      Promise.all([(this.constructor as typeof TaiwaLevelTracker).teamViews(), loadStrings(locale, teamStrings)]).then(
        ([m]) => {
          m.adopt(this.renderRoot as ShadowRoot, this.views?.styles.styleSheet ?? hostStyles.styleSheet);
          this.teamView = m;
          this.setErrors('team', []);
          if (this.loaded) this.requestUpdate();
        },
        (err: unknown) => {
          this.setErrors('team', [toError(err)]);
          // Asked again by the next update after the one showing the error: at once, the update the
          // error asks for would ask again, and so on (a loop while offline).
          void this.updateComplete.then(() => (this.#teamLoad = undefined));
        },
      ),
    ));
  }

  /**
   * Loads the history's template, once, when the page is quiet after the member's level and ladder
   * are on screen; a failed load is shown and tried again at the next update.
   */
  private loadHistory(): void {
    const locale = this.locale;
    if (this.#historyLoad && this.#historyLocale === locale) return;
    this.#historyLocale = locale;
    this.#historyLoad = this.waitFor(
      // Another locale's texts once it is shown already: at once.
      (this.historyView ? Promise.resolve() : afterContent())
        .then(() => Promise.all([(this.constructor as typeof TaiwaLevelTracker).historyViews(), loadStrings(locale, historyStrings)]))
        .then(
          ([m]) => {
            m.adopt(this.renderRoot as ShadowRoot, this.views?.styles.styleSheet ?? hostStyles.styleSheet);
            this.historyView = m;
            this.setErrors('history', []);
            this.requestUpdate();
          },
          (err: unknown) => {
            this.setErrors('history', [toError(err)]);
            void this.updateComplete.then(() => (this.#historyLoad = undefined));
          },
        ),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The member view shows a pair: its history comes after (see `loadHistory`).
    if (this.pair && !(this.historyView && peekStrings(this.locale, historyStrings)) && (this.currentView !== 'team' || this.selected))
      this.loadHistory();
    const team = this.currentView === 'team' && !this.selected;
    this.setState('team', team);
    this.setState('empty', !this.isLoading && (team ? !!this.team && !this.team.members.length : !this.pair));
    this.teamView?.moveFocus(this as unknown as TeamHost);
  }

  protected override render() {
    const s = this.strings;
    const lib = this.views;
    if (!s || !lib || !this.resolvedCatalog || (!this.loaded && this.isLoading)) return html`${this.renderErrors()}${this.renderLoading()}`;
    const c: ViewContext = { s, levels: this.resolvedCatalog?.levels ?? [], name: (id) => this.names.get(id) ?? id };
    if (this.currentView === 'team' && !this.selected) {
      const team = this.teamView;
      const t = peekStrings(this.locale, teamStrings);
      return html`${this.renderErrors()}${
        team && t && this.team ? team.renderTeam({ ...c, s: { ...s, ...t } }, this.team, helpers) : this.renderLoading()
      }`;
    }
    const subject = this.subjectOf(this.loaded ?? []);
    const other = subject && subject !== this.viewer?.id && (this.selected || this.viewer || this.names.has(subject));
    const title = other ? format(s.memberTitleOf, { name: c.name(subject) }) : s.memberTitle;
    // A member opened from the team view (whose module and texts are in): its way back.
    const team = this.teamView;
    const t = peekStrings(this.locale, teamStrings);
    const back = this.selected && team && t ? team.renderBack(t, html) : nothing;
    const shown = this.historyView;
    const h = peekStrings(this.locale, historyStrings);
    const history = shown && h && ((pair: PairLevel) => shown.renderHistory({ ...c, s: { ...s, ...h } }, pair, this.locale, helpers));
    return html`${this.renderErrors()}${lib.renderMember(c, this.pair, title, back, history)}`;
  }
}
