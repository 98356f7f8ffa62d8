import { expect, html, oneEvent } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/elements/scheduler/define.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import type { TaiwaScheduleEvent } from '../../src/events/index.js';
import type { Series, Session } from '../../src/model/schemas.js';
import { inProvider } from '../helpers/mount.js';

// Friday 20 March 2026, 08:00Z: Berlin moves its clocks on Sunday 29 March. A weekly series at 10:00
// Berlin time is 09:00Z before the change and 08:00Z after it.
const NOW = Date.parse('2026-03-20T08:00:00Z');
const ZONE = 'Europe/Berlin';
const stamp = '2026-03-01T00:00:00.000Z';
const PEOPLE = [
  { id: 'm1', name: 'Aoi', email: 'aoi@example.com' },
  { id: 'k1', name: 'Kenji', email: 'kenji@example.com' },
];
const MEMBER = { id: 'm1', role: 'member' as const };
const pair = { memberId: 'm1', managerId: 'k1' };
const SERIES: Series = {
  id: 'se1',
  createdAt: stamp,
  updatedAt: stamp,
  ...pair,
  everyWeeks: 1,
  startsAt: '2026-03-20T09:00:00.000Z',
  timeZone: ZONE,
  durationMinutes: 30,
};
const one = (id: string, at: string): Session => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  ...pair,
  scheduledAt: at,
  durationMinutes: 30,
  timeZone: ZONE,
  seriesId: 'se1',
  sequence: 0,
});
// s2 before the change, s3 after it.
const SESSIONS = [one('s1', '2026-03-20T09:00:00.000Z'), one('s2', '2026-03-27T09:00:00.000Z'), one('s3', '2026-04-03T08:00:00.000Z')];

const q = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<E>(sel);

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = cal.getAllSubcomponents('vevent');
  const master = events.find((e) => !e.hasProperty('recurrence-id'))!;
  const overrides = events.filter((e) => e.hasProperty('recurrence-id'));
  return { cal, master, overrides };
}

/** The first `n` starts ical.js expands the series to, moved ones where they now are. */
function expand(ics: string, n: number): string[] {
  const { master, overrides } = parse(ics);
  const event = new ICAL.Event(master);
  for (const o of overrides) event.relateException(new ICAL.Event(o));
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next())
    out.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
  return out;
}

async function open(adapter: ReturnType<typeof createIndexedDbAdapter>, sessionId: string) {
  const tpl = html`<taiwa-scheduler
    session-id=${sessionId}
    time-zone=${ZONE}
    domain="taiwa.example.com"
    .now=${NOW}
    .people=${PEOPLE}
  ></taiwa-scheduler>`;
  return (await inProvider('taiwa-scheduler', tpl, { adapter, viewer: MEMBER, lang: 'en' })).el;
}

async function seeded() {
  const adapter = createIndexedDbAdapter({ dbName: `sch-series-${Math.random()}`, viewerId: 'm1' });
  await adapter.put('series', SERIES);
  for (const s of SESSIONS) await adapter.put('session', s);
  return adapter;
}

