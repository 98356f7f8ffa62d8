import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/session-list/define.js';
import type { TaiwaSessionList } from '../../src/elements/session-list/session-list.js';
import { sessionRows as rowsWith, type SessionInputs } from '../../src/elements/session-list/session-list.model.js';
import { latestBy } from '../../src/model/records.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import type { Agenda, Feedback, LevelAssessment, Session } from '../../src/model/schemas.js';
import type { TaiwaNavigateEvent } from '../../src/events/index.js';
import { inProvider } from '../helpers/mount.js';
import { deepActive } from '../helpers/a11y.js';

/** The model's rows, with records.ts's `latestBy` (the part hands it the element's). */
const sessionRows = (viewerId: string, input: SessionInputs, now: number, partnerId?: string) =>
  rowsWith({ latestBy }, viewerId, input, now, partnerId);

const NOW = Date.parse('2026-03-10T00:00:00Z');
const DAY = 86_400_000;
const stamp = '2026-01-01T00:00:00.000Z';

function session(id: string, days: number, extra: Partial<Session> = {}): Session {
  const at = new Date(NOW + days * DAY + 9 * 3_600_000).toISOString();
  return { id, createdAt: stamp, updatedAt: stamp, memberId: 'm1', managerId: 'k1', scheduledAt: at, durationMinutes: 30, ...extra };
}
const agenda = (sessionId: string, shared: boolean): Agenda => ({
  id: `a-${sessionId}`,
  createdAt: stamp,
  updatedAt: stamp,
  sessionId,
  memberId: 'm1',
  managerId: 'k1',
  items: [],
  ...(shared ? { submittedAt: stamp } : {}),
});
const feedback = (sessionId: string, by: 'member' | 'manager'): Feedback => ({
  id: `f-${sessionId}-${by}`,
  createdAt: stamp,
  updatedAt: stamp,
  sessionId,
  memberId: 'm1',
  managerId: 'k1',
  by,
  scale: { min: 0, max: 10 },
  overall: 7,
  items: [],
  submittedAt: stamp,
});
const level = (sessionId: string, by: 'member' | 'manager'): LevelAssessment => ({
  id: `l-${sessionId}-${by}`,
  createdAt: stamp,
  updatedAt: stamp,
  sessionId,
  memberId: 'm1',
  managerId: 'k1',
  by,
  method: 'direct',
  level: 3,
});

// Two upcoming (one with its agenda shared), one cancelled, and eight past: one rated and answered,
// one just held (a rating still due, not late), the rest unrated and overdue.
const SESSIONS = [
  session('next', 2),
  session('later', 16, { heldAt: undefined }),
  session('off', 9, { cancelledAt: stamp }),
  session('held-1', -1, { heldAt: new Date(NOW - DAY).toISOString() }),
  session('held-2', -15, { heldAt: new Date(NOW - 15 * DAY).toISOString() }),
  ...Array.from({ length: 6 }, (_, i) => session(`old-${i}`, -30 - 14 * i)),
];
const RECORDS = {
  sessions: SESSIONS,
  agendas: [agenda('later', true), agenda('held-2', true)],
  feedback: [feedback('held-2', 'member'), feedback('held-2', 'manager')],
  levels: [level('held-2', 'member')],
};
const PEOPLE = [
  { id: 'm1', name: 'Aoi' },
  { id: 'k1', name: '<i>Kenji</i>' },
];

const root = (el: HTMLElement) => el.shadowRoot!;
const qa = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...root(el).querySelectorAll<E>(sel)];
const textOf = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function list(lang = 'en', attrs: { href?: string } = {}) {
  const el = await fixture<TaiwaSessionList>(
    html`<taiwa-session-list
      lang=${lang}
      viewer-id="m1"
      time-zone="Asia/Tokyo"
      href-template=${attrs.href ?? ''}
      page-size="3"
      .now=${NOW}
      .people=${PEOPLE}
      .records=${RECORDS}
    ></taiwa-session-list>`,
  );
  await el.updateComplete;
  return el;
}

