import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaElement } from '../../core/base-element.js';
import { RecordsChangedController } from '../../core/records-changed-controller.js';
import { hostStyles } from '../../core/styles.js';
import { TaiwaNavigateEvent, type NavigateStep } from '../../events/navigate.js';
import type { TaiwaDataError } from '../../model/errors.js';
import en from '../../i18n/team-overview/en.js';
import type { OverviewContext, RowLabels, S } from './team-overview.views.js';
import type { SortDir, SortKey, TeamInputs, TeamRow } from './team-overview.model.js';

type Loaded = Required<TeamInputs>;
const KINDS = ['session', 'agenda', 'action', 'level', 'series'] as const;
const FIELDS = { session: 'sessions', agenda: 'agendas', action: 'actions', level: 'levels', series: 'series' } as const;

/**
 * A manager's direct reports on one screen: per member the last and next 1on1, days since the last
 * one (flagged when the pair is past its cadence), whether the next agenda is shared, open action
 * items, the level with its trend, and where the member's and the manager's views of the level
 * differ. A real table with sortable columns (`aria-sort`), stacked into one card per member under
 * about 600 px. Inside a provider it reads the manager's records through the adapter.
 *
 * @tag taiwa-team-overview
 * @summary Every direct report at a glance: 1on1s, agendas, open action items and levels.
 *
 * @event {TaiwaNavigateEvent} taiwa-navigate - A member's last or next 1on1 was chosen; `detail: { step, sessionId, memberId }` (`reflect` for the last, `prepare` for the next).
 * @event {TaiwaErrorEvent} taiwa-error - Bad records or a failed read; `detail: { error }`.
 *
 * @csspart base - The wrapper.
 * @csspart table - The table.
 * @csspart column - A column header.
 * @csspart sort - A column's sort button.
 * @csspart open - A last or next 1on1's date, as a button that opens it.
 * @csspart row - One member's row.
 * @csspart name - The member's name (the row header).
 * @csspart days - Days since the last 1on1.
 * @csspart shared - Whether the next agenda is shared.
 * @csspart actions - How many action items are open.
 * @csspart level - The level and its trend.
 * @csspart gap - The two views of the level, where they differ.
 * @csspart note - Said in the browser-only mode: sharing needs a backend.
 * @csspart empty - Shown when there are no members.
 * @csspart loading - Shown while strings or records load.
 * @csspart error - The error message.
 *
 * @cssstate loading - Strings or records are loading.
 * @cssstate error - An error is shown.
 * @cssstate empty - There are no members.
 */
