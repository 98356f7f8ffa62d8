import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/team-overview/define.js';
import { TaiwaTeamOverview } from '../../src/elements/team-overview/team-overview.js';
import { sortRows, teamRows as rowsWith } from '../../src/elements/team-overview/team-overview.model.js';
import { latestBy } from '../../src/model/records.js';
import { pairLevel } from '../../src/insights/levels.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import type { Action, Agenda, LevelAssessment, Series, Session } from '../../src/model/schemas.js';
import { inProvider } from '../helpers/mount.js';
import { deepActive } from '../helpers/a11y.js';

/** The model's rows, with records.ts's `latestBy` and the levels' `pairLevel` (the part hands it the element's). */
const teamRows = (...args: Parameters<typeof rowsWith> extends [unknown, ...infer A] ? A : never) =>
  rowsWith({ latestBy, pairLevel }, ...args);

const NOW = Date.parse('2026-03-10T03:00:00Z');

/**
 * A subclass registered as this file loads, before any overview has its part: the states only the
 * part sets (the sort among them) are made once the part is in, on whichever class is connected.
 */
class LaterOverview extends TaiwaTeamOverview {}
customElements.define('team-overview-later', LaterOverview);
const DAY = 86_400_000;
const stamp = '2026-01-01T00:00:00.000Z';
const base = { createdAt: stamp, updatedAt: stamp, managerId: 'k1' };

const session = (id: string, memberId: string, days: number, extra: Partial<Session> = {}): Session => ({
  ...base,
  id,
  memberId,
  scheduledAt: new Date(NOW + days * DAY).toISOString(),
  ...(days < 0 ? { heldAt: new Date(NOW + days * DAY).toISOString() } : {}),
  ...extra,
});
const action = (id: string, memberId: string, status: Action['status']): Action => ({
  ...base,
  id,
  memberId,
  owner: 'member',
  text: 'x',
  status,
  visibility: 'shared',
});
const level = (memberId: string, by: 'member' | 'manager', value: number, i: number): LevelAssessment => ({
  ...base,
  id: `l-${memberId}-${by}-${i}`,
  createdAt: new Date(NOW - (10 - i) * DAY).toISOString(),
  updatedAt: new Date(NOW - (10 - i) * DAY).toISOString(),
  memberId,
  by,
  method: 'direct',
  level: value,
  sessionId: `${memberId}-${i}`,
});
const agenda = (sessionId: string, memberId: string): Agenda => ({
  ...base,
  id: `a-${sessionId}`,
  sessionId,
  memberId,
  items: [],
  submittedAt: stamp,
});
const series = (memberId: string, everyWeeks: number): Series => ({
  ...base,
  id: `se-${memberId}`,
  memberId,
  everyWeeks,
  startsAt: stamp,
  timeZone: 'Asia/Tokyo',
});

// Aoi: held 5 days ago, next in 9 days with the agenda shared, 2 open items (1 done), level 3 on both sides.
// Ren: held 40 days ago against a two-weekly cadence (overdue), nothing booked, views 4 vs 2.
// Sora: never met, a cancelled 1on1 only; another manager's records about Sora do not count.
const RECORDS = {
  sessions: [
    session('a1', 'm1', -5),
    session('a0', 'm1', -19),
    session('a2', 'm1', 9),
    session('r1', 'm2', -40),
    session('s1', 'm3', 3, { cancelledAt: stamp }),
    { ...session('x', 'm3', -1), managerId: 'k2' },
  ],
  agendas: [agenda('a2', 'm1')],
  actions: [
    action('t1', 'm1', 'open'),
    action('t2', 'm1', 'open'),
    action('t3', 'm1', 'done'),
    action('t4', 'm2', 'dropped'),
    { ...action('t5', 'm3', 'open'), managerId: 'k2' },
  ],
  levels: [0, 1, 2].flatMap((i) => [
    level('m1', 'member', 3, i),
    level('m1', 'manager', 3, i),
    level('m2', 'member', 4, i),
    level('m2', 'manager', 2, i),
  ]),
  series: [series('m2', 2)],
};
const MEMBERS = [
  { id: 'm1', name: 'Aoi' },
  { id: 'm2', name: 'Ren' },
  { id: 'm3', name: 'Sora <b>' },
];

const qa = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];
const textOf = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function overview(lang = 'en', width = '') {
  const el = await fixture<TaiwaTeamOverview>(
    html`<taiwa-team-overview
      style=${width ? `width:${width}` : ''}
      lang=${lang}
      manager-id="k1"
      time-zone="Asia/Tokyo"
      .now=${NOW}
      .members=${MEMBERS}
      .records=${RECORDS}
    ></taiwa-team-overview>`,
  );
  await el.updateComplete;
  return el;
}

