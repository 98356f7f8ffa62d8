import { expect } from '@open-wc/testing';
import { dueStatus } from '../../src/calendar/due.js';

const base = { lastHeldAt: '2026-03-02T01:00:00Z', targetDays: 14, timeZone: 'Asia/Tokyo' };

describe('due and overdue for a pair (pure)', () => {
  it('is on track, then due soon, then overdue by whole local days', () => {
    expect(dueStatus({ ...base, now: '2026-03-05T03:00:00Z' })).to.deep.equal({
      state: 'on-track',
      dueOn: '2026-03-16',
      daysSince: 3,
      daysOverdue: 0,
      bookedLate: false,
    });
    expect(dueStatus({ ...base, now: '2026-03-13T03:00:00Z' }).state).to.equal('due-soon');
    expect(dueStatus({ ...base, now: '2026-03-16T14:59:00Z' }).state).to.equal('due-soon');
    // 15:00Z is midnight in Tokyo: the 17th has begun there.
    expect(dueStatus({ ...base, now: '2026-03-16T15:00:00Z' })).to.deep.include({ state: 'overdue', daysOverdue: 1, daysSince: 15 });
    expect(dueStatus({ ...base, now: '2026-03-16T15:00:00Z', timeZone: 'Europe/Berlin' }).state).to.equal('due-soon');
  });

  it('counts a 1on1 booked in time as scheduled, and one booked after the due date as late', () => {
    expect(dueStatus({ ...base, now: '2026-03-13T03:00:00Z', nextAt: '2026-03-16T05:00:00Z' }).state).to.equal('scheduled');
    const late = dueStatus({ ...base, now: '2026-03-13T03:00:00Z', nextAt: '2026-03-20T05:00:00Z' });
    expect(late).to.deep.include({ state: 'due-soon', bookedLate: true });
    expect(dueStatus({ ...base, now: '2026-03-18T03:00:00Z', nextAt: '2026-03-20T05:00:00Z' })).to.deep.include({ state: 'overdue', daysOverdue: 2 });
    // A booking already in the past does not count as the next 1on1.
    expect(dueStatus({ ...base, now: '2026-03-13T03:00:00Z', nextAt: '2026-03-12T05:00:00Z' }).state).to.equal('due-soon');
  });

  it('counts a first 1on1 from when the pair began, and says when there is nothing to count from', () => {
    expect(dueStatus({ targetDays: 7, timeZone: 'UTC', since: '2026-03-01T09:00:00Z', now: '2026-03-10T00:00:00Z' })).to.deep.include({
      state: 'overdue',
      dueOn: '2026-03-08',
      daysOverdue: 2,
    });
    expect(dueStatus({ targetDays: 7, timeZone: 'UTC', now: '2026-03-10T00:00:00Z' })).to.deep.equal({ state: 'no-data', daysOverdue: 0, bookedLate: false });
  });

  it('rejects bad input clearly', () => {
    expect(() => dueStatus({ ...base, targetDays: 0, now: 0 })).to.throw(RangeError, /targetDays/);
    expect(() => dueStatus({ ...base, timeZone: 'Japan/Osaka', now: 0 })).to.throw(RangeError, /time zone/);
    expect(() => dueStatus({ ...base, lastHeldAt: 'yesterday', now: 0 })).to.throw(RangeError, /lastHeldAt/);
  });
});
