import { expect } from '@open-wc/testing';
import { addDays, daysBetween, instantOf, isTimeZone, localDate, offsetAt, transitions, wallTime } from '../../src/calendar/zone.js';

const at = (iso: string): number => Date.parse(iso);
const wall = (y: number, mo: number, d: number, h: number, mi = 0) => ({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 });

describe('time zones over Intl', () => {
  it('reads offsets in and out of DST, and Tokyo without it', () => {
    expect(offsetAt(at('2026-01-15T12:00:00Z'), 'Europe/Berlin')).to.equal(60);
    expect(offsetAt(at('2026-07-15T12:00:00Z'), 'Europe/Berlin')).to.equal(120);
    expect(offsetAt(at('2026-07-15T12:00:00Z'), 'America/New_York')).to.equal(-240);
    expect(offsetAt(at('2026-12-15T12:00:00Z'), 'America/New_York')).to.equal(-300);
    expect(offsetAt(at('2026-07-15T12:00:00Z'), 'Asia/Tokyo')).to.equal(540);
    expect(offsetAt(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).to.equal(330);
  });

  it('finds the 2026 changes to the second', () => {
    const berlin = transitions('Europe/Berlin', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(berlin).to.deep.equal([
      { at: at('2026-03-29T01:00:00Z'), offsetFrom: 60, offsetTo: 120 },
      { at: at('2026-10-25T01:00:00Z'), offsetFrom: 120, offsetTo: 60 },
    ]);
    const ny = transitions('America/New_York', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(ny.map((t) => new Date(t.at).toISOString())).to.deep.equal(['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z']);
    expect(transitions('Asia/Tokyo', at('2026-01-01T00:00:00Z'), at('2030-01-01T00:00:00Z'))).to.deep.equal([]);
  });

  it('turns wall time into an instant: a skipped time moves forward, a repeated one is the first', () => {
    expect(new Date(instantOf(wall(2026, 3, 30, 10), 'Europe/Berlin')).toISOString()).to.equal('2026-03-30T08:00:00.000Z');
    expect(new Date(instantOf(wall(2026, 3, 29, 2, 30), 'Europe/Berlin')).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    expect(wallTime(instantOf(wall(2026, 3, 29, 2, 30), 'Europe/Berlin'), 'Europe/Berlin')).to.deep.include({ hour: 3, minute: 30 });
    expect(new Date(instantOf(wall(2026, 10, 25, 2, 30), 'Europe/Berlin')).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(new Date(instantOf(wall(2026, 11, 1, 1, 30), 'America/New_York')).toISOString()).to.equal('2026-11-01T05:30:00.000Z');
  });

  it('round-trips wall time for every hour of two years (known answer: the wall time itself)', () => {
    for (let t = at('2026-01-01T00:00:00Z'); t < at('2028-01-01T00:00:00Z'); t += 3_600_000 * 7) {
      for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe']) {
        const w = wallTime(t, zone);
        const back = instantOf(w, zone);
        // In the repeated autumn hour the first reading is chosen, so the wall time must match.
        expect(wallTime(back, zone), `${zone} ${new Date(t).toISOString()}`).to.deep.equal(w);
        expect(back).to.be.at.most(t);
      }
    }
  });

  it('counts local dates and days', () => {
    expect(localDate(at('2026-03-20T23:30:00Z'), 'Asia/Tokyo')).to.equal('2026-03-21');
    expect(localDate(at('2026-03-20T23:30:00Z'), 'America/New_York')).to.equal('2026-03-20');
    expect(addDays('2026-02-27', 2)).to.equal('2026-03-01');
    expect(daysBetween('2026-03-01', '2026-03-31')).to.equal(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).to.equal(-30);
  });

  it('knows which zones exist', () => {
    expect(isTimeZone('Asia/Tokyo')).to.equal(true);
    expect(isTimeZone('UTC')).to.equal(true);
    expect(isTimeZone('Nowhere/City')).to.equal(false);
    expect(isTimeZone('')).to.equal(false);
  });
});