describe('teamRows', () => {
  it('gives each member the known answer', () => {
    const [aoi, ren, sora] = teamRows('k1', RECORDS, NOW, 'Asia/Tokyo', MEMBERS);
    expect(aoi).to.include({
      lastId: 'a1',
      nextId: 'a2',
      daysSince: 5,
      nextShared: true,
      openActions: 2,
      level: 3,
      memberView: 3,
      managerView: 3,
      gap: 0,
      overdue: false,
    });
    expect(ren).to.include({
      lastId: 'r1',
      daysSince: 40,
      openActions: 0,
      memberView: 4,
      managerView: 2,
      gap: -2,
      everyWeeks: 2,
      overdue: true,
      level: 2,
    });
    expect(ren!.next).to.equal(undefined);
    expect(sora).to.include({ openActions: 0, overdue: false });
    expect(sora!.last, "a cancelled 1on1 and another manager's are not this pair's").to.equal(undefined);
    expect(sora!.next).to.equal(undefined);
    expect(
      teamRows('k1', RECORDS, NOW, 'Asia/Tokyo').map((r) => r.memberId),
      'members named by the records',
    ).to.deep.equal(['m1', 'm2', 'm3']);
  });

  it('sorts by any column, missing values last both ways', () => {
    const rows = teamRows('k1', RECORDS, NOW, 'Asia/Tokyo', MEMBERS);
    expect(sortRows(rows, 'days', 'descending').map((r) => r.memberId)).to.deep.equal(['m2', 'm1', 'm3']);
    expect(sortRows(rows, 'days', 'ascending').map((r) => r.memberId)).to.deep.equal(['m1', 'm2', 'm3']);
    expect(sortRows(rows, 'actions', 'descending').map((r) => r.memberId)).to.deep.equal(['m1', 'm2', 'm3']);
    expect(sortRows(rows, 'gap', 'descending').map((r) => r.memberId)).to.deep.equal(['m2', 'm1', 'm3']);
    expect(sortRows(rows, 'name', 'descending').map((r) => r.memberId)).to.deep.equal(['m3', 'm2', 'm1']);
  });
});

