import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/elements/scheduler/define.js';
import '../../src/elements/session-list/define.js';
import type { TaiwaSessionList } from '../../src/elements/session-list/session-list.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import type { TaiwaScheduleEvent } from '../../src/events/index.js';
import type { Series, Session, Viewer } from '../../src/model/schemas.js';
import { inProvider } from '../helpers/mount.js';
import { deepActive } from '../helpers/a11y.js';
import { TestTenant } from '../adapters/outbox-server.js';

// Friday 27 March 2026: Berlin moves its clocks on Sunday 29 March, so "tomorrow" plus a month crosses the change.
const NOW = Date.parse('2026-03-27T08:00:00Z');
const ZONE = 'Europe/Berlin';
const PEOPLE = [
  { id: 'm1', name: 'Aoi', email: 'aoi@example.com' },
  { id: 'k1', name: 'Kenji', email: 'kenji@example.com' },
];
const MEMBER = { id: 'm1', role: 'member' as const };
const MANAGER = { id: 'k1', role: 'manager' as const };

const root = (el: HTMLElement) => el.shadowRoot!;
const q = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<E>(sel);
const text = (el: HTMLElement, sel: string) => q(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

async function icsOf(el: HTMLElement): Promise<string> {
  const a = q<HTMLAnchorElement>(el, '[part="download"]')!;
  expect(a.href).to.match(/^blob:/);
  expect(a.download).to.match(/\.ics$/);
  return (await fetch(a.href)).text();
}

async function scheduler(
  viewer: Viewer = MEMBER,
  attrs = '',
  adapter: unknown = createIndexedDbAdapter({ dbName: `sch-${Math.random()}`, viewerId: viewer.id }),
  lang = 'en',
) {
  const tpl =
    attrs === 'session'
      ? html`<taiwa-scheduler session-id="s1" time-zone=${ZONE} .now=${NOW} .people=${PEOPLE}></taiwa-scheduler>`
      : html`<taiwa-scheduler manager-id="k1" member-id="m1" time-zone=${ZONE} .now=${NOW} .people=${PEOPLE}></taiwa-scheduler>`;
  return {
    ...(await inProvider('taiwa-scheduler', tpl, { adapter, viewer, lang })),
    adapter: adapter as ReturnType<typeof createIndexedDbAdapter>,
  };
}

async function press(...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
}

describe('taiwa-scheduler', () => {
  for (const lang of ['en', 'ja']) {
    it(`is accessible when creating, invalid, moving, confirming and cancelled (${lang})`, async () => {
      const { el } = await scheduler(MEMBER, '', undefined, lang);
      await expect(el).to.be.accessible();
      q<HTMLInputElement>(el, 'input[name="date"]')!.value = '';
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await el.updateComplete;
      expect(q(el, '[part="invalid"]')).to.exist;
      await expect(el).to.be.accessible();
      q<HTMLInputElement>(el, 'input[name="date"]')!.value = '2026-04-02';
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await el.updateComplete;
      expect(text(el, '[part="title"]')).to.match(lang === 'en' ? /^Move or cancel/ : /変更・中止/);
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '[part~="cancel"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '[part~="confirm-yes"]')!.click();
      await el.updateComplete;
      expect(text(el, '[part="title"]')).to.match(lang === 'en' ? /is cancelled$/ : /中止されました$/);
      await expect(el).to.be.accessible();
    });
  }

  it('creates, moves across the DST change and cancels by keyboard alone, with a matching .ics each time', async () => {
    const { el, adapter } = await scheduler();
    const events: TaiwaScheduleEvent[] = [];
    el.addEventListener('taiwa-schedule', (e) => events.push(e));
    q<HTMLInputElement>(el, 'input[name="date"]')!.focus();
    expect(q<HTMLInputElement>(el, 'input[name="date"]')!.value, 'tomorrow in Berlin').to.equal('2026-03-28');
    // Tab to the submit button past the date and time segments, length and repeat, then send.
    for (let i = 0; i < 12 && !deepActive()?.getAttribute('part')?.includes('submit'); i++) await press('Tab');
    expect(deepActive()?.getAttribute('part')).to.contain('submit');
    await press('Enter');
    await el.updateComplete;
    expect(events.map((e) => e.detail.action)).to.deep.equal(['create']);
    const created = events[0]!.detail.session!;
    expect(created).to.include({
      memberId: 'm1',
      managerId: 'k1',
      scheduledAt: '2026-03-28T09:00:00.000Z',
      timeZone: ZONE,
      sequence: 0,
      durationMinutes: 30,
    });
    expect((await adapter.query('session', {})).map((s) => s.id)).to.deep.equal([created.id]);
    let ical = parse(await icsOf(el));
    expect(ical.cal.getFirstPropertyValue('method')).to.equal('REQUEST');
    const first = ical.events[0]!;
    expect(first.getFirstPropertyValue('uid')).to.equal(`${created.id}@localhost`);
    expect(first.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal(ZONE);
    expect(new ICAL.Event(first).startDate.toJSDate().toISOString()).to.equal('2026-03-28T09:00:00.000Z');

    // Move it: one month later (ArrowUp on the month), same wall time, now in summer time.
    q<HTMLInputElement>(el, 'input[name="date"]')!.focus();
    await press('ArrowUp');
    expect(q<HTMLInputElement>(el, 'input[name="date"]')!.value).to.equal('2026-04-28');
    await press('Enter');
    await el.updateComplete;
    const moved = events[1]!.detail.session!;
    expect(events[1]!.detail.action).to.equal('reschedule');
    expect(moved).to.include({ id: created.id, scheduledAt: '2026-04-28T08:00:00.000Z', sequence: 1 });
    ical = parse(await icsOf(el));
    const ev = new ICAL.Event(ical.events[0]!);
    expect(ev.uid, 'a stable UID').to.equal(`${created.id}@localhost`);
    expect(ev.sequence).to.equal(1);
    expect(ev.startDate.hour, 'still 10:00 on the wall clock').to.equal(10);
    expect(ev.startDate.toJSDate().toISOString()).to.equal('2026-04-28T08:00:00.000Z');
    expect(text(el, '[part="status"]')).to.contain('Moved to');

    // Cancel: the button, then confirm with the keyboard; focus lands on the new .ics.
    q<HTMLButtonElement>(el, '[part~="cancel"]')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(deepActive()?.getAttribute('part'), 'the safe choice is focused first').to.contain('confirm-no');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    await press('Enter');
    await el.updateComplete;
    expect(events[2]!.detail.action).to.equal('cancel');
    const stored = (await adapter.query('session', {}))[0]!;
    expect(stored.cancelledAt).to.be.a('string');
    expect(stored.sequence).to.equal(2);
    ical = parse(await icsOf(el));
    expect(ical.cal.getFirstPropertyValue('method')).to.equal('CANCEL');
    expect(ical.events[0]!.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(ical.events[0]!.getFirstPropertyValue('sequence')).to.equal(2);
    expect(deepActive()?.getAttribute('part')).to.equal('download');
    adapter.close?.();
  });

  it('sets a cadence as a series with an RRULE that keeps the wall time across DST, and ends it', async () => {
    const { el, adapter } = await scheduler(MANAGER);
    const repeat = q<HTMLSelectElement>(el, 'select[name="repeat"]')!;
    repeat.focus();
    await press('ArrowDown', 'ArrowDown');
    expect(repeat.value).to.equal('2');
    const fired = oneEvent(el, 'taiwa-schedule') as Promise<TaiwaScheduleEvent>;
    q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    const { detail } = await fired;
    await el.updateComplete;
    expect(detail.action).to.equal('series');
    expect(detail.series).to.include({ everyWeeks: 2, startsAt: '2026-03-28T09:00:00.000Z', timeZone: ZONE });
    expect(detail.session!.seriesId).to.equal(detail.series!.id);
    const series = await adapter.query('series', {});
    expect(series.map((s: Series) => s.id)).to.deep.equal([detail.series!.id]);
    const ical = parse(await icsOf(el));
    const master = new ICAL.Event(ical.events[0]!);
    expect(ical.events[0]!.getFirstPropertyValue('rrule')!.toString()).to.equal('FREQ=WEEKLY;INTERVAL=2');
    expect(master.uid).to.equal(`${detail.series!.id}@localhost`);
    const it = master.iterator();
    const starts = [it.next(), it.next(), it.next()].map((t) => master.getOccurrenceDetails(t!).startDate);
    expect(starts.map((t) => t.toJSDate().toISOString())).to.deep.equal([
      '2026-03-28T09:00:00.000Z',
      '2026-04-11T08:00:00.000Z',
      '2026-04-25T08:00:00.000Z',
    ]);
    expect(starts.map((t) => t.hour)).to.deep.equal([10, 10, 10]);
    expect(text(el, '[part="series"]')).to.contain('every 2 weeks');
    const end = q<HTMLButtonElement>(el, '[part~="end-series"]')!;
    end.focus();
    await press('Enter');
    await el.updateComplete;
    expect((await adapter.query('series', {}))[0]!.endedAt).to.be.a('string');
    const ended = parse(await icsOf(el));
    expect(ended.events[0]!.getFirstPropertyValue('rrule')!.toString()).to.match(/;UNTIL=20260327T08\d{4}Z$/);
    expect(text(el, '[part="series"]')).to.equal('No longer repeats.');
    adapter.close?.();
  });

  it('fits a 390 px screen without scrolling sideways', async () => {
    const { el, adapter } = await scheduler(MEMBER, '', undefined, 'ja');
    el.style.width = '390px';
    await el.updateComplete;
    expect(q(el, 'form')!.scrollWidth).to.be.at.most(390);
    adapter.close?.();
  });

  it('lets the host take the change instead (preventDefault stores nothing)', async () => {
    const { el, adapter } = await scheduler();
    el.addEventListener('taiwa-schedule', (e) => e.preventDefault());
    q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await el.updateComplete;
    expect(await adapter.query('session', {})).to.have.length(0);
    expect(text(el, '[part="status"]')).to.contain('Passed on to your calendar app');
    expect(await icsOf(el)).to.contain('METHOD:REQUEST');
    adapter.close?.();
  });

  it('refuses a time in the past and says why, with focus on the field', async () => {
    const { el, adapter } = await scheduler();
    q<HTMLInputElement>(el, 'input[name="date"]')!.value = '2026-03-01';
    q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await el.updateComplete;
    await waitUntil(() => deepActive()?.getAttribute('name') === 'date');
    expect(text(el, '[part="invalid"]')).to.equal('Choose a time that has not passed yet.');
    expect(q(el, 'input[name="date"]')!.getAttribute('aria-describedby')).to.contain('invalid');
    expect(await adapter.query('session', {})).to.have.length(0);
    adapter.close?.();
  });

  it('on the REST backend: the member moves the 1on1 and the manager’s list shows the new time', async () => {
    const t = new TestTenant('schedule');
    const stamp = '2026-03-01T00:00:00.000Z';
    const s1: Session = {
      id: 's1',
      createdAt: stamp,
      updatedAt: stamp,
      memberId: 'm1',
      managerId: 'k1',
      scheduledAt: '2026-04-02T08:00:00.000Z',
      timeZone: ZONE,
      sequence: 0,
    };
    // Two people with their own sign-in, under the real policy: either of the pair may move the 1on1.
    await t.people([{ id: 'k1' }, { id: 'm1', managerId: 'k1' }]);
    const as = async (id: string) => {
      const token = await t.tokenFor(id);
      return createRestAdapter({ baseUrl: t.base, getHeaders: () => ({ authorization: `Bearer ${token}` }) });
    };
    const [member, manager] = [await as('m1'), await as('k1')];
    await manager.put('session', s1);
    const { el } = await scheduler(MEMBER, 'session', member);
    expect(text(el, '[part="title"]')).to.contain('Move or cancel');
    q<HTMLInputElement>(el, 'input[name="time"]')!.value = '15:30';
    q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await el.updateComplete;
    const { el: list } = await inProvider(
      'taiwa-session-list',
      html`<taiwa-session-list time-zone=${ZONE} .now=${NOW} .people=${PEOPLE}></taiwa-session-list>`,
      { adapter: manager, viewer: MANAGER },
    );
    const time = (list as TaiwaSessionList).shadowRoot!.querySelector('[data-session="s1"] time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-04-02T13:30:00.000Z');
    expect(time.textContent).to.match(/3:30\s?PM/);
    expect(((await manager.query('session', { sessionId: 's1' }))[0] as Session).sequence).to.equal(1);
  });
});
