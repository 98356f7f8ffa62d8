import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cancelOccurrence,
  indexOf,
  nextOccurrence,
  occurrences,
  reschedule,
  rescheduleOccurrence,
  type Cadence,
} from '../../src/calendar/recurrence.js';
import { wallTime } from '../../src/calendar/zone.js';

const weekly: Cadence = { start: '2026-03-16T09:00:00.000Z', timeZone: 'Europe/Berlin', intervalWeeks: 1, durationMinutes: 30 };
const starts = (list: { start: string }[]): string[] => list.map((o) => o.start);

describe('recurrence (pure)', () => {
  it('repeats the wall-clock time across DST, every N weeks', () => {
    expect(starts(occurrences(weekly, { limit: 4 }))).to.deep.equal([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
    const biweekly = { ...weekly, intervalWeeks: 2 };
    expect(starts(occurrences(biweekly, { limit: 3 }))).to.deep.equal(['2026-03-16T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-13T08:00:00.000Z']);
    expect(occurrences(weekly, { limit: 1 })[0]!.end).to.equal('2026-03-16T09:30:00.000Z');
  });

  it('keeps the weekday and wall time for any start, interval and zone (property)', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2024-01-01T00:00:00Z') / 60000, max: Date.parse('2030-01-01T00:00:00Z') / 60000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(...zones),
        (minute, intervalWeeks, timeZone) => {
          const start = new Date(minute * 60000).toISOString();
          const c: Cadence = { start, timeZone, intervalWeeks };
          const list = occurrences(c, { limit: 20 });
          const first = wallTime(Date.parse(start), timeZone);
          for (const [i, o] of list.entries()) {
            const w = wallTime(Date.parse(o.start), timeZone);
            const days = (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(first.year, first.month - 1, first.day)) / 86400000;
            expect(days).to.equal(i * 7 * intervalWeeks);
            // A start inside a skipped hour moves by that hour; otherwise the time is the same.
            if (w.hour !== first.hour) expect(Math.abs(w.hour - first.hour)).to.be.at.most(1);
            else expect(w.minute).to.equal(first.minute);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('honours COUNT and UNTIL', () => {
    expect(occurrences({ ...weekly, count: 3 }, { limit: 50 })).to.have.length(3);
    expect(starts(occurrences({ ...weekly, until: '2026-03-30T08:00:00Z' }, { limit: 50 }))).to.deep.equal([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
  });

  it('finds the next 1on1 after an instant, skipping cancelled ones and following a moved one', () => {
    expect(nextOccurrence(weekly, '2026-03-20T00:00:00Z')!.start).to.equal('2026-03-23T09:00:00.000Z');
    expect(nextOccurrence(weekly, '2026-03-23T09:00:00Z')!.start).to.equal('2026-03-30T08:00:00.000Z');
    expect(nextOccurrence(weekly, '2026-01-01T00:00:00Z')!.index).to.equal(0);
    const cancelled = cancelOccurrence(weekly, '2026-03-23T09:00:00.000Z');
    expect(nextOccurrence(cancelled, '2026-03-20T00:00:00Z')!.start).to.equal('2026-03-30T08:00:00.000Z');
    const moved = rescheduleOccurrence(weekly, '2026-03-30T08:00:00Z', '2026-03-24T13:00:00Z');
    const next = nextOccurrence(moved, '2026-03-23T10:00:00Z')!;
    expect(next).to.deep.include({ start: '2026-03-24T13:00:00.000Z', original: '2026-03-30T08:00:00.000Z', moved: true, index: 2 });
    expect(nextOccurrence({ ...weekly, count: 2 }, '2026-04-01T00:00:00Z')).to.equal(undefined);
    expect(nextOccurrence(weekly, '2030-06-03T12:00:00Z')!.start).to.equal('2030-06-10T08:00:00.000Z');
  });

  it('moves and cancels single occurrences, raising the series sequence each time', () => {
    let c = rescheduleOccurrence(weekly, '2026-03-23T09:00:00.000Z', '2026-03-25T09:00:00Z', 60);
    expect(c.sequence).to.equal(1);
    c = rescheduleOccurrence(c, '2026-03-23T09:00:00.000Z', '2026-03-26T09:00:00Z');
    expect(c.exceptions).to.have.length(1);
    expect(c.exceptions![0]).to.deep.include({ start: '2026-03-26T09:00:00.000Z', durationMinutes: 60, sequence: 2 });
    c = cancelOccurrence(c, '2026-03-16T09:00:00Z');
    expect(c.sequence).to.equal(3);
    const all = occurrences(c, { limit: 3, includeCancelled: true });
    expect(all.map((o) => [o.index, o.cancelled, o.moved])).to.deep.equal([
      [0, true, false],
      [1, false, true],
      [2, false, false],
    ]);
    expect(all[1]!.end).to.equal('2026-03-26T10:00:00.000Z');
    expect(starts(occurrences(c, { limit: 2 }))).to.deep.equal(['2026-03-26T09:00:00.000Z', '2026-03-30T08:00:00.000Z']);
    expect(weekly.exceptions).to.equal(undefined);
  });

  it('lists a range, including occurrences moved into it from outside', () => {
    const c = rescheduleOccurrence(weekly, '2026-04-20T08:00:00Z', '2026-04-01T08:00:00Z');
    expect(starts(occurrences(c, { from: '2026-03-30T00:00:00Z', to: '2026-04-14T00:00:00Z' }))).to.deep.equal([
      '2026-03-30T08:00:00.000Z',
      '2026-04-01T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
      '2026-04-13T08:00:00.000Z',
    ]);
  });

  it('rejects a bad cadence or an occurrence the series does not have', () => {
    expect(() => occurrences({ ...weekly, intervalWeeks: 0 })).to.throw(RangeError, /intervalWeeks/);
    expect(() => occurrences({ ...weekly, timeZone: 'Tokyo' })).to.throw(RangeError, /time zone/);
    expect(() => occurrences({ ...weekly, start: 'next monday' })).to.throw(RangeError, /start/);
    expect(() => cancelOccurrence(weekly, '2026-03-17T09:00:00Z')).to.throw(RangeError, /No occurrence/);
    expect(() => cancelOccurrence({ ...weekly, count: 2 }, '2026-03-30T08:00:00Z')).to.throw(RangeError, /No occurrence/);
    expect(() => occurrences(weekly, { limit: Number.NaN })).to.throw(RangeError, /limit/);
    expect(() => occurrences(weekly, { limit: 1e9 })).to.throw(RangeError, /limit/);
    expect(occurrences(weekly, { limit: 0 })).to.deep.equal([]);
    expect(indexOf(weekly, '2026-04-06T08:00:00Z')).to.equal(3);
  });

  it('reschedules a single 1on1 with SEQUENCE + 1', () => {
    const m = { id: 'x', start: '2026-03-16T09:00:00Z' };
    const once = reschedule(m, '2026-03-17T09:00:00Z');
    expect(once).to.deep.equal({ id: 'x', start: '2026-03-17T09:00:00.000Z', sequence: 1 });
    expect(reschedule(once, '2026-03-18T09:00:00Z').sequence).to.equal(2);
    expect(() => reschedule(m, 'later')).to.throw(RangeError);
  });
});
