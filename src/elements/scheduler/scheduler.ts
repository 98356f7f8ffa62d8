import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaiwaElement } from '../../core/base-element.js';
import { hostStyles } from '../../core/styles.js';
import { format } from '../../core/locale.js';
import { TaiwaScheduleEvent } from '../../events/schedule.js';
import type { ScheduleRequestDetail } from '../../events/schedule-request.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import { latest } from '../../model/records.js';
import type { Series, Session } from '../../model/schemas.js';
import en from '../../i18n/scheduler/en.js';
import type { FormView, S } from './scheduler.views.js';
import type { Person } from './scheduler.model.js';
import type { Plan } from './scheduler.plan.js';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Schedules a 1on1 between a member and their manager, from either side: a new one (once, or every
 * N weeks as a `series`), or, with `session-id`, moving it (its `sequence` raised) or cancelling it
 * (`cancelledAt` set; it stays in the history). Every change first fires a cancelable
 * `taiwa-schedule` with the records and the `.ics` text, so a host can route it to Outlook, Google
 * Calendar or Teams instead; otherwise it is stored through the adapter and offered as an `.ics`
 * download (a Blob URL) for any calendar.
 *
 * @tag taiwa-scheduler
 * @summary Create, move or cancel a 1on1, set how often it repeats, and get its `.ics`.
 *
 * @event {TaiwaScheduleEvent} taiwa-schedule - Once per 1on1 created, moved or cancelled (and per series set or ended), before it is stored; `detail: { action, session?, series?, ics, request? }`. `preventDefault()` stores nothing.
 * @event {TaiwaSaveEvent} taiwa-save - After a session or series was stored.
 * @event {TaiwaErrorEvent} taiwa-error - A failed read or write; `detail: { error }`.
 *
 * @csspart base - The form.
 * @csspart title - The heading.
 * @csspart note - Said in the browser-only mode: sharing needs a backend.
 * @csspart field - A label with its input.
 * @csspart input - A date, time or select input.
 * @csspart invalid - Why the form cannot be sent.
 * @csspart button - Every button; also `submit`, `cancel`, `confirm-yes`, `confirm-no`, `end-series`.
 * @csspart confirm - The cancel confirmation.
 * @csspart series - What the pair's cadence is now.
 * @csspart series-change - Said when the pair has an open series: a repeat changes it (one series per pair).
 * @csspart status - What happened, read out by screen readers.
 * @csspart download - The `.ics` link.
 * @csspart loading - Shown while strings or records load.
 * @csspart error - The error message.
 *
 * @cssstate loading - Strings or records are loading.
 * @cssstate error - An error is shown.
 */
export class TaiwaScheduler extends TaiwaElement<typeof en> {
  static override styles = hostStyles;
  static override strings = {
    ja: () => import('../../i18n/scheduler/ja.js'),
    en,
  };
  static override views = () => import('./scheduler.views.js');

  /** The 1on1 to move or cancel; without it the form schedules a new one. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** The member of the pair; defaults to a member viewer. */
  @property({ attribute: 'member-id' }) memberId = '';
  /** The manager of the pair; defaults to a manager viewer. */
  @property({ attribute: 'manager-id' }) managerId = '';
  /** The IANA time zone the form's times are in and the `.ics` TZID; defaults to the browser's. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** The domain that makes the `.ics` UIDs unique; defaults to the page's host name. */
  @property() domain = '';
  /** Names and e-mail addresses for people ids (the `.ics` ORGANIZER and ATTENDEE). */
  @property({ attribute: false }) people?: Person[];
  /** The clock (ms); defaults to now. For tests and demos. */
  @property({ attribute: false }) now?: number;

  @state() private session?: Session;
  @state() private series?: Series;
  /** The pair's 1on1s as read. */
  private sessions: Session[] = [];
  @state() private invalid = '';
  @state() private confirming = false;
  @state() private busy = false;
  @state() private message = '';
  @state() private link?: FormView['link'];
  @state() private request?: ScheduleRequestDetail;
  declare protected views?: typeof import('./scheduler.views.js');
  #url = '';

