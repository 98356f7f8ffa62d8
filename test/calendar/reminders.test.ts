import { expect } from '@open-wc/testing';
import { reminderSchedule, remindersDue, type RemindedMeeting } from '../../src/calendar/reminders.js';
import { occurrences, rescheduleOccurrence, type Cadence } from '../../src/calendar/recurrence.js';

// 10:00 in Tokyo on Wednesday 18 March 2026.
const meeting: RemindedMeeting = { id: '1on1-9', start: '2026-03-18T01:00:00.000Z' };
const tokyo = { timeZone: 'Asia/Tokyo' };
const ids = (list: { id: string }[]): string[] => list.map((r) => r.id);

describe('reminders (pure)', () => {
  it('schedules the day before at 09:00 and the day itself at 08:00, local to the person', () => {
    expect(reminderSchedule([meeting], tokyo)).to.deep.equal([
      { id: '1on1-9/day-before/2026-03-18', meetingId: '1on1-9', kind: 'day-before', dueAt: '2026-03-17T00:00:00.000Z', start: meeting.start, date: '2026-03-18' },
      { id: '1on1-9/same-day/2026-03-18', meetingId: '1on1-9', kind: 'same-day', dueAt: '2026-03-17T23:00:00.000Z', start: meeting.start, date: '2026-03-18' },
    ]);
    // The same 1on1 is on the 17th for a member in New York (21:00 the evening before).
    const ny = reminderSchedule([meeting], { timeZone: 'America/New_York' });
    expect(ny.map((r) => [r.kind, r.date, r.dueAt])).to.deep.equal([
      ['day-before', '2026-03-17', '2026-03-16T13:00:00.000Z'],
      ['same-day', '2026-03-17', '2026-03-17T12:00:00.000Z'],
    ]);
  });

  it('answers what is due at an instant: nothing early, one at a time, nothing once it started', () => {
    expect(remindersDue([meeting], '2026-03-16T23:59:00Z', tokyo)).to.deep.equal([]);
    expect(ids(remindersDue([meeting], '2026-03-17T00:00:00Z', tokyo))).to.deep.equal(['1on1-9/day-before/2026-03-18']);
    expect(ids(remindersDue([meeting], '2026-03-17T14:59:00Z', tokyo))).to.deep.equal(['1on1-9/day-before/2026-03-18']);
    // Past midnight in Tokyo the day-before reminder is over; the same-day one waits for 08:00.
    expect(remindersDue([meeting], '2026-03-17T15:30:00Z', tokyo)).to.deep.equal([]);
    expect(ids(remindersDue([meeting], '2026-03-17T23:00:00Z', tokyo))).to.deep.equal(['1on1-9/same-day/2026-03-18']);
    expect(remindersDue([meeting], '2026-03-18T01:00:00Z', tokyo)).to.deep.equal([]);
    expect(remindersDue([{ ...meeting, cancelled: true }], '2026-03-17T23:00:00Z', tokyo)).to.deep.equal([]);
  });

  it('gives an early 1on1 its same-day reminder no later than its start', () => {
    const early = { id: 'early', start: '2026-03-17T22:30:00.000Z' }; // 07:30 in Tokyo
    const same = reminderSchedule([early], tokyo).find((r) => r.kind === 'same-day')!;
    expect(same.dueAt).to.equal('2026-03-17T15:00:00.000Z');
    expect(ids(remindersDue([early], '2026-03-17T22:00:00Z', tokyo))).to.deep.equal(['early/same-day/2026-03-18']);
  });

  it('keeps ids stable across calls, and gives a moved occurrence of a series new ones', () => {
    const c: Cadence = { start: '2026-03-16T09:00:00.000Z', timeZone: 'Europe/Berlin', intervalWeeks: 1, count: 3 };
    const asMeetings = (cad: Cadence): RemindedMeeting[] => occurrences(cad).map((o) => ({ id: `series-1@${o.original}`, start: o.start }));
    const opts = { timeZone: 'Europe/Berlin', dayBeforeAt: '17:30' };
    const first = reminderSchedule(asMeetings(c), opts);
    expect(ids(reminderSchedule(asMeetings(c), opts))).to.deep.equal(ids(first));
    expect(new Set(ids(first)).size).to.equal(6);
    // 17:30 on Sunday 29 March is CEST (+02:00), the day the clocks change.
    expect(first.find((r) => r.id === 'series-1@2026-03-30T08:00:00.000Z/day-before/2026-03-30')!.dueAt).to.equal('2026-03-29T15:30:00.000Z');
    const moved = reminderSchedule(asMeetings(rescheduleOccurrence(c, '2026-03-23T09:00:00Z', '2026-03-24T09:00:00Z')), opts);
    expect(ids(moved)).to.include('series-1@2026-03-23T09:00:00.000Z/same-day/2026-03-24');
    expect(ids(moved)).not.to.include('series-1@2026-03-23T09:00:00.000Z/same-day/2026-03-23');
  });

  it('rejects bad times and zones clearly', () => {
    expect(() => reminderSchedule([meeting], { timeZone: 'Asia/Tokyo', dayBeforeAt: '9am' })).to.throw(RangeError, /HH:MM/);
    expect(() => reminderSchedule([meeting], { timeZone: 'Moon' })).to.throw(RangeError, /time zone/);
    expect(() => reminderSchedule([{ id: 'z', start: 'tomorrow' }], tokyo)).to.throw(RangeError, /start of z/);
  });
});
