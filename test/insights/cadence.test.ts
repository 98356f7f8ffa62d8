import { expect } from '@open-wc/testing';
import { computeCadence, type CadenceMeeting } from '../../src/insights/cadence.js';
import { dayOf, isoDay, periodOf, periodsBetween } from '../../src/insights/periods.js';
import { seeded } from '../../src/insights/random.js';
import { medianInPlace } from '../../src/insights/select.js';

const held = (memberId: string, managerId: string, ...dates: string[]): CadenceMeeting[] =>
  dates.map((date) => ({ memberId, managerId, date, status: 'held' }));
const cancelled = (memberId: string, managerId: string, date: string): CadenceMeeting => ({ memberId, managerId, date, status: 'cancelled' });

describe('calendar periods (pure)', () => {
  it('reads calendar dates and lists months and quarters', () => {
    expect(dayOf('1970-01-02')).to.equal(1);
    expect(isoDay(dayOf('2025-01-31T23:30:00+09:00'))).to.equal('2025-01-31');
    for (const bad of ['2025-02-30', '2025-13-01', 'tomorrow', '2025/01/01']) expect(dayOf(bad), bad).to.be.NaN;
    expect(periodsBetween('month', '2024-11', '2025-02').map((p) => p.key)).to.deep.equal(['2024-11', '2024-12', '2025-01', '2025-02']);
    const q = periodsBetween('quarter', '2024-Q4', '2025-Q1');
    expect(q.map((p) => [p.key, isoDay(p.start), isoDay(p.end)])).to.deep.equal([
      ['2024-Q4', '2024-10-01', '2025-01-01'],
      ['2025-Q1', '2025-01-01', '2025-04-01'],
    ]);
    expect(periodOf('quarter', dayOf('2025-05-20')).key).to.equal('2025-Q2');
    expect(() => periodsBetween('month', '2025-02', '2025-01')).to.throw(RangeError);
    expect(() => periodsBetween('quarter', '2025-Q5', '2025-Q5')).to.throw(/YYYY-Qn/);
  });
});

describe('cadence (pure)', () => {
  const people = [
    { id: 'm1', managerId: 'b1', departmentId: 'A' },
    { id: 'm2', managerId: 'b1', departmentId: 'A' },
    { id: 'm3', managerId: 'b2', departmentId: 'B' },
    { id: 'b1', departmentId: 'A' },
    { id: 'b2', departmentId: 'B' },
  ];
  const pairs = [
    { memberId: 'm1', managerId: 'b1', targetDays: 14, since: '2024-12-01' },
    { memberId: 'm2', managerId: 'b1', targetDays: 30 },
    { memberId: 'm3', managerId: 'b2', targetDays: 14, since: '2025-02-01' },
  ];
  const meetings = [
    ...held('m1', 'b1', '2024-12-20', '2025-01-03', '2025-01-17', '2025-01-31', '2025-02-28', '2025-03-14'),
    cancelled('m1', 'b1', '2025-02-14'),
    ...held('m2', 'b1', '2025-02-25', '2025-01-10'), // out of order on purpose
    cancelled('m2', 'b1', '2025-02-10'),
    ...held('m3', 'b1', '2025-01-20'), // no such pair
    ...held('m1', 'b1', 'soon'),
  ];
  const report = computeCadence({ people, pairs, meetings }, { kind: 'month', from: '2025-01', to: '2025-04', asOf: '2025-03-15', k: 1 });
  const byId = Object.fromEntries(report.groups.map((g) => [g.id, g]));

  it('counts, measures regularity and finds overdue pairs per month, as of a date', () => {
    const f = (id: string) => byId[id]!.figures;
    expect(f('organisation')).to.deep.equal([
      { held: 4, cancelled: 0, pairs: 2, medianIntervalDays: 14, withinTarget: 1, withinTargetPairs: 2, overdue: 0 },
      { held: 2, cancelled: 2, pairs: 3, medianIntervalDays: 37, withinTarget: 0, withinTargetPairs: 0, overdue: 1 },
      { held: 1, cancelled: 0, pairs: 3, medianIntervalDays: 14, withinTarget: 2 / 3, withinTargetPairs: 2, overdue: 1 },
      null, // April starts after asOf
    ]);
    expect(f('department:A')[1]).to.deep.equal({ held: 2, cancelled: 2, pairs: 2, medianIntervalDays: 37, withinTarget: 0, withinTargetPairs: 0, overdue: 0 });
    expect(f('department:B').slice(0, 3).map((x) => x && [x.pairs, x.overdue, x.withinTarget])).to.deep.equal([[0, 0, null], [1, 1, 0], [1, 1, 0]]);
    expect(report.skipped).to.deep.equal({ meetings: 2, pairs: 0 });
  });

  it('drills down organisation → department → manager, never to a member', () => {
    expect(report.groups.map((g) => [g.id, g.level, g.parentId, g.people])).to.deep.equal([
      ['organisation', 'organisation', null, 3],
      ['department:A', 'department', 'organisation', 2],
      ['manager:A/b1', 'manager', 'department:A', 2],
      ['department:B', 'department', 'organisation', 1],
      ['manager:B/b2', 'manager', 'department:B', 1],
    ]);
  });

  it('hides groups below k, and the next smallest sibling, in every period alike', () => {
    const big = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, managerId: 'b1', departmentId: 'A' })),
      ...Array.from({ length: 2 }, (_, i) => ({ id: `c${i}`, managerId: 'b2', departmentId: 'B' })),
    ];
    const bigPairs = big.map((p) => ({ memberId: p.id, managerId: p.managerId, targetDays: 14 }));
    const r = computeCadence(
      { people: big, pairs: bigPairs, meetings: big.flatMap((p) => held(p.id, p.managerId, '2025-01-05', '2025-01-19')) },
      { kind: 'quarter', from: '2025-Q1', to: '2025-Q1', asOf: '2025-03-31' },
    );
    expect(r.groups.map((g) => [g.id, g.published, g.hidden ?? null])).to.deep.equal([
      ['organisation', true, null],
      ['department:A', false, 'complementary'],
      ['manager:A/b1', false, 'parent'],
      ['department:B', false, 'small'],
      ['manager:B/b2', false, 'parent'],
    ]);
    expect(r.groups[0]!.figures[0]).to.deep.include({ held: 16, pairs: 8, medianIntervalDays: 14, overdue: 8 });
    for (const g of r.groups.slice(1)) {
      expect(g.people).to.equal(null);
      expect(g.figures).to.deep.equal([null]);
    }
  });

  it('refuses a bad query with a clear error', () => {
    expect(() => computeCadence({ people, pairs, meetings }, { kind: 'month', from: '2025-01', to: '2025-02', asOf: 'now' })).to.throw(/asOf/);
    expect(() => computeCadence({ people, pairs, meetings }, { kind: 'month', from: '2025-1', to: '2025-02', asOf: '2025-01-01' })).to.throw(RangeError);
  });
});

describe('median in place (pure)', () => {
  it('gives the median of any range, odd or even, with ties', () => {
    const random = seeded(3);
    for (let trial = 0; trial < 200; trial++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 30) }, () => Math.floor(random() * 10));
      const sorted = [...values].sort((a, b) => a - b);
      const n = sorted.length;
      const expected = n % 2 ? sorted[n >> 1]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
      const a = Int32Array.from([99, ...values, -99]);
      expect(medianInPlace(a, 1, n + 1)).to.equal(expected);
      expect([a[0], a[n + 1]]).to.deep.equal([99, -99]);
    }
    expect(medianInPlace(new Int32Array(3), 1, 1)).to.equal(null);
  });
});