describe('taiwa-team-overview', () => {
  for (const lang of ['en', 'ja']) {
    it(`is accessible as a table, stacked at 390 px, empty and with an error (${lang})`, async () => {
      const el = await overview(lang);
      await expect(el).to.be.accessible();
      const narrow = await overview(lang, '390px');
      expect(getComputedStyle(qa(narrow, 'tbody tr')[0]!).display, 'one card per member').to.equal('block');
      expect(narrow.shadowRoot!.querySelector('table')!.scrollWidth).to.be.at.most(390);
      await expect(narrow).to.be.accessible();
      const empty = await fixture<TaiwaTeamOverview>(
        html`<taiwa-team-overview lang=${lang} manager-id="k1" .records=${{}}></taiwa-team-overview>`,
      );
      await empty.updateComplete;
      expect(qa(empty, '[part="empty"]')).to.have.length(1);
      await expect(empty).to.be.accessible();
      const bad = await fixture<TaiwaTeamOverview>(
        html`<taiwa-team-overview
          lang=${lang}
          manager-id="k1"
          .records=${{ sessions: [{ id: 1 }, ...RECORDS.sessions] }}
        ></taiwa-team-overview>`,
      );
      await bad.updateComplete;
      expect(qa(bad, '[part="error"]')).to.have.length(1);
      expect(qa(bad, 'tbody tr')).to.have.length(3);
      await expect(bad).to.be.accessible();
    });
  }

  it('shows each member in one row, names as text', async () => {
    const el = await overview();
    const row = (id: string) => qa(el, `tr[data-member="${id}"]`)[0]!;
    expect(textOf(row('m1').querySelector('[part="days"]'))).to.equal('5 days');
    expect(textOf(row('m1').querySelector('[part="shared"]'))).to.equal('Shared');
    expect(textOf(row('m1').querySelector('[part="actions"]'))).to.equal('2');
    expect(textOf(row('m1').querySelector('[part="level"]'))).to.equal('Level 3 → Steady');
    expect(textOf(row('m1').querySelector('[part="gap"]'))).to.equal('—');
    expect(textOf(row('m2').querySelector('[part="days"]'))).to.equal('40 days Overdue');
    expect(textOf(row('m2').querySelector('[part="gap"]'))).to.equal('Member 4 · You 2');
    expect(textOf(row('m2').querySelector('th'))).to.equal('Renevery 2 weeks');
    expect(textOf(row('m3').querySelector('th'))).to.equal('Sora <b>');
    expect(row('m3').querySelector('b')).to.equal(null);
  });

  it("re-renders on the part's own states, on a subclass registered before the part and on the kit's class", async () => {
    for (const tag of ['team-overview-later', 'taiwa-team-overview']) {
      const el = document.createElement(tag) as TaiwaTeamOverview;
      Object.assign(el, { lang: 'en', managerId: 'k1', timeZone: 'Asia/Tokyo', now: NOW, members: MEMBERS, records: RECORDS });
      document.body.append(el);
      try {
        await el.updateComplete;
        const order = () => qa(el, 'tbody tr').map((r) => r.dataset['member']);
        expect(order(), tag).to.deep.equal(['m2', 'm1', 'm3']);
        qa(el, 'button[data-key="name"]')[0]!.click();
        await el.updateComplete;
        expect(order(), tag).to.deep.equal(['m1', 'm2', 'm3']);
        // Set through the accessor the part made: no own property hides it.
        expect(Object.hasOwn(el, 'sortKey'), tag).to.equal(false);
      } finally {
        el.remove();
      }
    }
  });

  it('keeps the focus on its member when the rows move under it (the rows are not keyed)', async () => {
    const el = await overview();
    const order = () => qa(el, 'tbody tr').map((r) => r.dataset['member']);
    expect(order()).to.deep.equal(['m2', 'm1', 'm3']);
    // A row button of a member whose row moves: Ren (first) or Aoi (second) trade places by name.
    const button = qa(el, 'tr[data-member="m2"] button[data-session], tr[data-member="m1"] button[data-session]')[0]!;
    const member = button.closest('tr')!.dataset['member'];
    const step = button.dataset['step'];
    button.focus();
    el.sortKey = 'name';
    el.sortDir = 'ascending';
    await el.updateComplete;
    expect(order()).to.deep.equal(['m1', 'm2', 'm3']);
    const now = deepActive() as HTMLElement;
    expect(now.closest('tr')?.dataset['member'], 'the focused row').to.equal(member);
    expect(now.dataset['step'], 'the focused button').to.equal(step);
  });

  it('sorts by keyboard with aria-sort on the sorted column', async () => {
    const el = await overview();
    const order = () => qa(el, 'tbody tr').map((r) => r.dataset['member']);
    expect(order()).to.deep.equal(['m2', 'm1', 'm3']);
    expect(qa(el, 'th[aria-sort]').map((th) => [th.querySelector('button')!.dataset['key'], th.getAttribute('aria-sort')])).to.deep.equal([
      ['days', 'descending'],
    ]);
    const nameButton = qa(el, 'button[data-key="name"]')[0]!;
    nameButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(order()).to.deep.equal(['m1', 'm2', 'm3']);
    expect(nameButton.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(qa(el, 'th[aria-sort]')).to.have.length(1);
    expect(deepActive(), 'focus stays on the button').to.equal(nameButton);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(order()).to.deep.equal(['m3', 'm2', 'm1']);
    expect(nameButton.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(qa(el, 'th[aria-sort]')[0]!.querySelector('button')!.dataset['key']).to.equal('last');
    expect(textOf(qa(el, '[role="status"]')[0])).to.equal('Sorted by Last 1:1, ascending');
  });

  it("keeps each row's text in step with a renamed member, new records and the language", async () => {
    const el = await overview();
    const name = (id: string) => textOf(qa(el, `tr[data-member="${id}"] th`)[0]);
    const openNext = () => qa(el, 'tr[data-member="m1"] [part="open"][data-step="prepare"]')[0]!.getAttribute('aria-label');
    el.members = [{ id: 'm1', name: 'Aoi Sato' }, ...MEMBERS.slice(1)];
    await el.updateComplete;
    expect(name('m1')).to.equal('Aoi Sato');
    expect(openNext()).to.match(/^Open the next 1:1 with Aoi Sato: /);
    expect(name('m2'), 'an unchanged member keeps its row').to.equal('Renevery 2 weeks');
    el.records = { ...RECORDS, actions: [...RECORDS.actions, action('t9', 'm1', 'open')] };
    await el.updateComplete;
    await el.updateComplete;
    expect(textOf(qa(el, 'tr[data-member="m1"] [part="actions"]')[0])).to.equal('3');
    el.setAttribute('lang', 'ja');
    for (let i = 0; i < 50 && !/次回/.test(openNext() ?? ''); i++) await new Promise(requestAnimationFrame);
    expect(openNext()).to.match(/^Aoi Satoさんとの次回の1on1を開く：/);
    expect(openNext(), 'the date in Japanese too').to.not.contain('Mar');
  });

  it('reads the manager records through the adapter and says sharing needs a backend', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `team-${Math.random()}`, viewerId: 'k1' });
    for (const s of RECORDS.sessions) await adapter.put('session', s);
    for (const a of RECORDS.actions) await adapter.put('action', a);
    const { el } = await inProvider(
      'taiwa-team-overview',
      html`<taiwa-team-overview .now=${NOW} .members=${MEMBERS}></taiwa-team-overview>`,
      {
        adapter,
        viewer: { id: 'k1', role: 'manager' },
      },
    );
    expect(textOf(qa(el, 'tr[data-member="m1"] [part="actions"]')[0])).to.equal('2');
    expect(textOf(qa(el, '[part="note"]')[0])).to.contain('shared backend');
    adapter.close?.();
  });

  it('opens the 1on1 that was chosen: the last one to reflect, the next one to prepare, by keyboard', async () => {
    const el = await overview();
    const seen: Array<Record<string, unknown>> = [];
    el.addEventListener('taiwa-navigate', (e) => seen.push({ ...e.detail }));
    const next = qa<HTMLButtonElement>(el, 'tr[data-member="m1"] [part="open"][data-step="prepare"]')[0]!;
    expect(next.getAttribute('aria-label')).to.match(/^Open the next 1:1 with Aoi: /);
    next.focus();
    await sendKeys({ press: 'Enter' });
    const last = qa<HTMLButtonElement>(el, 'tr[data-member="m2"] [part="open"][data-step="reflect"]')[0]!;
    last.focus();
    await sendKeys({ press: 'Space' });
    expect(seen).to.deep.equal([
      { step: 'prepare', sessionId: 'a2', memberId: 'm1' },
      { step: 'reflect', sessionId: 'r1', memberId: 'm2' },
    ]);
    // Ren has no next 1on1 and Sora no 1on1 at all: nothing to open there.
    expect(qa(el, 'tr[data-member="m2"] [part="open"][data-step="prepare"]')).to.have.length(0);
    expect(qa(el, 'tr[data-member="m3"] [part="open"]')).to.have.length(0);
  });
});

