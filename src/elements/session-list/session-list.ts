import type { PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import { RecordsChangedController } from '../../core/records-changed-controller.js';
import type { Agenda, Feedback, LevelAssessment, Session } from '../../model/schemas.js';
import type en from '../../i18n/session-list/en.js';
import type { SessionRows } from './session-list.model.js';
import type { ReminderController } from './session-list.reminders.js';

/** @internal The records the list shows. */
export interface Loaded {
  sessions: Session[];
  agendas: Agenda[];
  feedback: Feedback[];
  levels: LevelAssessment[];
}

/**
 * The viewer's 1on1s: the upcoming ones (the next first) and the past ones (latest first, paged),
 * each with its date and time in the viewer's zone, the partner, its state (agenda shared, rated,
 * reflected, level answered, overdue, cancelled) and the viewer's next step (prepare, rate,
 * reflect). A step fires `taiwa-navigate`; with `href-template` it is also a link. Inside a provider
 * it reads the records through the adapter and refreshes when a widget on the page saves one.
 *
 * @tag taiwa-session-list
 * @summary The viewer's upcoming and past 1on1s, each with its state and the viewer's next step.
 *
 * @event {TaiwaNavigateEvent} taiwa-navigate - The viewer chose a step; `detail: { step, sessionId, memberId }`. Cancelable: `preventDefault()` stops a link from being followed.
 * @event {TaiwaReminderEvent} taiwa-reminder - With `reminders`: a 1on1 is tomorrow or today; once per reminder across every tab; `detail` is the `Reminder`.
 * @event {TaiwaErrorEvent} taiwa-error - Bad records or a failed read; `detail: { error }`.
 *
 * @csspart base - The list's wrapper.
 * @csspart heading - The "Upcoming" and "Past" headings.
 * @csspart list - A list of 1on1s, an `<ol>`.
 * @csspart session - One 1on1.
 * @csspart time - Its date and time, a `<time>`.
 * @csspart partner - The partner's name.
 * @csspart states - Its states, a `<ul>`.
 * @csspart state - One state.
 * @csspart step - The viewer's next step: a button, or a link with `href-template`.
 * @csspart count - How many past 1on1s are shown.
 * @csspart more - "Show earlier".
 * @csspart note - Said in the browser-only mode: sharing needs a backend.
 * @csspart empty - Shown when there is nothing to list.
 * @csspart loading - Shown while strings or records load.
 * @csspart error - The error message.
 *
 * @cssstate loading - Strings or records are loading.
 * @cssstate error - An error is shown.
 * @cssstate empty - There are no 1on1s.
 */
export class TaiwaSessionList extends TaiwaPartElement<typeof en> {
  static override strings = {
    ja: () => import('../../i18n/session-list/ja.js'),
    en: () => import('../../i18n/session-list/en.js'),
  };
  /** Its read, rows, templates, handlers and reminders (session-list.part.ts) load with its strings, at its first connect. */
  static override views = () => import('./session-list.part.js');

  static override properties: PropertyDeclarations = {
    hrefTemplate: { attribute: 'href-template' },
    partnerId: { attribute: 'partner-id' },
    pageSize: { type: Number, attribute: 'page-size' },
    timeZone: { attribute: 'time-zone' },
    people: { attribute: false },
    now: { attribute: false },
    records: { attribute: false },
    reminders: { type: Boolean },
    viewerId: { attribute: 'viewer-id' },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are not in
  // `properties`: the manifest's analyzer would list each there as a public field. Those the class
  // sets itself are made here; the part's own (its `states`) are made before its setup.
  static {
    for (const name of ['revision']) this.createProperty(name, { state: true });
    this.finalize();
  }

  /** A link per step for hosts that route by link: `{sessionId}` and `{step}` are filled in, e.g. `/1on1/{sessionId}/{step}`. */
  hrefTemplate = '';
  /** Only the 1on1s with this partner (a manager's view of one member). */
  partnerId = '';
  /** How many past 1on1s show at first, and how many more each "show earlier" adds. */
  pageSize = 5;
  /** The IANA time zone dates are shown in; defaults to the browser's. */
  timeZone = '';
  /** Display names for people ids; an id without a name shows as the id. */
  people?: Array<{ id: string; name: string }>;
  /** The instant that splits upcoming from past (ms); defaults to the time of each read. */
  now?: number;
  /** Records to show in pure UI mode (with `viewer-id`); inside a provider they are read through the adapter. */
  records?: Partial<Loaded>;
  /** Fire `taiwa-reminder` the day before each upcoming 1on1 and on its day, once across tabs. */
  reminders = false;
  /** Whose 1on1s to show in pure UI mode; inside a provider, the viewer's. */
  viewerId = '';

  /** @internal */
  declare loaded?: Loaded;
  /** @internal How many past 1on1s show. */
  declare shown: number;
  /** @internal Raised to read again (a record saved elsewhere on the page, `refresh()`). */
  revision = 0;
  declare protected views?: typeof import('./session-list.part.js');
  /** @internal The rows derived from `loaded`, with what they were derived from. */
  declare rows?: SessionRows;
  /** @internal */
  declare memo: readonly unknown[];
  /** @internal */
  declare names: Map<string, string>;
  /** @internal */
  declare whenFormat?: Intl.DateTimeFormat;
  /** @internal */
  declare whenKey: string;
  /** @internal After "show earlier": the index of the first newly shown 1on1, to focus. */
  declare focusIndex: number;
  /** @internal Made by the part (the reminders come with it). */
  declare reminderController?: ReminderController;

  protected readonly changed = new RecordsChangedController(this, ['session', 'agenda', 'feedback', 'level'], () => {
    if (!this.records) this.revision++;
  });

  /** Reads the records again; resolves when the new data is rendered. */
  async refresh(): Promise<void> {
    this.revision++;
    await this.updateComplete;
  }
}
