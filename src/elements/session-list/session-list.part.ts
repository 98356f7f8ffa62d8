/**
 * The session list's instance code, loaded with its strings at its first connect (not with its
 * class): its rows from the records, the handlers, the focus after "show earlier", the reminders
 * (with the calendar code they need) and what it renders.
 */
import { html, type PropertyValues } from 'lit';
import { TaiwaNavigateEvent, type NavigateStep } from '../../events/navigate.js';
import type { TaiwaSessionList } from './session-list.js';
import type { RemindedMeeting } from '../../calendar/reminders.js';
import type { SessionRow, SessionRows } from './session-list.model.js';
import { ReminderController } from './session-list.reminders.js';
import { hrefFor, renderList, sessionRows, type ListContext, type S } from './session-list.views.js';

export { styles } from './session-list.views.js';

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['loaded', 'shown'];

/** The upcoming 1on1s the reminders look at, one array per rows (the controller checks again when it changes). */
const meetingsOf = new WeakMap<SessionRows, RemindedMeeting[]>();
function meetings(rows: SessionRows | undefined): RemindedMeeting[] | undefined {
  if (!rows) return undefined;
  let m = meetingsOf.get(rows);
  if (!m)
    meetingsOf.set(
      rows,
      (m = rows.upcoming.map((r) => ({ id: r.session.id, start: new Date(r.at).toISOString(), cancelled: r.cancelled }))),
    );
  return m;
}

/** Whose 1on1s: the viewer's, else `viewer-id`. */
const subject = (el: TaiwaSessionList) => el.base.viewer?.id ?? el.viewerId;

/** The element's read (the records, or the given ones checked), the reminders' controller, the first state. */
export function setup(el: TaiwaSessionList): void {
  const base = el.base;
  el.shown = 0;
  el.memo = [];
  el.whenKey = '';
  el.focusIndex = -1;
  el.reminderController = new ReminderController(el, {
    enabled: () => el.reminders,
    viewerId: () => subject(el),
    meetings: () => meetings(el.rows),
    timeZone: () => el.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    now: () => el.now ?? Date.now(),
    waitFor: (work) => el.waitFor(work),
  });
  base.task({
    args: () => [base.adapter, base.viewer?.id ?? '', el.revision, el.records] as const,
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
      const g = (await base.guarded())!;
      const q = { personId: viewerId };
      const [s, a, f, l] = await Promise.all([g.query('session', q), g.query('agenda', q), g.query('feedback', q), g.query('level', q)]);
      return {
        data: { sessions: s.records, agendas: a.records, feedback: f.records, levels: l.records },
        errors: [...s.errors, ...a.errors, ...f.errors, ...l.errors],
      };
    },
    apply: ({ data, errors }) => {
      el.loaded = data;
      return errors;
    },
  });
}

/** Before each update: the names, the page of past 1on1s, and the rows, derived once per records, viewer, partner and clock. */
export function willUpdate(el: TaiwaSessionList, changed: PropertyValues, first: boolean): void {
  if (first || changed.has('people')) el.names = new Map((el.people ?? []).map((p) => [p.id, p.name]));
  if (el.shown === 0 || changed.has('pageSize')) el.shown = Math.max(1, el.pageSize);
  const key = [el.loaded, subject(el), el.partnerId, el.now];
  if (!el.loaded || key.every((k, i) => Object.is(k, el.memo[i]))) return;
  el.memo = key;
  el.rows = sessionRows(el.base, subject(el), el.loaded, el.now ?? Date.now(), el.partnerId);
}

/** After each update: the `empty` state, and the focus after "show earlier". */
export function updated(el: TaiwaSessionList): void {
  const rows = el.rows;
  el.base.setState('empty', !!rows && !rows.upcoming.length && !rows.past.length);
  if (el.focusIndex < 0) return;
  // After "show earlier", focus goes to the first newly shown 1on1's step (or the 1on1 itself).
  const items = el.renderRoot.querySelectorAll<HTMLElement>('section:last-of-type [part="session"]');
  const target = items[el.focusIndex];
  el.focusIndex = -1;
  const step = target?.querySelector<HTMLElement>('[part="step"]');
  if (step) step.focus();
  else if (target) {
    target.tabIndex = -1;
    target.focus();
  }
}

function when(el: TaiwaSessionList, ms: number): string {
  const locale = el.base.locale;
  const zone = el.timeZone || undefined;
  const key = `${locale}/${zone ?? ''}`;
  if (!el.whenFormat || el.whenKey !== key) {
    el.whenKey = key;
    try {
      el.whenFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
    } catch {
      el.whenFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    }
  }
  return el.whenFormat.format(ms);
}

/** One context per element, so the steps' and "show earlier"'s listeners stay the same from render to render. */
const contexts = new WeakMap<TaiwaSessionList, Omit<ListContext, 's'> & { more: () => void }>();

function contextOf(el: TaiwaSessionList) {
  let c = contexts.get(el);
  if (c) return c;
  c = {
    when: (ms) => when(el, ms),
    name: (id) => el.names.get(id) ?? id,
    href: (r: SessionRow) => (el.hrefTemplate && r.step ? hrefFor(el.hrefTemplate, r.session.id, r.step) : ''),
    onStep: (e: Event) => {
      const target = e.currentTarget as HTMLElement;
      const memberId = target.dataset['member'];
      const step = target.dataset['step'] as NavigateStep;
      const event = new TaiwaNavigateEvent({ step, sessionId: target.dataset['session'] ?? '', ...(memberId ? { memberId } : {}) });
      el.dispatchEvent(event);
      if (event.defaultPrevented) e.preventDefault();
    },
    more: () => {
      el.focusIndex = el.shown;
      el.shown += Math.max(1, el.pageSize);
    },
  };
  contexts.set(el, c);
  return c;
}

export function render(el: TaiwaSessionList) {
  const base = el.base;
  if (!el.rows && base.isLoading) return html`${base.renderErrors()}${base.renderLoading()}`;
  const rows = el.rows ?? { upcoming: [], past: [] };
  const localOnly = !el.records && base.adapter?.local === true;
  const c = contextOf(el);
  return html`${base.renderErrors()}${renderList({ ...c, s: base.strings as S }, rows, el.shown, c.more, localOnly)}`;
}
