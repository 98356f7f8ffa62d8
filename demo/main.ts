/**
 * The intranet demo: Taiwa's widgets embedded the way a portal team would, on the IndexedDB default
 * (one database per viewer), filled from the deterministic sample data on first use.
 */
import { html, render, type TemplateResult } from 'lit';
import '../src/define.js';
import { createIndexedDbAdapter } from '../src/adapters/indexeddb.js';
import { createRestAdapter } from '../src/adapters/rest.js';
import { withOutbox } from '../src/adapters/outbox.js';
import { guard } from '../src/core/guard.js';
import type { TaiwaAdapter } from '../src/adapters/types.js';
import type { Locale, Viewer } from '../src/model/schemas.js';
import { RECORD_KINDS } from '../src/model/records.js';
import { generateSampleData, recordsFor, type SampleData, type SampleRecords } from './data/generate.js';
import { nameFor, PEOPLE } from './data/people.js';
import { memberHome } from './pages/member-home.js';
import { managerHome } from './pages/manager-home.js';
import { givePeople, importOnFirstSignIn } from './people-switch.js';
import { hrHome } from './pages/hr-home.js';

type Page = { id: string; label: Record<Locale, string>; roles: Viewer['role'][]; view: (ctx: PageContext) => TemplateResult };
interface PageContext {
  viewer: Viewer;
  locale: Locale;
  data: SampleData;
}

type Backend = 'indexeddb' | 'rest';

/** The page, and the 1on1 (and member) it opens, from `#page/sessionId/memberId`. */
function route(): { page: string; sessionId: string; teamMember: string } {
  const [page = '', sessionId = '', member = ''] = location.hash.slice(1).split('/').map(decodeURIComponent);
  return { page, sessionId, teamMember: member };
}

const UI = {
  ja: {
    backend: 'データの保存先',
    indexeddb: 'このブラウザだけ（IndexedDB：だれとも共有しません）',
    rest: 'サーバー（全員で共有）',
    viewAs: '表示するユーザー',
    language: '言語',
    member: 'メンバー',
    manager: 'マネジャー',
    admin: '人事',
    nextSession: '次回の1on1',
    lastSession: '前回の1on1',
    chooseMember: 'メンバー',
  },
  en: {
    backend: 'Data',
    indexeddb: 'This browser only (IndexedDB: shares nothing with anyone)',
    rest: 'Server (shared by everyone)',
    viewAs: 'View as',
    language: 'Language',
    member: 'Member',
    manager: 'Manager',
    admin: 'HR',
    nextSession: 'Next 1:1',
    lastSession: 'Last 1:1',
    chooseMember: 'Member',
  },
} satisfies Record<Locale, Record<string, string>>;

const DB = 'taiwa-demo';
const data = generateSampleData();
const state = {
  viewerId: new URLSearchParams(location.search).get('as') ?? 'mem-1',
  locale: ((new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang) === 'en' ? 'en' : 'ja') as Locale,
  // No page in the address: the viewer's first page, their home. `#page/sessionId/memberId` opens one 1on1.
  ...route(),
  backend: (new URLSearchParams(location.search).get('backend') === 'indexeddb' ? 'indexeddb' : 'rest') as Backend,
};
let adapter: (TaiwaAdapter & { close?(): void }) | undefined;
let adapterKey = '';

const viewerOf = (id: string): Viewer => {
  const person = PEOPLE.find((p) => p.id === id) ?? PEOPLE[4]!;
  return { id: person.id, role: person.role, name: person.name };
};
const teamOf = (managerId: string) => data.teams.find((t) => t.managerId === managerId)?.memberIds ?? [];
const managerOf = (memberId: string) => PEOPLE.find((p) => p.id === memberId)?.managerId ?? '';
/** The member's upcoming 1on1 (the sample data ends every pair with one that is not held yet). */
/** The member's next 1:1: the first by date that was neither held nor cancelled. */
// Without a 1on1 in the address; with one (a navigation from the list or the overview), that one.
const upcomingSession = (memberId: string) =>
  state.sessionId ||
  (data.sessions.find((s) => s.memberId === memberId && !s.heldAt && !s.cancelledAt)?.id ?? `upcoming-${memberId}`);
