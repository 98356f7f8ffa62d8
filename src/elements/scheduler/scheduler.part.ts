/**
 * The scheduler's instance code, loaded with its strings at its first connect (not with its
 * class, which `taiwa/define` registers up front): what the form shows, its handlers and the
 * commit of a change. It reads and sets the element's `@internal` state.
 */
import { html } from 'lit';
import { format } from '../../core/format.js';
import { TaiwaScheduleEvent } from '../../events/schedule.js';
import type { Series, Session } from '../../model/schemas.js';
import type { TaiwaScheduler } from './scheduler.js';
import {
  DEFAULT_MINUTES,
  formDefaults,
  icsContextOf,
  planCancel,
  planCreate,
  planEnd,
  planMove,
  renderForm,
  seriesTextOf,
  startFrom,
  titleOf,
  type FormView,
  type S,
} from './scheduler.views.js';
import type { Plan } from './scheduler.plan.js';

export { styles } from './scheduler.views.js';

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['series', 'invalid', 'confirming', 'busy'];

/** The pair: the properties, else the 1on1's, else the viewer on their side. */
function pair(el: TaiwaScheduler, session = el.session): { memberId: string; managerId: string } {
  const v = el.base.viewer;
  return {
    memberId: el.memberId || session?.memberId || (v?.role === 'member' ? v.id : ''),
    managerId: el.managerId || session?.managerId || (v?.role === 'manager' ? v.id : ''),
  };
}

/** The elements whose first read answered: until then they show loading, not a form the read may change. */
const read = new WeakSet<TaiwaScheduler>();

/** The element's read (the 1on1 shown, the pair's series and 1on1s) and its first state. */
export function setup(el: TaiwaScheduler): void {
  const base = el.base;
  const latest = <T extends Session | Series>(list: T[]) => base.latestBy(list).get('');
  el.sessions = [];
  el.invalid = el.message = '';
  el.confirming = el.busy = false;
  base.task({
    args: () => [base.adapter, base.viewer?.id ?? '', el.sessionId, el.memberId, el.managerId] as const,
    skip: ([adapter, viewerId]) => !adapter || !viewerId,
    run: async ([, viewerId, sessionId]) => {
      const g = (await base.guarded())!;
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
      read.add(el);
      el.session = session;
      const p = pair(el, session);
      const ours = <T extends Session | Series>(list: T[]) => list.filter((x) => x.memberId === p.memberId && x.managerId === p.managerId);
      el.sessions = ours(mine);
      // The pair's open series, else the last one that ended.
      const theirs = ours(series);
      el.series = latest(theirs.filter((x) => !x.endedAt)) ?? latest(theirs);
      return errors;
    },
  });
}

export function disconnected(el: TaiwaScheduler): void {
  if (el.url) URL.revokeObjectURL(el.url);
  el.url = '';
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const clock = (el: TaiwaScheduler) => el.now ?? Date.now();
const zoneOf = (el: TaiwaScheduler) => el.timeZone || el.session?.timeZone || browserZone();

function when(el: TaiwaScheduler, iso: string): string {
  return new Intl.DateTimeFormat(el.base.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zoneOf(el) }).format(Date.parse(iso));
}

function icsContext(el: TaiwaScheduler, s: S) {
  const domain = el.domain || (typeof location !== 'undefined' && location.hostname) || 'taiwa.localhost';
  return icsContextOf(s, pair(el), el.base.viewer?.id, el.people ?? [], domain, clock(el), el.base);
}

/** Fires `taiwa-schedule`; unless the host took it, stores the records. Then offers the `.ics`. */
async function commit(el: TaiwaScheduler, plan: Plan, done: string): Promise<void> {
  const base = el.base;
  const s = base.strings!;
  const { action, records, ics } = plan;
  const event = new TaiwaScheduleEvent({
    action,
    ...records,
    ics,
    ...(el.request && action !== 'end-series' ? { request: el.request } : {}),
  });
  el.dispatchEvent(event);
  if (!event.defaultPrevented && base.adapter) {
    el.busy = true;
    try {
      const g = (await base.guarded())!;
      if (records.series) el.series = await g.put('series', records.series);
      if (records.session) el.session = await g.put('session', records.session);
      base.setErrors('save', []);
    } catch (err) {
      base.setErrors('save', [err instanceof Error ? err : new Error(String(err))]);
      return;
    } finally {
      el.busy = false;
    }
    if (records.series) el.saved({ kind: 'series', value: el.series! });
    if (records.session) el.saved({ kind: 'session', value: el.session! });
  } else if (!event.defaultPrevented) {
    // Pure UI mode: nothing to store in, but the form follows the change.
    if (records.series) el.series = records.series;
    if (records.session) el.session = records.session;
  }
  if (records.session && !event.defaultPrevented) el.sessions = [...el.sessions.filter((x) => x.id !== records.session!.id), el.session!];
  el.message = event.defaultPrevented ? s.handedOff : done;
  el.request = undefined;
  if (el.url) URL.revokeObjectURL(el.url);
  el.url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  el.link = { href: el.url, name: `1on1-${plan.fileId}.ics`, label: plan.file === 'series' ? s.downloadSeries : s.download };
}