describe('taiwa-scheduler: a 1on1 of a series changes the series’ .ics', () => {
  it('a moved 1on1 is a RECURRENCE-ID of the series (same UID), a cancelled one an EXDATE, SEQUENCE rising, across DST', async () => {
    const adapter = await seeded();
    // Move the 1on1 after the change (10:00 on 3 April) to 15:00 on 4 April.
    const el = await open(adapter, 's3');
    q<HTMLInputElement>(el, 'input[name="date"]')!.value = '2026-04-04';
    q<HTMLInputElement>(el, 'input[name="time"]')!.value = '15:00';
    let fired = oneEvent(el, 'taiwa-schedule') as Promise<TaiwaScheduleEvent>;
    q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    const moved = (await fired).detail;
    await el.updateComplete;
    expect(moved.action).to.equal('reschedule');
    expect(moved.session).to.include({
      id: 's3',
      scheduledAt: '2026-04-04T13:00:00.000Z',
      occurrenceAt: '2026-04-03T08:00:00.000Z',
      sequence: 1,
    });
    const first = parse(moved.ics);
    expect(first.cal.getFirstPropertyValue('method')).to.equal('REQUEST');
    expect(new ICAL.Event(first.master).uid).to.equal('se1@taiwa.example.com');
    expect(first.overrides).to.have.length(1);
    const o = new ICAL.Event(first.overrides[0]);
    expect(o.uid).to.equal('se1@taiwa.example.com');
    expect(first.overrides[0]!.getFirstProperty('recurrence-id')!.getParameter('tzid')).to.equal(ZONE);
    expect(o.recurrenceId.toJSDate().toISOString()).to.equal('2026-04-03T08:00:00.000Z');
    expect(o.startDate.toJSDate().toISOString()).to.equal('2026-04-04T13:00:00.000Z');
    const seqAfterMove = new ICAL.Event(first.master).sequence;
    expect(seqAfterMove).to.be.greaterThan(0);
    expect(o.sequence).to.equal(seqAfterMove);
    expect(expand(moved.ics, 4)).to.deep.equal([
      '2026-03-20T09:00:00.000Z',
      '2026-03-27T09:00:00.000Z',
      '2026-04-04T13:00:00.000Z',
      '2026-04-10T08:00:00.000Z',
    ]);
    // The download is the series' file, the same text.
    const a = q<HTMLAnchorElement>(el, '[part="download"]')!;
    expect(a.download).to.equal('1on1-se1.ics');
    expect(await (await fetch(a.href)).text()).to.equal(moved.ics);
    el.remove();

    // Cancel the 1on1 before the change: an EXDATE at its 09:00Z, the moved one still in the file.
    const el2 = await open(adapter, 's2');
    q<HTMLButtonElement>(el2, '[part~="cancel"]')!.click();
    await el2.updateComplete;
    fired = oneEvent(el2, 'taiwa-schedule') as Promise<TaiwaScheduleEvent>;
    q<HTMLButtonElement>(el2, '[part~="confirm-yes"]')!.click();
    const off = (await fired).detail;
    expect(off.action).to.equal('cancel');
    expect(off.session).to.include({ id: 's2', occurrenceAt: '2026-03-27T09:00:00.000Z' });
    const second = parse(off.ics);
    const exdate = second.master.getFirstProperty('exdate')!;
    expect(exdate.getParameter('tzid')).to.equal(ZONE);
    expect((exdate.getFirstValue() as ICAL.Time).toJSDate().toISOString()).to.equal('2026-03-27T09:00:00.000Z');
    expect(second.overrides.map((x) => new ICAL.Event(x).recurrenceId.toJSDate().toISOString())).to.deep.equal([
      '2026-04-03T08:00:00.000Z',
    ]);
    expect(new ICAL.Event(second.master).sequence).to.be.greaterThan(seqAfterMove);
    expect(expand(off.ics, 3)).to.deep.equal(['2026-03-20T09:00:00.000Z', '2026-04-04T13:00:00.000Z', '2026-04-10T08:00:00.000Z']);
    // Both changes were stored.
    await el2.updateComplete;
    const stored = await adapter.query('session', {});
    expect(stored.find((s) => s.id === 's2')!.cancelledAt).to.be.a('string');
    expect(stored.find((s) => s.id === 's3')!.scheduledAt).to.equal('2026-04-04T13:00:00.000Z');
    el2.remove();
    adapter.close?.();
  });

  it('a 1on1 outside any series keeps its own file (its own UID)', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `sch-series-${Math.random()}`, viewerId: 'm1' });
    await adapter.put('session', { ...one('x1', '2026-04-03T08:00:00.000Z'), seriesId: undefined } as Session);
    const el = await open(adapter, 'x1');
    const fired = oneEvent(el, 'taiwa-schedule') as Promise<TaiwaScheduleEvent>;
    q<HTMLInputElement>(el, 'input[name="time"]')!.value = '11:00';
    q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    const { detail } = await fired;
    const { master, overrides } = parse(detail.ics);
    expect(new ICAL.Event(master).uid).to.equal('x1@taiwa.example.com');
    expect(overrides).to.have.length(0);
    expect(detail.session!.occurrenceAt).to.equal(undefined);
    adapter.close?.();
  });

  for (const lang of ['ja', 'en']) {
    it(`with an open series, a repeat changes it instead of starting a second one (${lang})`, async () => {
      const adapter = await seeded();
      const tpl = html`<taiwa-scheduler
        member-id="m1"
        manager-id="k1"
        time-zone=${ZONE}
        domain="taiwa.example.com"
        .now=${NOW}
        .people=${PEOPLE}
      ></taiwa-scheduler>`;
      const { el } = await inProvider('taiwa-scheduler', tpl, { adapter, viewer: MEMBER, lang });
      const note = q(el, '[part="series-change"]')!;
      expect(note.textContent!.trim()).to.not.equal('');
      const repeat = q<HTMLSelectElement>(el, 'select[name="repeat"]')!;
      // One more 1on1 does not repeat unless asked: the series stays as it is.
      expect(repeat.value).to.equal('0');
      expect(repeat.getAttribute('aria-describedby')).to.equal('series-change');
      await expect(el).to.be.accessible();
      repeat.value = '2';
      const fired = oneEvent(el, 'taiwa-schedule') as Promise<TaiwaScheduleEvent>;
      q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      const { detail } = await fired;
      await el.updateComplete;
      expect(detail.action).to.equal('series');
      expect(detail.series).to.include({ id: 'se1', everyWeeks: 2, startsAt: '2026-03-21T09:00:00.000Z', sequence: 1 });
      expect(detail.session!.seriesId).to.equal('se1');
      const all = await adapter.query('series', {});
      expect(all.map((x) => [x.id, x.everyWeeks])).to.deep.equal([['se1', 2]]);
      const { master } = parse(detail.ics);
      expect(new ICAL.Event(master).uid).to.equal('se1@taiwa.example.com');
      expect(master.getFirstPropertyValue('rrule')!.toString()).to.equal('FREQ=WEEKLY;INTERVAL=2');
      expect(new ICAL.Event(master).sequence).to.equal(1);
      adapter.close?.();
    });
  }

  it('answers a taiwa-schedule-request: the form opens on that day for that pair, and taiwa-schedule carries the request', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `sch-series-${Math.random()}`, viewerId: 'm1' });
    const tpl = html`<taiwa-scheduler time-zone=${ZONE} domain="taiwa.example.com" .now=${NOW} .people=${PEOPLE}></taiwa-scheduler>`;
    const { el } = await inProvider('taiwa-scheduler', tpl, { adapter, viewer: MEMBER, lang: 'en' });
    const request = { memberId: 'm1', managerId: 'k1', date: '2026-04-08', topicIds: ['career'], fromSessionId: 's1' };
    (el as HTMLElement & { answer(r: typeof request): void }).answer(request);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(q<HTMLInputElement>(el, 'input[name="date"]')!.value).to.equal('2026-04-08');
    expect(q(el, '[part="title"]')!.textContent).to.contain('Kenji');
    const fired = oneEvent(el, 'taiwa-schedule') as Promise<TaiwaScheduleEvent>;
    q<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    const { detail } = await fired;
    expect(detail.action).to.equal('create');
    expect(detail.request).to.deep.equal(request);
    // 10:00 Berlin summer time on the day asked for.
    expect(detail.session).to.include({ memberId: 'm1', managerId: 'k1', scheduledAt: '2026-04-08T08:00:00.000Z' });
    adapter.close?.();
  });
});