const lastHeldSession = (memberId: string) =>
  state.sessionId ||
  (data.sessions.filter((s) => s.memberId === memberId && s.heldAt).sort((a, b) => (a.heldAt! < b.heldAt! ? 1 : -1))[0]?.id ?? '');

/** Writes records through the guard, as the widgets do (no private memo reaches a server), a few at a time. */
async function putAll(target: TaiwaAdapter, records: SampleRecords) {
  const seam = guard(target);
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as never[];
    for (let i = 0; i < list.length; i += 16) await Promise.all(list.slice(i, i + 16).map((r) => seam.put(kind, r)));
  }
}

/** REST (the default): the server at /api (it loads the sample organisation on its first start), behind the offline outbox. IndexedDB: one database per viewer, filled with that viewer's records the first time; nothing is shared between viewers. */
async function openFor(viewer: Viewer, backend: Backend): Promise<TaiwaAdapter & { close?(): void }> {
  if (backend === 'indexeddb') {
    const db = createIndexedDbAdapter({ dbName: DB, viewerId: viewer.id });
    if ((await db.query('session', {})).length === 0) await putAll(db, recordsFor(data, viewer.id));
    await givePeople(db);
    return db;
  }
  const rest = createRestAdapter({ baseUrl: '/api', getHeaders: signedIn(viewer.id) });
  void importOnFirstSignIn(DB, viewer, rest);
  return withOutbox(rest, { viewerId: viewer.id });
}

/**
 * The role switch signs in as the chosen sample person: the demo's server (`npm start` sets
 * TAIWA_DEMO=1) issues a token for them, which the REST adapter sends with every request. A failed
 * sign-in rejects `getHeaders`, so the adapter pauses as for any expired sign-in; it is asked again
 * on the next request.
 */
