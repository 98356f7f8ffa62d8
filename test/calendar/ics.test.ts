import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { meetingIcs, occurrenceIcs, seriesIcs, type IcsMeeting, type IcsSeries } from '../../src/calendar/ics.js';
import { cancelOccurrence, occurrences, reschedule, rescheduleOccurrence, type Cadence } from '../../src/calendar/recurrence.js';

const options = { domain: 'taiwa.example.com', now: '2026-03-01T12:00:00Z' };

const meeting: IcsMeeting = {
  id: '1on1-42',
  start: '2026-03-20T09:00:00.000Z',
  durationMinutes: 45,
  timeZone: 'Europe/Berlin',
  summary: '1on1 Yamada / Suzuki',
  organizer: { name: 'Suzuki Hanako', email: 'hanako@example.com' },
  attendees: [{ name: 'Yamada Taro', email: 'taro@example.com' }],
};

function parse(ics: string): { cal: ICAL.Component; events: ICAL.Component[] } {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

/** The first `n` starts ical.js expands the series to, as UTC ISO strings, and their wall times. */
function expand(ics: string, n: number): { utc: string[]; wall: string[] } {
  const { events } = parse(ics);
  const master = new ICAL.Event(events.find((e) => !e.hasProperty('recurrence-id')));
  for (const e of events.filter((x) => x.hasProperty('recurrence-id'))) master.relateException(new ICAL.Event(e));
  const it = master.iterator();
  const utc: string[] = [];
  const wall: string[] = [];
  for (let next = it.next(); next && utc.length < n; next = it.next()) {
    const details = master.getOccurrenceDetails(next);
    utc.push(details.startDate.toJSDate().toISOString());
    wall.push(`${details.startDate.hour}:${String(details.startDate.minute).padStart(2, '0')}`);
  }
  return { utc, wall };
}

describe('.ics for one 1on1 (parsed by ical.js)', () => {
  it('writes a REQUEST with a stable UID, the organiser zone and the right instants', () => {
    const ics = meetingIcs(meeting, options);
    const { cal, events } = parse(ics);
    expect(cal.getFirstPropertyValue('method')).to.equal('REQUEST');
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(cal.getFirstPropertyValue('prodid')).to.equal('-//Taiwa//Taiwa 1on1//EN');
    expect(events).to.have.length(1);
    const event = new ICAL.Event(events[0]);
    expect(event.uid).to.equal('1on1-42@taiwa.example.com');
    expect(event.sequence).to.equal(0);
    expect(events[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('Europe/Berlin');
    expect(event.startDate.hour).to.equal(10);
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-03-20T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2026-03-20T09:45:00.000Z');
    expect(events[0]!.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-03-01T12:00:00Z');
    expect(events[0]!.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(event.organizer).to.equal('mailto:hanako@example.com');
    const attendee = events[0]!.getFirstProperty('attendee')!;
    expect(attendee.getFirstValue()).to.equal('mailto:taro@example.com');
    expect(attendee.getParameter('cn')).to.equal('Yamada Taro');
    expect(attendee.getParameter('rsvp')).to.equal('TRUE');
  });

  it('keeps the UID and raises SEQUENCE on reschedule; a cancel is METHOD:CANCEL with STATUS:CANCELLED', () => {
    const moved = reschedule(meeting, '2026-03-27T13:00:00Z');
    const once = parse(meetingIcs(moved, options)).events[0]!;
    expect(new ICAL.Event(once).uid).to.equal('1on1-42@taiwa.example.com');
    expect(new ICAL.Event(once).sequence).to.equal(1);
    expect(new ICAL.Event(once).startDate.toJSDate().toISOString()).to.equal('2026-03-27T13:00:00.000Z');
    const twice = reschedule(moved, '2026-03-30T08:00:00Z');
    expect(new ICAL.Event(parse(meetingIcs(twice, options)).events[0]).sequence).to.equal(2);
    const cancelled = parse(meetingIcs({ ...twice, cancelled: true }, options));
    expect(cancelled.cal.getFirstPropertyValue('method')).to.equal('CANCEL');
    expect(cancelled.events[0]!.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(new ICAL.Event(cancelled.events[0]).sequence).to.equal(2);
  });

  it('round-trips hostile text in SUMMARY, DESCRIPTION and CN', () => {
    const hostile = 'a,b;c\\d "q" ^caret\nline 2\r\nline 3 🙂👩‍💻 山田太郎：次回、宿題；確認\\n';
    const name = 'Yamada "Taro", 山田;太郎 ^ 🙂';
    const ics = meetingIcs(
      { ...meeting, summary: hostile, description: hostile, location: 'Room; 3,F', organizer: { name, email: 'o@example.com' } },
      options,
    );
    const event = parse(ics).events[0]!;
    const expected = hostile.replace(/\r\n/g, '\n');
    expect(event.getFirstPropertyValue('summary')).to.equal(expected);
    expect(event.getFirstPropertyValue('description')).to.equal(expected);
    expect(event.getFirstPropertyValue('location')).to.equal('Room; 3,F');
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).to.equal(name);
  });

  it('round-trips any text through ical.js (property: escaping, quoting and folding together)', () => {
    const piece = fc.oneof(
      fc.constantFrom(',', ';', '\\', '\n', '\r\n', '\r', '"', '^', "^'", '^n', ':', '\t', ' ', '🙂', '👩‍💻', '山田', 'é', '\u0301'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      // Parameters have no backslash escapes in RFC 5545, but ical.js reads `\\`, `\,` and `\;` in
      // them as escapes anyway: names are checked without backslashes (TEXT values with them).
      fc.property(text, text.map((t) => t.replace(/\\/g, '/')), (summary, name) => {
        const ics = meetingIcs({ ...meeting, summary, description: `d${summary}`, organizer: { name: `x${name}`, email: 'o@example.com' } }, options);
        const event = parse(ics).events[0]!;
        const expected = summary.replace(/\r\n|\r/g, '\n');
        expect(event.getFirstPropertyValue('summary')).to.equal(expected);
        expect(event.getFirstPropertyValue('description')).to.equal(`d${expected}`);
        expect(event.getFirstProperty('organizer')!.getParameter('cn')).to.equal(`x${name}`.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('folds lines at 75 octets with CRLF, never inside a UTF-8 character', () => {
    const summary = '山田太郎さんと鈴木花子さんの1on1、今なんとなく気になっていること🙂'.repeat(4);
    const ics = meetingIcs({ ...meeting, summary, description: 'x'.repeat(300) }, options);
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const encoder = new TextEncoder();
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      // A lone surrogate or U+FFFD would show a character cut in two.
      expect(line, line).not.to.match(/[\ud800-\udfff]|\ufffd/u);
    }
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).to.be.greaterThan(4);
    expect(parse(ics).events[0]!.getFirstPropertyValue('summary')).to.equal(summary);
  });

  it('rejects what would break the file with a clear error', () => {
    expect(() => meetingIcs({ ...meeting, timeZone: 'Mars/Olympus' }, options)).to.throw(RangeError, /time zone/);
    expect(() => meetingIcs({ ...meeting, start: 'soon' }, options)).to.throw(RangeError, /start/);
    expect(() => meetingIcs({ ...meeting, organizer: { email: 'a@b.c\r\nATTENDEE:mailto:x@y.z' } }, options)).to.throw(RangeError, /e-mail/);
    expect(() => meetingIcs(meeting, { ...options, domain: 'bad domain;' })).to.throw(RangeError, /domain/);
    expect(() => meetingIcs({ ...meeting, durationMinutes: -5 }, options)).to.throw(RangeError, /durationMinutes/);
    expect(() => meetingIcs({ ...meeting, url: 'https://x.example/a b' }, options)).to.throw(RangeError, /URL/);
    expect(() => meetingIcs({ ...meeting, sequence: 1.5 }, options)).to.throw(RangeError, /sequence/);
    expect(meetingIcs({ ...meeting, url: 'https://x.example/1on1/42?a=1' }, options)).to.include('\r\nURL:https://x.example/1on1/42?a=1\r\n');
  });
});

const berlin: Cadence = { start: '2026-03-16T09:00:00.000Z', timeZone: 'Europe/Berlin', intervalWeeks: 1, count: 4, durationMinutes: 30 };

const series = (cadence: Cadence): IcsSeries => ({ ...meeting, id: 'series-7', cadence });

describe('.ics for a series (RRULE expanded by ical.js)', () => {
  it('keeps 10:00 Berlin time across the March change while the UTC offset moves', () => {
    const ics = seriesIcs(series(berlin), options);
    expect(ics).to.include('\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=4\r\n');
    expect(ics).to.include('\r\nDTSTART;TZID=Europe/Berlin:20260316T100000\r\n');
    const { utc, wall } = expand(ics, 10);
    expect(utc).to.deep.equal(['2026-03-16T09:00:00.000Z', '2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z']);
    expect(wall).to.deep.equal(['10:00', '10:00', '10:00', '10:00']);
    expect(utc).to.deep.equal(occurrences(berlin).map((o) => o.start));
  });

  it('expands an every-other-week New York series with UNTIL across the November change', () => {
    const ny: Cadence = { start: '2026-10-19T14:00:00.000Z', timeZone: 'America/New_York', intervalWeeks: 2, until: '2026-12-01T00:00:00Z' };
    const ics = seriesIcs(series(ny), options);
    expect(ics).to.match(/RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20261201T000000Z/);
    const { utc, wall } = expand(ics, 10);
    expect(utc).to.deep.equal(['2026-10-19T14:00:00.000Z', '2026-11-02T15:00:00.000Z', '2026-11-16T15:00:00.000Z', '2026-11-30T15:00:00.000Z']);
    expect(wall.every((w) => w === '10:00')).to.equal(true);
  });

  it('gives an endless series a VTIMEZONE that stays right for years (yearly rules)', () => {
    const endless: Cadence = { start: '2026-01-05T09:00:00.000Z', timeZone: 'Europe/Berlin', intervalWeeks: 2 };
    const ics = seriesIcs(series(endless), options);
    expect(ics).to.match(/RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/);
    expect(ics).to.match(/RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/);
    const { utc, wall } = expand(ics, 130);
    expect(utc).to.deep.equal(occurrences(endless, { limit: 130 }).map((o) => o.start));
    expect(wall.every((w) => w === '10:00')).to.equal(true);
    // Five years on, summer and winter still differ by the hour the zone shifts.
    expect(utc).to.include('2030-07-01T08:00:00.000Z');
    expect(utc).to.include('2030-12-16T09:00:00.000Z');
  });

  it('needs no DST in Tokyo: one fixed +0900 observance, 10:00 is always 01:00Z', () => {
    const tokyo: Cadence = { start: '2026-03-16T01:00:00.000Z', timeZone: 'Asia/Tokyo', intervalWeeks: 1, count: 6 };
    const ics = seriesIcs(series(tokyo), options);
    const zone = parse(ics).cal.getFirstSubcomponent('vtimezone')!;
    expect(zone.getAllSubcomponents('daylight')).to.have.length(0);
    expect(zone.getAllSubcomponents('standard')).to.have.length(1);
    expect(zone.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')!.toString()).to.equal('+09:00');
    const { utc } = expand(ics, 10);
    expect(utc).to.have.length(6);
    expect(utc.every((u) => u.endsWith('T01:00:00.000Z'))).to.equal(true);
  });

  it('writes a cancelled occurrence as EXDATE and a moved one as RECURRENCE-ID, raising SEQUENCE', () => {
    let c = cancelOccurrence(berlin, '2026-03-23T09:00:00.000Z');
    c = rescheduleOccurrence(c, '2026-03-30T08:00:00.000Z', '2026-03-31T12:00:00.000Z');
    const ics = seriesIcs(series(c), options);
    const { events } = parse(ics);
    expect(events).to.have.length(2);
    const master = events.find((e) => !e.hasProperty('recurrence-id'))!;
    expect(new ICAL.Event(master).sequence).to.equal(2);
    const exdate = master.getFirstProperty('exdate')!;
    expect(exdate.getParameter('tzid')).to.equal('Europe/Berlin');
    expect((exdate.getFirstValue() as ICAL.Time).toJSDate().toISOString()).to.equal('2026-03-23T09:00:00.000Z');
    const moved = new ICAL.Event(events.find((e) => e.hasProperty('recurrence-id')));
    expect(moved.uid).to.equal('series-7@taiwa.example.com');
    expect(moved.recurrenceId.toJSDate().toISOString()).to.equal('2026-03-30T08:00:00.000Z');
    expect(moved.sequence).to.equal(2);
    const { utc } = expand(ics, 10);
    expect(utc).to.deep.equal(['2026-03-16T09:00:00.000Z', '2026-03-31T12:00:00.000Z', '2026-04-06T08:00:00.000Z']);
    expect(utc).to.deep.equal(occurrences(c).map((o) => o.start));
  });

  it('cancels or moves one occurrence on its own with RECURRENCE-ID (RFC 5546)', () => {
    const c = cancelOccurrence(berlin, '2026-03-30T08:00:00.000Z');
    const cancel = parse(occurrenceIcs(series(c), '2026-03-30T08:00:00.000Z', options));
    expect(cancel.cal.getFirstPropertyValue('method')).to.equal('CANCEL');
    expect(cancel.events).to.have.length(1);
    const one = new ICAL.Event(cancel.events[0]);
    expect(one.uid).to.equal('series-7@taiwa.example.com');
    expect(one.recurrenceId.toJSDate().toISOString()).to.equal('2026-03-30T08:00:00.000Z');
    expect(one.recurrenceId.hour).to.equal(10);
    expect(one.sequence).to.equal(1);
    expect(cancel.events[0]!.getFirstPropertyValue('status')).to.equal('CANCELLED');
    const m = rescheduleOccurrence(berlin, '2026-03-23T09:00:00.000Z', '2026-03-24T14:00:00Z');
    const move = parse(occurrenceIcs(series(m), '2026-03-23T09:00:00.000Z', options));
    expect(move.cal.getFirstPropertyValue('method')).to.equal('REQUEST');
    const moved = new ICAL.Event(move.events[0]);
    expect(moved.startDate.toJSDate().toISOString()).to.equal('2026-03-24T14:00:00.000Z');
    expect(moved.recurrenceId.toJSDate().toISOString()).to.equal('2026-03-23T09:00:00.000Z');
    expect(() => occurrenceIcs(series(berlin), '2026-03-24T09:00:00.000Z', options)).to.throw(RangeError, /No occurrence/);
  });

  it('cancels the whole series with METHOD:CANCEL', () => {
    const { cal, events } = parse(seriesIcs({ ...series(berlin), cancelled: true }, options));
    expect(cal.getFirstPropertyValue('method')).to.equal('CANCEL');
    expect(events[0]!.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(new ICAL.Event(events[0]).uid).to.equal('series-7@taiwa.example.com');
  });
});
