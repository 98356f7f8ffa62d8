import type { PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import { RecordsChangedController } from '../../core/records-changed-controller.js';
import { pairLevel } from '../../insights/levels.js';
import type en from '../../i18n/team-overview/en.js';
import type { RowLabels } from './team-overview.views.js';
import type { SortDir, SortKey, TeamInputs, TeamRow } from './team-overview.model.js';

/** @internal */
export type Loaded = Required<TeamInputs>;

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
export class TaiwaTeamOverview extends TaiwaPartElement<typeof en> {
  static override strings = {
    ja: () => import('../../i18n/team-overview/ja.js'),
    en: () => import('../../i18n/team-overview/en.js'),
  };
  /** Its read, rows, templates and handlers (team-overview.part.ts) load with its strings, at its first connect. */
  static override views = () => import('./team-overview.part.js');

  static override properties: PropertyDeclarations = {
    members: { attribute: false },
    managerId: { attribute: 'manager-id' },
    timeZone: { attribute: 'time-zone' },
    now: { attribute: false },
    records: { attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are not in
  // `properties`: the manifest's analyzer would list each there as a public field. Those the class
  // sets itself are made here; the part's own (its `states`) are made before its setup.
  static {
    for (const name of ['revision']) this.createProperty(name, { state: true });
    this.finalize();
  }

  /** The direct reports, in the order to show them; without it, every member the records name. */
  members?: Array<{ id: string; name: string }>;
  /** The manager whose team this is; defaults to the viewer. */
  managerId = '';
  /** The IANA time zone dates and days are counted in; defaults to the browser's. */
  timeZone = '';
  /** The clock (ms); defaults to the time of each read. */
  now?: number;
  /** Records to show in pure UI mode; inside a provider they are read through the adapter. */
  records?: Partial<TeamInputs>;

  /** @internal */
  declare loaded?: Loaded;
  /** @internal */
  declare sortKey: SortKey;
  /** @internal */
  declare sortDir: SortDir;
  /** @internal Raised to read again (a record saved elsewhere on the page, `refresh()`). */
  revision = 0;
  declare protected views?: typeof import('./team-overview.part.js');
  /** @internal Derived once per data: each member's row. */
  declare derived: Map<string, TeamRow>;
  /** @internal */
  declare rows: TeamRow[];
  /** @internal */
  declare sorted: TeamRow[];
  /** @internal */
  declare labelled: RowLabels[];
  /** @internal */
  declare labelMemo: readonly unknown[];
  /** @internal */
  declare labelledFrom: TeamRow[];
  /** @internal Each member's formatted row, kept while its derived row, its name and the locale stay. */
  declare labelCache: Map<string, { src: TeamRow | undefined; name: string; labels: RowLabels }>;
  /** @internal */
  declare memo: readonly unknown[];
  /** @internal */
  declare dates?: Intl.DateTimeFormat;
  /** @internal */
  declare datesKey: string;

  /**
   * @internal The level of each pair, for the part: the page's other level views hold insights/levels.ts
   * already, and a part that imported it would make it a file of its own before their content.
   */
  readonly pairLevel = pairLevel;

  protected readonly changed = new RecordsChangedController(this, ['session', 'agenda', 'action', 'level', 'series'], () => {
    if (!this.records) this.revision++;
  });

  /** Reads the records again; resolves when the new data is rendered. */
  async refresh(): Promise<void> {
    this.revision++;
    await this.updateComplete;
  }
}