const focusLater = (el: TaiwaScheduler, selector: string) =>
  void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(selector)?.focus());

/** One set of handlers per element, so the form's listeners stay the same from render to render. */
const handlersOf = new WeakMap<TaiwaScheduler, FormView['on']>();

function handlers(el: TaiwaScheduler): FormView['on'] {
  let on = handlersOf.get(el);
  if (on) return on;
  on = {
    submit: (e: SubmitEvent) => {
      e.preventDefault();
      const s = el.base.strings;
      if (!s || el.busy) return;
      const zone = zoneOf(el);
      const now = clock(el);
      const data = new FormData(e.target as HTMLFormElement);
      const start = startFrom(String(data.get('date') ?? ''), String(data.get('time') ?? ''), zone);
      const minutes = Number(data.get('minutes')) || DEFAULT_MINUTES;
      el.invalid = !start ? s.needDateTime : Date.parse(start) <= now ? s.inPast : '';
      const who = pair(el);
      if (!el.invalid && (!who.memberId || !who.managerId)) el.invalid = s.needPartner;
      if (el.invalid) return focusLater(el, 'input[aria-invalid="true"]');
      const c = icsContext(el, s);
      if (el.session && !el.session.cancelledAt) {
        const plan = planMove(el.session, start!, minutes, zone, now, el.series, el.sessions, c);
        void el.waitFor(commit(el, plan, format(s.moved, { date: when(el, start!) })));
        return;
      }
      const everyWeeks = Number(data.get('repeat')) || 0;
      const input = { ...who, start: start!, timeZone: zone, durationMinutes: minutes, everyWeeks, now };
      void el.waitFor(commit(el, planCreate(input, el.series, c), format(s.created, { date: when(el, start!) })));
    },
    cancel: () => {
      el.confirming = true;
      focusLater(el, '[part~="confirm-no"]');
    },
    keep: () => {
      el.confirming = false;
      focusLater(el, '[part~="cancel"]');
    },
    confirm: () => {
      const s = el.base.strings!;
      if (!el.session) return;
      el.confirming = false;
      const plan = planCancel(el.session, clock(el), el.series, el.sessions, icsContext(el, s), zoneOf(el));
      void el.waitFor(commit(el, plan, s.wasCancelled)).then(() => el.renderRoot.querySelector<HTMLElement>('[part~="download"]')?.focus());
    },
    endSeries: () => {
      const s = el.base.strings!;
      if (!el.series) return;
      void el.waitFor(commit(el, planEnd(el.series, clock(el), el.sessions, icsContext(el, s)), s.seriesStopped));
    },
  };
  handlersOf.set(el, on);
  return on;
}

/** The element's content: loading, "not found", or the form. */
export function render(el: TaiwaScheduler) {
  const base = el.base;
  const s = base.strings as S;
  // Only while the first read is out: a later one (another 1on1, a new pair) keeps the form shown.
  if (base.isLoading && !read.has(el)) return html`${base.renderErrors()}${base.renderLoading()}`;
  if (el.sessionId && !el.session && !base.isLoading && base.adapter) return html`${base.renderErrors()}${base.renderEmpty(s.notFound)}`;
  const session = el.session;
  const zone = zoneOf(el);
  const mode: FormView['mode'] = !session ? 'create' : session.cancelledAt ? 'cancelled' : 'reschedule';
  const at = session?.scheduledAt ? when(el, session.scheduledAt) : '';
  const partner = pair(el);
  const otherId = base.viewer?.id === partner.managerId ? partner.memberId : partner.managerId;
  const otherName = otherId ? el.people?.find((p) => p.id === otherId)?.name : undefined;
  const series = el.series;
  const view: FormView = {
    s,
    title: titleOf(s, mode, at, otherName),
    mode,
    ...formDefaults(session, series, clock(el), zone),
    ...(el.request && !session && /^\d{4}-\d{2}-\d{2}$/.test(el.request.date) ? { date: el.request.date } : {}),
    zone,
    invalid: el.invalid!,
    confirming: el.confirming!,
    seriesText: seriesTextOf(s, series, (iso) => when(el, iso)),
    canEndSeries: !!series && !series.endedAt,
    ...(series && !series.endedAt ? { openSeriesWeeks: series.everyWeeks } : {}),
    message: el.message!,
    ...(el.link ? { link: el.link } : {}),
    localOnly: base.adapter?.local === true,
    busy: el.busy!,
    on: handlers(el),
  };
  return html`${base.renderErrors()}${renderForm(view)}`;
}
