/**
 * The team overview's instance code, loaded with its strings at its first connect (not with its
 * class): the rows derived from the records, sorted and labelled once per data and locale, the
 * sort and open handlers, and what it renders.
 */
import { html, type PropertyValues } from 'lit';
import { TaiwaNavigateEvent, type NavigateStep } from '../../events/navigate.js';
import type { TaiwaDataError } from '../../model/data-error.js';
import type { Loaded, TaiwaTeamOverview } from './team-overview.js';
import type { SortKey } from './team-overview.model.js';
import { labelRows, renderOverview, rowsOf, sortRows, teamRows, type S } from './team-overview.views.js';

export { styles } from './team-overview.views.js';

/** The element's internal states that only this part sets (made before `setup`). */
export const states = ['loaded', 'sortKey', 'sortDir'];

const KINDS = ['session', 'agenda', 'action', 'level', 'series'] as const;
const FIELDS = { session: 'sessions', agenda: 'agendas', action: 'actions', level: 'levels', series: 'series' } as const;

/** The element's read (the manager's records, or the given ones checked), its click handler and its first state. */
export function setup(el: TaiwaTeamOverview): void {
  const base = el.base;
  el.sortKey = 'days';
  el.sortDir = 'descending';
  el.derived = new Map();
  el.labelCache = new Map();
  el.rows = el.sorted = el.labelled = el.labelledFrom = [];
  el.labelMemo = el.memo = [];
  el.datesKey = '';
  // One listener for every row's open buttons (50 rows, one handler); Enter and Space are clicks too.
  el.addEventListener('click', (e) => open(el, e));
  base.task({
    args: () => [base.adapter, base.viewer?.id ?? '', el.revision, el.records] as const,
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
      const g = (await base.guarded())!;
      const answers = await Promise.all(KINDS.map((kind) => g.query(kind, { personId: viewerId })));
      KINDS.forEach((kind, i) => {
        (out as Record<string, unknown>)[FIELDS[kind]] = answers[i]!.records;
        errors.push(...answers[i]!.errors);
      });
      return { out, errors };
    },
    apply: ({ out, errors }) => {
      el.loaded = out;
      return errors;
    },
  });
}

const zoneOf = (el: TaiwaTeamOverview) => el.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function date(el: TaiwaTeamOverview, ms: number): string {
  const locale = el.base.locale;
  const zone = zoneOf(el);
  const key = `${locale}/${zone}`;
  if (!el.dates || el.datesKey !== key) {
    el.datesKey = key;
    el.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone });
  }
  return el.dates.format(ms);
}

/** Before each update: rows derived once per data, picked and sorted, and their text once per member's data and locale. */
/**
 * The rows are not keyed (a sort or a new read rewrites the cells in place, which keeps Lit's keyed
 * repeat, and the directive helpers it shares with the page's other widgets, out of the part), so
 * the focus follows its member itself: the member and step of a focused row button, before an update.
 */
const focused = new WeakMap<TaiwaTeamOverview, { member: string; step: string }>();

export function willUpdate(el: TaiwaTeamOverview, changed: PropertyValues): void {
  const active = el.shadowRoot?.activeElement as HTMLElement | null | undefined;
  const member = active?.closest<HTMLElement>('tbody tr')?.dataset['member'];
  if (member) focused.set(el, { member, step: active!.dataset['step'] ?? '' });
  else focused.delete(el);
  const manager = el.managerId || el.base.viewer?.id || '';
  const zone = zoneOf(el);
  // Derived once per data; the members list only names, orders and picks the rows.
  const key = [el.loaded, manager, el.now, zone];
  if (el.loaded && !key.every((k, i) => Object.is(k, el.memo[i]))) {
    el.memo = key;
    el.derived = new Map(
      teamRows({ latestBy: el.base.latestBy, pairLevel: el.pairLevel }, manager, el.loaded, el.now ?? Date.now(), zone).map((r) => [
        r.memberId,
        r,
      ]),
    );
    el.labelCache.clear();
    el.sorted = [];
  }
  if (!el.sorted.length || changed.has('members')) {
    el.rows = rowsOf(el.derived, el.members);
    el.sorted = [];
  }
  if (!el.sorted.length || changed.has('sortKey') || changed.has('sortDir')) el.sorted = sortRows(el.rows, el.sortKey, el.sortDir);
  // The cells' text once per member's data and locale: a new members list or a sort binds it.
  const s = el.base.strings as S | undefined;
  const labels = [s, el.base.locale, zone];
  const sameTexts = labels.every((k, i) => Object.is(k, el.labelMemo[i]));
  if (s && (el.labelledFrom !== el.sorted || !sameTexts)) {
    if (!sameTexts) el.labelCache.clear();
    el.labelMemo = labels;
    el.labelledFrom = el.sorted;
    el.labelled = el.sorted.map((r) => {
      const src = el.derived.get(r.memberId);
      const hit = el.labelCache.get(r.memberId);
      if (hit && hit.src === src && hit.name === r.name) return hit.labels;
      const made = labelRows(s, (ms) => date(el, ms), [r])[0]!;
      el.labelCache.set(r.memberId, { src, name: r.name, labels: made });
      return made;
    });
  }
}

/** A click on a row's last or next 1on1: `taiwa-navigate`. */
function open(el: TaiwaTeamOverview, e: Event): void {
  const button = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.matches('button[data-session]'));
  if (!button) return;
  const memberId = button.closest<HTMLElement>('tr')?.dataset['member'];
  const detail = {
    step: button.dataset['step'] as NavigateStep,
    sessionId: button.dataset['session']!,
    ...(memberId ? { memberId } : {}),
  };
  el.dispatchEvent(new TaiwaNavigateEvent(detail));
}

/** One sort handler per element, so the headers' listeners stay the same from render to render. */
const sorters = new WeakMap<TaiwaTeamOverview, (e: Event) => void>();
function sorter(el: TaiwaTeamOverview) {
  let on = sorters.get(el);
  if (!on)
    sorters.set(
      el,
      (on = (e: Event) => {
        const key = (e.currentTarget as HTMLElement).dataset['key'] as SortKey;
        if (key === el.sortKey) el.sortDir = el.sortDir === 'ascending' ? 'descending' : 'ascending';
        else {
          el.sortKey = key;
          el.sortDir = 'ascending';
        }
      }),
    );
  return on;
}

/** After each update: the `empty` state, and the focus back on its member's row when the rows moved under it. */
export function updated(el: TaiwaTeamOverview): void {
  el.base.setState('empty', !!el.loaded && el.rows.length === 0);
  const was = focused.get(el);
  focused.delete(el);
  const root = el.shadowRoot;
  if (!was || !root) return;
  const active = root.activeElement as HTMLElement | null;
  if (active?.closest<HTMLElement>('tbody tr')?.dataset['member'] === was.member && active.dataset['step'] === was.step) return;
  const row = root.querySelector<HTMLElement>(`tbody tr[data-member="${CSS.escape(was.member)}"]`);
  (row?.querySelector<HTMLElement>(`button[data-step="${CSS.escape(was.step)}"]`) ?? row?.querySelector<HTMLElement>('button'))?.focus();
}

export function render(el: TaiwaTeamOverview) {
  const base = el.base;
  if (!el.loaded && base.isLoading) return html`${base.renderErrors()}${base.renderLoading()}`;
  const c = { s: base.strings as S, sort: { key: el.sortKey, dir: el.sortDir }, onSort: sorter(el) };
  const localOnly = !el.records && base.adapter?.local === true;
  return html`${base.renderErrors()}${renderOverview(c, el.labelled, localOnly)}`;
}