describe('sessionRows', () => {
  it('splits, orders and gives each side its next step', () => {
    const member = sessionRows('m1', RECORDS, NOW);
    expect(member.upcoming.map((r) => r.session.id)).to.deep.equal(['next', 'off', 'later']);
    expect(member.past.map((r) => r.session.id).slice(0, 3)).to.deep.equal(['held-1', 'held-2', 'old-0']);
    const byId = new Map([...member.upcoming, ...member.past].map((r) => [r.session.id, r]));
    expect(byId.get('next')!.step).to.equal('prepare');
    expect(byId.get('later')!.step, 'the agenda is shared already').to.equal(undefined);
    expect(byId.get('held-1')!).to.include({ step: 'rate', overdue: false });
    expect(byId.get('held-2')!).to.include({ rated: true, reflected: true, levelAnswered: true });
    expect(byId.get('held-2')!.step).to.equal(undefined);
    expect(byId.get('old-0')!).to.include({ step: 'rate', overdue: true });
    expect(byId.get('off')!).to.include({ cancelled: true, upcoming: true });
    expect(byId.get('off')!.step).to.equal(undefined);
    const manager = sessionRows('k1', RECORDS, NOW);
    const m = new Map(manager.past.map((r) => [r.session.id, r]));
    expect(m.get('held-1')!.step).to.equal('reflect');
    expect(m.get('held-2')!.levelAnswered, "the manager's side did not answer").to.equal(false);
    expect(manager.upcoming[0]!).to.include({ partnerId: 'm1', step: 'prepare' });
    expect(sessionRows('k1', RECORDS, NOW, 'm9').past).to.have.length(0);
  });
});