  protected readonly loadTask = this.task({
    args: () => [this.adapter, this.viewer?.id ?? '', this.sessionId, this.memberId, this.managerId] as const,
    skip: ([adapter, viewerId]) => !adapter || !viewerId,
    run: async ([, viewerId, sessionId]) => {
      const g = (await this.guarded())!;
      // The viewer's 1on1s too: a series' file carries every moved or cancelled 1on1 of it.
      const [sessions, series, mine] = await Promise.all([
        sessionId ? g.query('session', { sessionId }) : Promise.resolve({ records: [], errors: [] }),
        g.query('series', { personId: viewerId }),
        g.query('session', { personId: viewerId }),
      ]);
      return {
        session: latest(sessions.records.filter((s) => s.id === sessionId)),
        series: series.records,
        mine: mine.records,
        errors: [...sessions.errors, ...series.errors, ...mine.errors],
      };
    },
    apply: ({ session, series, mine, errors }) => {
      this.session = session;
      const pair = this.pair(session);
      const ours = <T extends Session | Series>(list: T[]) =>
        list.filter((x) => x.memberId === pair.memberId && x.managerId === pair.managerId);
      this.sessions = ours(mine);
      // The pair's open series, else the last one that ended.
      const theirs = ours(series);
      this.series = latest(theirs.filter((x) => !x.endedAt)) ?? latest(theirs);
      return errors;
    },
  });

  /**
   * Answers a `taiwa-schedule-request`: the form schedules a new 1on1 for that pair on that day
   * (at 10:00, changeable), and its `taiwa-schedule` carries the request and its topics.
   */
  answer(request: ScheduleRequestDetail): void {
    this.request = request;
    this.sessionId = '';
    this.session = undefined;
    this.memberId = request.memberId;
    if (request.managerId) this.managerId = request.managerId;
    this.message = '';
    this.link = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = '';
  }

  private get clock(): number {
    return this.now ?? Date.now();
  }

  private get zone(): string {
    return this.timeZone || this.session?.timeZone || browserZone();
  }

  private pair(session = this.session): { memberId: string; managerId: string } {
    const v = this.viewer;
    return {
      memberId: this.memberId || session?.memberId || (v?.role === 'member' ? v.id : ''),
      managerId: this.managerId || session?.managerId || (v?.role === 'manager' ? v.id : ''),
    };
  }