export class TaiwaTeamOverview extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override strings = {
    ja: () => import('../../i18n/team-overview/ja.js'),
    en,
  };
  static override views = () => import('./team-overview.views.js');

  /** The direct reports, in the order to show them; without it, every member the records name. */
  @property({ attribute: false }) members?: Array<{ id: string; name: string }>;
  /** The manager whose team this is; defaults to the viewer. */
  @property({ attribute: 'manager-id' }) managerId = '';
  /** The IANA time zone dates and days are counted in; defaults to the browser's. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** The clock (ms); defaults to the time of each read. */
  @property({ attribute: false }) now?: number;
  /** Records to show in pure UI mode; inside a provider they are read through the adapter. */
  @property({ attribute: false }) records?: Partial<TeamInputs>;

  @state() private loaded?: Loaded;
  @state() private sortKey: SortKey = 'days';
  @state() private sortDir: SortDir = 'descending';
  @state() private revision = 0;
  declare protected views?: typeof import('./team-overview.views.js');
  private derived = new Map<string, TeamRow>();
  private rows: TeamRow[] = [];
  private sorted: TeamRow[] = [];
  private labelled: RowLabels[] = [];
  private labelMemo: readonly unknown[] = [];
  private labelledFrom: TeamRow[] = [];
  /** Each member's formatted row, kept while its derived row, its name and the locale stay. */
  private labelCache = new Map<string, { src: TeamRow | undefined; name: string; labels: RowLabels }>();
  private memo: readonly unknown[] = [];
  private dates?: Intl.DateTimeFormat;
  private datesKey = '';

  protected readonly changed = new RecordsChangedController(this, [...KINDS], () => {
    if (!this.records) this.revision++;
  });

  protected readonly recordsTask = this.task({
    args: () => [this.adapter, this.viewer?.id ?? '', this.revision, this.records] as const,
    skip: ([adapter, viewerId, , given]) => !given && (!adapter || !viewerId),
    run: async ([, viewerId, , given]) => {
      const out = { sessions: [], agendas: [], actions: [], levels: [], series: [] } as unknown as Loaded;
      const errors: TaiwaDataError[] = [];
      if (given) {
        const { parseRecords } = await import('../../model/validate.js');
        for (const kind of KINDS) {
          const r = parseRecords(kind, given[FIELDS[kind]] ?? []);
          (out as Record<string, unknown>)[FIELDS[kind]] = r.records;
          errors.push(...r.errors);
        }
        return { out, errors };
      }
      const g = (await this.guarded())!;
      const answers = await Promise.all(KINDS.map((kind) => g.query(kind, { personId: viewerId })));
      KINDS.forEach((kind, i) => {
        (out as Record<string, unknown>)[FIELDS[kind]] = answers[i]!.records;
        errors.push(...answers[i]!.errors);
      });
      return { out, errors };
    },
    apply: ({ out, errors }) => {
      this.loaded = out;
      return errors;
    },
  });

  /** Reads the records again; resolves when the new data is rendered. */
  async refresh(): Promise<void> {
    this.revision++;
    await this.updateComplete;
  }

  private get zone(): string {
    return this.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const lib = this.views;
    const manager = this.managerId || this.viewer?.id || '';
    // Derived once per data; the members list only names, orders and picks the rows.
    const key = [lib, this.loaded, manager, this.now, this.zone];
    if (lib && this.loaded && !key.every((k, i) => Object.is(k, this.memo[i]))) {
      this.memo = key;
      this.derived = new Map(lib.teamRows(manager, this.loaded, this.now ?? Date.now(), this.zone).map((r) => [r.memberId, r]));
      this.labelCache.clear();
      this.sorted = [];
    }
    if (lib && (!this.sorted.length || changed.has('members'))) {
      this.rows = lib.rowsOf(this.derived, this.members);
      this.sorted = [];
    }
    if (lib && (!this.sorted.length || changed.has('sortKey') || changed.has('sortDir')))
      this.sorted = lib.sortRows(this.rows, this.sortKey, this.sortDir);
    // The cells' text once per member's data and locale: a new members list or a sort binds it.
    const s = this.strings as S | undefined;
    const labels = [s, this.locale, this.zone];
    const sameTexts = labels.every((k, i) => Object.is(k, this.labelMemo[i]));
    if (lib && s && (this.labelledFrom !== this.sorted || !sameTexts)) {
      if (!sameTexts) this.labelCache.clear();
      this.labelMemo = labels;
      this.labelledFrom = this.sorted;
      this.labelled = this.sorted.map((r) => {
        const src = this.derived.get(r.memberId);
        const hit = this.labelCache.get(r.memberId);
        if (hit && hit.src === src && hit.name === r.name) return hit.labels;
        const made = lib.labelRows(s, (ms) => this.date(ms), [r])[0]!;
        this.labelCache.set(r.memberId, { src, name: r.name, labels: made });
        return made;
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('empty', !!this.loaded && this.rows.length === 0);
  }

  private readonly handleSort = (e: Event) => {
    const key = (e.currentTarget as HTMLElement).dataset['key'] as SortKey;
    if (key === this.sortKey) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDir = 'ascending';
    }
  };

  constructor() {
    super();
    // One listener for every row's open buttons (50 rows, one handler); Enter and Space are clicks too.
    this.addEventListener('click', this.handleOpen);
  }

  private readonly handleOpen = (e: Event) => {
    const button = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.matches('button[data-session]'));
    if (!button) return;
    const memberId = button.closest<HTMLElement>('tr')?.dataset['member'];
    const detail = {
      step: button.dataset['step'] as NavigateStep,
      sessionId: button.dataset['session']!,
      ...(memberId ? { memberId } : {}),
    };
    this.dispatchEvent(new TaiwaNavigateEvent(detail));
  };

  private date(ms: number): string {
    const key = `${this.locale}/${this.zone}`;
    if (!this.dates || this.datesKey !== key) {
      this.datesKey = key;
      this.dates = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: this.zone });
    }
    return this.dates.format(ms);
  }

  protected override render() {
    const s = this.strings as S | undefined;
    const lib = this.views;
    if (!s || !lib || (!this.loaded && this.isLoading)) return html`${this.renderErrors()}${this.renderLoading()}`;
    const c: OverviewContext = { s, sort: { key: this.sortKey, dir: this.sortDir }, onSort: this.handleSort };
    const localOnly = !this.records && this.adapter?.local === true;
    return html`${this.renderErrors()}${lib.renderOverview(c, this.labelled, localOnly)}`;
  }
}
