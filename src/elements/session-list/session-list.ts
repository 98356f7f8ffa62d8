import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaElement } from '../../core/base-element.js';
import { RecordsChangedController } from '../../core/records-changed-controller.js';
import { hostStyles } from '../../core/styles.js';
import { TaiwaNavigateEvent, type NavigateStep } from '../../events/navigate.js';
import type { Agenda, Feedback, LevelAssessment, Session } from '../../model/schemas.js';
import en from '../../i18n/session-list/en.js';
import type { ListContext, S } from './session-list.views.js';
import type { SessionRow, SessionRows } from './session-list.model.js';
import { ReminderController } from './session-list.reminders.js';
import type { RemindedMeeting } from '../../calendar/reminders.js';

interface Loaded {
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
export class TaiwaSessionList extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override strings = {
    ja: () => import('../../i18n/session-list/ja.js'),
    en,
  };
  static override views = () => import('./session-list.views.js');

  /** A link per step for hosts that route by link: `{sessionId}` and `{step}` are filled in, e.g. `/1on1/{sessionId}/{step}`. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';
  /** Only the 1on1s with this partner (a manager's view of one member). */
  @property({ attribute: 'partner-id' }) partnerId = '';
  /** How many past 1on1s show at first, and how many more each "show earlier" adds. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 5;
  /** The IANA time zone dates are shown in; defaults to the browser's. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** Display names for people ids; an id without a name shows as the id. */
  @property({ attribute: false }) people?: Array<{ id: string; name: string }>;
  /** The instant that splits upcoming from past (ms); defaults to the time of each read. */
  @property({ attribute: false }) now?: number;
  /** Records to show in pure UI mode (with `viewer-id`); inside a provider they are read through the adapter. */
  @property({ attribute: false }) records?: Partial<Loaded>;
  /** Fire `taiwa-reminder` the day before each upcoming 1on1 and on its day, once across tabs. */
  @property({ type: Boolean }) reminders = false;
  /** Whose 1on1s to show in pure UI mode; inside a provider, the viewer's. */
  @property({ attribute: 'viewer-id' }) viewerId = '';

  @state() private loaded?: Loaded;
  @state() private shown = 0;
  @state() private revision = 0;
  declare protected views?: typeof import('./session-list.views.js');
  private rows?: SessionRows;
  private memo: readonly unknown[] = [];
  private names = new Map<string, string>();
  private whenFormat?: Intl.DateTimeFormat;
  private whenKey = '';
  private focusIndex = -1;

  protected readonly changed = new RecordsChangedController(this, ['session', 'agenda', 'feedback', 'level'], () => {
    if (!this.records) this.revision++;
  });

  private meetings?: RemindedMeeting[];
  protected readonly reminderController = new ReminderController(this, {
    enabled: () => this.reminders,
    viewerId: () => this.subject,
    meetings: () => this.meetings,
    timeZone: () => this.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    now: () => this.now ?? Date.now(),
    waitFor: (work) => this.waitFor(work),
  });

  protected readonly recordsTask = this.task({
    args: () => [this.adapter, this.viewer?.id ?? '', this.revision, this.records] as const,
    skip: ([adapter, viewerId, , given]) => !given && (!adapter || !viewerId),
    run: async ([, viewerId, , given]) => {
      if (given) {
        const { parseRecords } = await import('../../model/validate.js');
        const [s, a, f, l] = [
          parseRecords('session', given.sessions ?? []),
          parseRecords('agenda', given.agendas ?? []),
          parseRecords('feedback', given.feedback ?? []),
          parseRecords('level', given.levels ?? []),
        ];
        return {
          data: { sessions: s.records, agendas: a.records, feedback: f.records, levels: l.records },
          errors: [...s.errors, ...a.errors, ...f.errors, ...l.errors],
        };
      }
      const g = (await this.guarded())!;
      const q = { personId: viewerId };
      const [s, a, f, l] = await Promise.all([g.query('session', q), g.query('agenda', q), g.query('feedback', q), g.query('level', q)]);
      return {
        data: { sessions: s.records, agendas: a.records, feedback: f.records, levels: l.records },
        errors: [...s.errors, ...a.errors, ...f.errors, ...l.errors],
      };
    },
    apply: ({ data, errors }) => {
      this.loaded = data;
      return errors;
    },
  });

  /** Reads the records again; resolves when the new data is rendered. */
  async refresh(): Promise<void> {
    this.revision++;
    await this.updateComplete;
  }

  private get subject(): string {
    return this.viewer?.id ?? this.viewerId;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('people')) this.names = new Map((this.people ?? []).map((p) => [p.id, p.name]));
    if (this.shown === 0 || changed.has('pageSize')) this.shown = Math.max(1, this.pageSize);
    const lib = this.views;
    const key = [lib, this.loaded, this.subject, this.partnerId, this.now];
    if (!lib || !this.loaded || key.every((k, i) => Object.is(k, this.memo[i]))) return;
    this.memo = key;
    this.rows = lib.sessionRows(this.subject, this.loaded, this.now ?? Date.now(), this.partnerId);
    this.meetings = this.rows.upcoming.map((r) => ({ id: r.session.id, start: new Date(r.at).toISOString(), cancelled: r.cancelled }));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('empty', !!this.rows && !this.rows.upcoming.length && !this.rows.past.length);
    if (this.focusIndex >= 0) {
      // After "show earlier", focus goes to the first newly shown 1on1's step (or the 1on1 itself).
      const items = this.renderRoot.querySelectorAll<HTMLElement>('section:last-of-type [part="session"]');
      const target = items[this.focusIndex];
      this.focusIndex = -1;
      const step = target?.querySelector<HTMLElement>('[part="step"]');
      if (step) step.focus();
      else if (target) {
        target.tabIndex = -1;
        target.focus();
      }
    }
  }

  private readonly handleStep = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    const step = el.dataset['step'] as NavigateStep;
    const sessionId = el.dataset['session'] ?? '';
    const memberId = el.dataset['member'];
    const event = new TaiwaNavigateEvent({ step, sessionId, ...(memberId ? { memberId } : {}) });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  };

  private readonly handleMore = () => {
    this.focusIndex = this.shown;
    this.shown += Math.max(1, this.pageSize);
  };

  private when(ms: number): string {
    const zone = this.timeZone || undefined;
    const key = `${this.locale}/${zone ?? ''}`;
    if (!this.whenFormat || this.whenKey !== key) {
      this.whenKey = key;
      try {
        this.whenFormat = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
      } catch {
        this.whenFormat = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
      }
    }
    return this.whenFormat.format(ms);
  }

  private context(s: S): ListContext {
    const lib = this.views!;
    const template = this.hrefTemplate;
    return {
      s,
      when: (ms) => this.when(ms),
      name: (id) => this.names.get(id) ?? id,
      href: (r: SessionRow) => (template && r.step ? lib.hrefFor(template, r.session.id, r.step) : ''),
      onStep: this.handleStep,
    };
  }

  protected override render() {
    const s = this.strings;
    const lib = this.views;
    if (!s || !lib || (!this.rows && this.isLoading)) return html`${this.renderErrors()}${this.renderLoading()}`;
    const rows = this.rows ?? { upcoming: [], past: [] };
    const localOnly = !this.records && this.adapter?.local === true;
    return html`${this.renderErrors()}${lib.renderList(this.context(s), rows, this.shown, this.handleMore, localOnly)}`;
  }
}