function signedIn(personId: string): () => Promise<Record<string, string>> {
  let token: Promise<string> | undefined;
  return async () => {
    token ??= fetch('/api/demo/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`The demo's sign-in as ${personId} failed (${res.status}).`);
      return ((await res.json()) as { token: string }).token;
    });
    try {
      return { authorization: `Bearer ${await token}` };
    } catch (err) {
      token = undefined;
      throw err;
    }
  };
}

const T = (locale: Locale, ja: string, en: string) => (locale === 'ja' ? ja : en);
const memberNames = (locale: Locale) => PEOPLE.filter((p) => p.role === 'member').map((p) => ({ id: p.id, name: nameFor(p.id, locale) }));

/** A manager picks one member of the team; the pages below show that member's 1on1s. */
function memberSwitch(viewer: Viewer, locale: Locale) {
  const team = teamOf(viewer.id);
  const member = team.includes(state.teamMember) ? state.teamMember : team[0]!;
  const view = html`<section class="card">
    <label>
      ${UI[locale].chooseMember}
      <select @change=${(e: Event) => ((state.teamMember = (e.target as HTMLSelectElement).value), (state.sessionId = ''), void draw())}>
        ${team.map((id) => html`<option value=${id} ?selected=${id === member}>${nameFor(id, locale)}</option>`)}
      </select>
    </label>
  </section>`;
  return { member, view };
}

const pages: Page[] = [
  memberHome,
  managerHome,
  hrHome,
  {
    id: 'prepare',
    label: { ja: '1on1の準備', en: 'Prepare a 1:1' },
    roles: ['member'],
    view: ({ viewer, locale }) => html`
      <h1>${T(locale, '次回の1on1の準備', 'Prepare your next 1:1')}</h1>
      <section class="card">
        <taiwa-agenda session-id=${upcomingSession(viewer.id)}></taiwa-agenda>
      </section>
    `,
  },
  {
    id: 'after',
    label: { ja: '1on1の振り返り', en: 'After the 1:1' },
    roles: ['member'],
    view: ({ viewer, locale }) => html`
      <h1>${T(locale, '前回の1on1はどうでしたか', 'How did your last 1:1 go?')}</h1>
      <section class="card">
        <taiwa-satisfaction-rater session-id=${lastHeldSession(viewer.id)}></taiwa-satisfaction-rater>
      </section>
      <section class="card">
        <taiwa-action-list
          session-id=${lastHeldSession(viewer.id)}
          manager-id=${managerOf(viewer.id)}
          heading-level="2"
        ></taiwa-action-list>
      </section>
      <section class="card">
        <taiwa-level-check-in
          session-id=${lastHeldSession(viewer.id)}
          member-id=${viewer.id}
          manager-id=${managerOf(viewer.id)}
        ></taiwa-level-check-in>
      </section>
    `,
  },
  {
    id: 'growth',
    label: { ja: 'コミュニケーションレベル', en: 'Communication level' },
    roles: ['member'],
    view: ({ locale }) => html`
      <h1>${T(locale, 'コミュニケーションのレベル', 'Where our communication stands')}</h1>
      <section class="card"><taiwa-level-tracker></taiwa-level-tracker></section>
    `,
  },
  {
    id: 'team',
    label: { ja: 'チームの1on1', en: 'Team 1:1s' },
    roles: ['manager'],
    view: ({ viewer, locale }) => {
      const { member, view } = memberSwitch(viewer, locale);
      return html`
        <h1>${T(locale, 'チームの1on1', 'Your team’s 1:1s')}</h1>
        ${view}
        <section class="card">
          <h2>${T(locale, '次回の1on1のアジェンダ', 'Agenda for the next 1:1')}</h2>
          <taiwa-agenda session-id=${upcomingSession(member)} member-id=${member}></taiwa-agenda>
        </section>
        <section class="card">
          <h2>${T(locale, '前回の1on1の振り返り', 'Reflect on the last 1:1')}</h2>
          <taiwa-satisfaction-rater session-id=${lastHeldSession(member)}></taiwa-satisfaction-rater>
        </section>
        <section class="card">
          <taiwa-action-list session-id=${lastHeldSession(member)} member-id=${member} heading-level="2"></taiwa-action-list>
        </section>
        <section class="card">
          <taiwa-level-check-in session-id=${lastHeldSession(member)} member-id=${member} manager-id=${viewer.id}></taiwa-level-check-in>
        </section>
      `;
    },
  },
  {
    id: 'strengths',
    label: { ja: '得意・苦手', en: 'Strengths' },
    roles: ['manager', 'admin'],
    view: ({ viewer, locale }) => {
      if (viewer.role === 'manager') {
        return html`
          <h1>${T(locale, 'あなたの得意・苦手（トピック × 対応）', 'Your strengths by topic × response style')}</h1>
          <section class="card"><taiwa-strength-map></taiwa-strength-map></section>
        `;
      }
      const managers = PEOPLE.filter((p) => p.role === 'manager');
      const chosen = managers.some((m) => m.id === state.teamMember) ? state.teamMember : managers[0]!.id;
      return html`
        <h1>${T(locale, 'マネジャーの得意・苦手', 'Managers’ strengths')}</h1>
        <section class="card">
          <label>
            ${T(locale, 'マネジャー', 'Manager')}
            <select @change=${(e: Event) => ((state.teamMember = (e.target as HTMLSelectElement).value), void draw())}>
              ${managers.map((m) => html`<option value=${m.id} ?selected=${m.id === chosen}>${nameFor(m.id, locale)}</option>`)}
            </select>
          </label>
        </section>
        <section class="card">
          <taiwa-strength-map
            manager-id=${chosen}
            .names=${Object.fromEntries(managers.map((m) => [m.id, nameFor(m.id, locale)]))}
          ></taiwa-strength-map>
        </section>
      `;
    },
  },
  {
    id: 'levels',
    label: { ja: 'チームのレベル', en: 'Team levels' },
    roles: ['manager'],
    view: ({ locale }) => html`
      <h1>${T(locale, 'チームのコミュニケーションレベル', 'Your team’s communication levels')}</h1>
      <section class="card"><taiwa-level-tracker .members=${memberNames(locale)}></taiwa-level-tracker></section>
    `,
  },
];

function drawNav(viewer: Viewer) {
  const visible = pages.filter((p) => p.roles.includes(viewer.role));
  if (!visible.some((p) => p.id === state.page)) state.page = visible[0]?.id ?? '';
  render(
    html`${visible.map(
      (p) =>
        html`<li>
          <a href=${`#${p.id}`} aria-current=${p.id === state.page ? 'page' : 'false'}>${p.label[state.locale]}</a>
        </li>`,
    )}`,
    document.querySelector<HTMLElement>('#nav')!,
  );
}

function drawSwitches() {
  const select = document.querySelector<HTMLSelectElement>('#viewer')!;
  const group = (role: Viewer['role']) =>
    html`<optgroup label=${UI[state.locale][role]}>
      ${PEOPLE.filter((p) => p.role === role).map((p) => html`<option value=${p.id} ?selected=${p.id === state.viewerId}>${nameFor(p.id, state.locale)}</option>`)}
    </optgroup>`;
  render(html`${group('member')}${group('manager')}${group('admin')}`, select);
  select.value = state.viewerId;
  document.querySelector<HTMLSelectElement>('#lang')!.value = state.locale;
  const backend = document.querySelector<HTMLSelectElement>('#backend')!;
  render(
    html`${(['indexeddb', 'rest'] as const).map((b) => html`<option value=${b} ?selected=${b === state.backend}>${UI[state.locale][b]}</option>`)}`,
    backend,
  );
  backend.value = state.backend;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = UI[state.locale][el.dataset.i18n as keyof (typeof UI)['ja']];
  });
}

let drawing = 0;
async function draw() {
  const turn = ++drawing;
  const viewer = viewerOf(state.viewerId);
  document.documentElement.lang = state.locale;
  drawSwitches();
  drawNav(viewer);
  const key = `${state.backend}:${viewer.id}`;
  if (!adapter || adapterKey !== key) {
    adapter?.close?.();
    adapter = undefined;
    adapterKey = key;
    const opened = await openFor(viewer, state.backend);
    // Someone switched again while this viewer's data were loading: the newer draw shows the page.
    if (turn !== drawing) {
      opened.close?.();
      return;
    }
    adapter = opened;
  }
  if (turn !== drawing) return;
  const page = pages.find((p) => p.id === state.page);
  document.title = `${page ? page.label[state.locale] : ''} — Kakehashi Intranet`;
  render(
    html`<taiwa-provider .adapter=${adapter} .viewer=${viewer} lang=${state.locale}>
      ${state.backend === 'rest' ? html`<taiwa-sync-status></taiwa-sync-status>` : ''}
      ${page ? page.view({ viewer, locale: state.locale, data }) : ''}
    </taiwa-provider>`,
    document.querySelector<HTMLElement>('#content')!,
  );
}

/** A switch is kept in the address, so a reload (or a shared link) shows the same view. */
function keepInUrl(param: string, value: string) {
  const url = new URL(location.href);
  url.searchParams.set(param, value);
  history.replaceState(null, '', url);
}

document.querySelector('#viewer')!.addEventListener('change', (e) => {
  state.viewerId = (e.target as HTMLSelectElement).value;
  keepInUrl('as', state.viewerId);
  void draw();
});
document.querySelector('#backend')!.addEventListener('change', (e) => {
  state.backend = (e.target as HTMLSelectElement).value as Backend;
  keepInUrl('backend', state.backend);
  void draw();
});
document.querySelector('#lang')!.addEventListener('change', (e) => {
  state.locale = (e.target as HTMLSelectElement).value as Locale;
  keepInUrl('lang', state.locale);
  void draw();
});
addEventListener('hashchange', () => {
  const to = route();
  state.page = to.page;
  state.sessionId = to.sessionId;
  if (to.teamMember) state.teamMember = to.teamMember;
  // A page change in a single-page portal: say so by the title, and move focus to the new content.
  void draw().then(() => document.querySelector<HTMLElement>('#content')!.focus());
});
void draw();