describe('taiwa-team-overview with 50 members', () => {
  const many = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `Member ${i + 1}` }));
  const records = {
    sessions: many.flatMap((m, i) => [session(`${m.id}-last`, m.id, -1 - i), session(`${m.id}-next`, m.id, 1 + i)]),
    actions: many.map((m, i) => action(`${m.id}-t`, m.id, i % 2 ? 'open' : 'done')),
  };
  // Rendered, not skipped by the browser (content-visibility would leave a row's cells out of the
  // accessibility tree until it is scrolled to).
  const rendered = (cell: Element) => cell.checkVisibility({ contentVisibilityAuto: true });

  for (const width of ['', '390px'])
    it(`renders every row in the first frame, off screen too, and opens the last by keyboard${width ? ` (${width})` : ''}`, async () => {
      const el = await fixture<TaiwaTeamOverview>(
        html`<taiwa-team-overview
          style=${width ? `width:${width}` : ''}
          lang="en"
          manager-id="k1"
          time-zone="Asia/Tokyo"
          .now=${NOW}
          .members=${many}
          .records=${records}
        ></taiwa-team-overview>`,
      );
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      const rows = qa(el, 'tbody tr');
      expect(rows).to.have.length(50);
      // Sorted by days since, longest first: Member 50 (50 days) on top, Member 1 (1 day) last.
      expect(rows.map((r) => r.dataset['member'])).to.deep.equal(many.map((m) => m.id).reverse());
      const last = rows[49]!;
      expect(last.getBoundingClientRect().top, 'the last row is below the fold').to.be.greaterThan(window.innerHeight);
      const cells = [...last.children];
      expect(cells).to.have.length(8);
      expect(cells.filter(rendered), 'every cell of the last row is rendered').to.have.length(8);
      expect(textOf(last.querySelector('[part="days"]'))).to.equal('1 day');
      // One height per row: a row's cells start at its top and none spills out of it.
      const box = last.getBoundingClientRect();
      for (const c of cells) expect(c.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 0.5);
      const seen: string[] = [];
      el.addEventListener('taiwa-navigate', (e) => seen.push(e.detail.sessionId));
      const open = last.querySelector<HTMLButtonElement>('[part="open"][data-step="prepare"]')!;
      open.focus();
      expect(deepActive()).to.equal(open);
      await sendKeys({ press: 'Enter' });
      expect(seen).to.deep.equal(['p0-next']);
      await expect(el).to.be.accessible();
      window.scrollTo(0, 0);
    });
});