  private when(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: this.zone }).format(Date.parse(iso));
  }

  private icsContext(s: S) {
    const domain = this.domain || (typeof location !== 'undefined' && location.hostname) || 'taiwa.localhost';
    return this.views!.icsContextOf(s, this.pair(), this.viewer?.id, this.people ?? [], domain, this.clock);
  }

  /** Fires `taiwa-schedule`; unless the host took it, stores the records. Then offers the `.ics`. */
  private async commit(plan: Plan, done: string): Promise<void> {
    const s = this.strings!;
    const { action, records, ics } = plan;
    const event = new TaiwaScheduleEvent({
      action,
      ...records,
      ics,
      ...(this.request && action !== 'end-series' ? { request: this.request } : {}),
    });
    this.dispatchEvent(event);
    if (!event.defaultPrevented && this.adapter) {
      this.busy = true;
      try {
        const g = (await this.guarded())!;
        if (records.series) this.series = await g.put('series', records.series);
        if (records.session) this.session = await g.put('session', records.session);
        this.setErrors('save', []);
      } catch (err) {
        this.setErrors('save', [err instanceof Error ? err : new Error(String(err))]);
        return;
      } finally {
        this.busy = false;
      }
      if (records.series) this.dispatchEvent(new TaiwaSaveEvent('series', this.series!));
      if (records.session) this.dispatchEvent(new TaiwaSaveEvent('session', this.session!));
    } else if (!event.defaultPrevented) {
      // Pure UI mode: nothing to store in, but the form follows the change.
      if (records.series) this.series = records.series;
      if (records.session) this.session = records.session;
    }
    if (records.session && !event.defaultPrevented)
      this.sessions = [...this.sessions.filter((x) => x.id !== records.session!.id), this.session!];
    this.message = event.defaultPrevented ? s.handedOff : done;
    this.request = undefined;
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    this.link = { href: this.#url, name: `1on1-${plan.fileId}.ics`, label: plan.file === 'series' ? s.downloadSeries : s.download };
  }

  private readonly handleSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const s = this.strings;
    const lib = this.views;
    if (!s || !lib || this.busy) return;
    const data = new FormData(e.target as HTMLFormElement);
    const start = lib.startFrom(String(data.get('date') ?? ''), String(data.get('time') ?? ''), this.zone);
    const minutes = Number(data.get('minutes')) || lib.DEFAULT_MINUTES;
    this.invalid = !start ? s.needDateTime : Date.parse(start) <= this.clock ? s.inPast : '';
    const pair = this.pair();
    if (!this.invalid && (!pair.memberId || !pair.managerId)) this.invalid = s.needPartner;
    if (this.invalid) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus());
      return;
    }
    const c = this.icsContext(s);
    if (this.session && !this.session.cancelledAt) {
      const plan = lib.planMove(this.session, start!, minutes, this.zone, this.clock, this.series, this.sessions, c);
      void this.waitFor(this.commit(plan, format(s.moved, { date: this.when(start!) })));
      return;
    }
    const everyWeeks = Number(data.get('repeat')) || 0;
    const input = { ...pair, start: start!, timeZone: this.zone, durationMinutes: minutes, everyWeeks, now: this.clock };
    const plan = lib.planCreate(input, this.series, c);
    void this.waitFor(this.commit(plan, format(s.created, { date: this.when(start!) })));
  };

  private readonly handleCancel = () => {
    this.confirming = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="confirm-no"]')?.focus());
  };

  private readonly handleKeep = () => {
    this.confirming = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="cancel"]')?.focus());
  };

  private readonly handleConfirm = () => {
    const s = this.strings!;
    const lib = this.views!;
    if (!this.session) return;
    this.confirming = false;
    const plan = lib.planCancel(this.session, this.clock, this.series, this.sessions, this.icsContext(s), this.zone);
    void this.waitFor(this.commit(plan, s.wasCancelled)).then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="download"]')?.focus(),
    );
  };

  private readonly handleEndSeries = () => {
    const s = this.strings!;
    const lib = this.views!;
    if (!this.series) return;
    void this.waitFor(this.commit(lib.planEnd(this.series, this.clock, this.sessions, this.icsContext(s)), s.seriesStopped));
  };

  protected override render() {
    const s = this.strings;
    const lib = this.views;
    if (!s || !lib || (this.isLoading && !this.hasUpdated)) return html`${this.renderErrors()}${this.renderLoading()}`;
    if (this.sessionId && !this.session && !this.isLoading && this.adapter)
      return html`${this.renderErrors()}${this.renderEmpty(s.notFound)}`;
    const session = this.session;
    const mode: FormView['mode'] = !session ? 'create' : session.cancelledAt ? 'cancelled' : 'reschedule';
    const at = session?.scheduledAt ? this.when(session.scheduledAt) : '';
    const partner = this.pair();
    const otherId = this.viewer?.id === partner.managerId ? partner.memberId : partner.managerId;
    const otherName = otherId ? this.people?.find((p) => p.id === otherId)?.name : undefined;
    const title = lib.titleOf(s, mode, at, otherName);
    const series = this.series;
    const seriesText = lib.seriesTextOf(s, series, (iso) => this.when(iso));
    const view: FormView = {
      s,
      title,
      mode,
      ...lib.formDefaults(this.session, this.series, this.clock, this.zone),
      ...(this.request && !session && /^\d{4}-\d{2}-\d{2}$/.test(this.request.date) ? { date: this.request.date } : {}),
      zone: this.zone,
      invalid: this.invalid,
      confirming: this.confirming,
      seriesText,
      canEndSeries: !!series && !series.endedAt,
      ...(series && !series.endedAt ? { openSeriesWeeks: series.everyWeeks } : {}),
      message: this.message,
      ...(this.link ? { link: this.link } : {}),
      localOnly: this.adapter?.local === true,
      busy: this.busy,
      on: {
        submit: this.handleSubmit,
        cancel: this.handleCancel,
        confirm: this.handleConfirm,
        keep: this.handleKeep,
        endSeries: this.handleEndSeries,
      },
    };
    return html`${this.renderErrors()}${lib.renderForm(view)}`;
  }
}
