import type { PropertyDeclarations } from 'lit';
import { TaiwaPartElement } from '../../core/part-element.js';
import type { ScheduleRequestDetail } from '../../events/schedule-request.js';
import { TaiwaSaveEvent } from '../../events/save.js';
import type { Series, Session } from '../../model/schemas.js';
import type en from '../../i18n/scheduler/en.js';
import type { FormView } from './scheduler.views.js';
import type { Person } from './scheduler.model.js';

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
export class TaiwaScheduler extends TaiwaPartElement<typeof en> {
  static override strings = {
    ja: () => import('../../i18n/scheduler/ja.js'),
    en: () => import('../../i18n/scheduler/en.js'),
  };
  /** Its read, handlers and templates (scheduler.part.ts) load with its strings, at its first connect. */
  static override views = () => import('./scheduler.part.js');

  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id' },
    memberId: { attribute: 'member-id' },
    managerId: { attribute: 'manager-id' },
    timeZone: { attribute: 'time-zone' },
    domain: {},
    people: { attribute: false },
    now: { attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's). The internal states are not in
  // `properties`: the manifest's analyzer would list each there as a public field. Those the class
  // sets itself are made here; the part's own (its `states`) are made before its setup.
  static {
    for (const name of ['session', 'message', 'link', 'request']) this.createProperty(name, { state: true });
    this.finalize();
  }

  /** The 1on1 to move or cancel; without it the form schedules a new one. */
  sessionId = '';
  /** The member of the pair; defaults to a member viewer. */
  memberId = '';
  /** The manager of the pair; defaults to a manager viewer. */
  managerId = '';
  /** The IANA time zone the form's times are in and the `.ics` TZID; defaults to the browser's. */
  timeZone = '';
  /** The domain that makes the `.ics` UIDs unique; defaults to the page's host name. */
  domain = '';
  /** Names and e-mail addresses for people ids (the `.ics` ORGANIZER and ATTENDEE). */
  people?: Person[];
  /** The clock (ms); defaults to now. For tests and demos. */
  now?: number;

  /** @internal */
  declare session?: Session;
  /** @internal */
  declare series?: Series;
  /** @internal The pair's 1on1s as read (set by the part). */
  declare sessions: Session[];
  /** @internal */
  declare invalid?: string;
  /** @internal */
  declare confirming?: boolean;
  /** @internal */
  declare busy?: boolean;
  /** @internal */
  declare message?: string;
  /** @internal */
  declare link?: FormView['link'];
  /** @internal */
  declare request?: ScheduleRequestDetail;
  declare protected views?: typeof import('./scheduler.part.js');
  /** @internal The `.ics` Blob URL offered now. */
  declare url?: string;

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

  /**
   * @internal Fires `taiwa-save` for a stored record (here, not in the part: the event class comes
   * with the page's other widgets, and sharing it with a lazy module is a file more).
   */
  saved(record: { kind: 'session'; value: Session } | { kind: 'series'; value: Series }): void {
    this.dispatchEvent(
      record.kind === 'session' ? new TaiwaSaveEvent('session', record.value) : new TaiwaSaveEvent('series', record.value),
    );
  }
}