describe('taiwa-session-list', () => {
  for (const lang of ['en', 'ja']) {
    it(`is accessible with the list, the empty state and an error (${lang})`, async () => {
      const el = await list(lang);
      await expect(el).to.be.accessible();
      const empty = await fixture<TaiwaSessionList>(
        html`<taiwa-session-list lang=${lang} viewer-id="m1" .records=${{ sessions: [] }}></taiwa-session-list>`,
      );
      await empty.updateComplete;
      expect(qa(empty, '[part="empty"]')).to.have.length(1);
      await expect(empty).to.be.accessible();
      const bad = await fixture<TaiwaSessionList>(
        html`<taiwa-session-list lang=${lang} viewer-id="m1" .records=${{ sessions: [{ id: 'x' }, SESSIONS[0]] }}></taiwa-session-list>`,
      );
      await bad.updateComplete;
      expect(qa(bad, '[part="error"]')).to.have.length(1);
      expect(qa(bad, '[part="session"]'), 'the valid 1on1 beside the bad one still shows').to.have.length(1);
      await expect(bad).to.be.accessible();
    });
  }

  it('shows time in the viewer zone, the partner as text, states and the next first', async () => {
    const el = await list();
    const first = qa(el, '[part="session"]')[0]!;
    expect(first.dataset['session']).to.equal('next');
    // 09:00 UTC is 18:00 in Tokyo.
    expect(textOf(first.querySelector('time'))).to.match(/6:00\s?PM/);
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(SESSIONS[0]!.scheduledAt);
    expect(textOf(first.querySelector('[part="partner"]'))).to.equal('with <i>Kenji</i>');
    expect(first.querySelector('i')).to.equal(null);
    expect(textOf(first.querySelector('[part="states"]'))).to.equal('Agenda not shared yet');
    expect(textOf(qa(el, '[data-session="off"] [part="states"]')[0])).to.equal('Cancelled');
    expect(qa(el, '[data-session="off"] [part="step"]')).to.have.length(0);
    const past = qa(el, 'section:last-of-type [part="session"]');
    expect(past.map((p) => p.dataset['session'])).to.deep.equal(['held-1', 'held-2', 'old-0']);
    expect([...past[1]!.querySelectorAll('[part="state"]')].map(textOf)).to.deep.equal([
      'Agenda shared',
      'Rated',
      'Reflected',
      'Level answered',
    ]);
  });

  it('fires taiwa-navigate with the step, and pages history by keyboard', async () => {
    const el = await list();
    const button = qa(el, '[part="step"]')[0]!;
    expect(button.getAttribute('aria-label')).to.contain('Prepare').and.contain('Kenji');
    button.focus();
    const fired = oneEvent(el, 'taiwa-navigate') as Promise<TaiwaNavigateEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail).to.deep.equal({ step: 'prepare', sessionId: 'next', memberId: 'm1' });
    const more = qa(el, '[part="more"]')[0]!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(qa(el, 'section:last-of-type [part="session"]')).to.have.length(6);
    expect(deepActive()?.dataset['session'], 'focus moves to the first newly shown 1on1').to.equal('old-1');
    qa(el, '[part="more"]')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(qa(el, 'section:last-of-type [part="session"]')).to.have.length(8);
    expect(qa(el, '[part="more"]')).to.have.length(0);
    expect(textOf(qa(el, '[part="count"]')[0])).to.equal('Showing 8 of 8 past 1:1s');
    expect(textOf(qa(el, '[data-session="old-5"] [part="states"]')[0])).to.equal('Overdue');
  });

  it('links steps through href-template, and a host may cancel the navigation', async () => {
    const el = await list('ja', { href: '/1on1/{sessionId}/{step}' });
    const links = qa<HTMLAnchorElement>(el, 'a[part="step"]');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/1on1/next/prepare', '/1on1/held-1/rate', '/1on1/old-0/rate']);
    el.addEventListener('taiwa-navigate', (e) => e.preventDefault());
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    links[1]!.dispatchEvent(click);
    expect(click.defaultPrevented, 'the link is not followed').to.equal(true);
    expect(textOf(links[0])).to.equal('準備する');
  });

  it('reads through the adapter, says sharing needs a backend, and refreshes on save', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `list-${Math.random()}`, viewerId: 'm1' });
    for (const s of SESSIONS.slice(0, 2)) await adapter.put('session', s);
    const { el } = await inProvider('taiwa-session-list', html`<taiwa-session-list .now=${NOW}></taiwa-session-list>`, {
      adapter,
      viewer: { id: 'm1', role: 'member' },
    });
    expect(qa(el, '[part="session"]')).to.have.length(2);
    expect(textOf(qa(el, '[part="note"]')[0])).to.contain('needs a backend');
    await adapter.put('session', session('new', 5));
    const { TaiwaSaveEvent } = await import('../../src/events/save.js');
    document.dispatchEvent(new TaiwaSaveEvent('session', session('new', 5)));
    await el.updateComplete;
    expect(qa(el, '[part="session"]').map((s) => s.dataset['session'])).to.deep.equal(['next', 'new', 'later']);
    adapter.close?.();
  });

  it('fits a 390 px screen without scrolling sideways', async () => {
    const el = await list('ja');
    el.style.width = '390px';
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(390);
    const step = qa(el, '[part="step"]')[0]!;
    expect(step.getBoundingClientRect().height, 'a touch target of 44 px').to.be.at.least(44);
  });

  it('lists the manager side with the member as partner', async () => {
    const { el } = await inProvider('taiwa-session-list', html`<taiwa-session-list .now=${NOW} .people=${PEOPLE}></taiwa-session-list>`, {
      adapter: createMemoryAdapter({ session: SESSIONS, feedback: RECORDS.feedback }),
      viewer: { id: 'k1', role: 'manager' },
    });
    expect(textOf(qa(el, '[part="partner"]')[0])).to.equal('with Aoi');
    expect(qa(el, '[part="step"]').map((b) => textOf(b))).to.include('Reflect');
  });
});
