import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cadenceInsight, driversInsight, effectInsight, pulseInsight, type HrSource } from '../../src/insights/hr.js';
import { inUnit, teamOf, departmentUnit, type HrPerson } from '../../src/insights/hr-units.js';
import { generateOrg } from '../helpers/hr-org.js';

const unitsOf = (people: HrPerson[]) => ['organisation', ...new Set(people.flatMap((p) => [departmentUnit(p.departmentId), teamOf(p)!]))];

/** The members behind a published pulse figure of `unit` in `month`. */
function respondents(source: HrSource, people: HrPerson[], unit: string, month: string): Set<string> {
  const ids = new Set((source.pulse ?? []).filter((p) => p.month === month).map((p) => p.memberId));
  return new Set(people.filter((p) => ids.has(p.id) && inUnit(p, unit)).map((p) => p.id));
}

describe('HR insights from records (pure)', () => {
  it('counts held and cancelled 1on1s, overdue pairs and regularity by team, department and organisation', () => {
    const people = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, managerId: 'ma', departmentId: 'sales' })),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `b${i}`, managerId: 'mb', departmentId: 'dev' })),
    ];
    const series = people.map((p) => ({ memberId: p.id, managerId: p.managerId, everyWeeks: 2, startsAt: '2025-01-01T00:00:00Z' }));
    // Team a meets every 14 days; team b met once on 2 January and never again.
    const sessions = [
      ...people
        .filter((p) => p.managerId === 'ma')
        .flatMap((p) =>
          [2, 16, 30].map((d) => ({ memberId: p.id, managerId: 'ma', heldAt: `2025-01-${String(d).padStart(2, '0')}T10:00:00Z` })),
        ),
      ...people.filter((p) => p.managerId === 'mb').map((p) => ({ memberId: p.id, managerId: 'mb', heldAt: '2025-01-02T10:00:00Z' })),
      { memberId: 'b0', managerId: 'mb', scheduledAt: '2025-01-20T10:00:00Z', cancelledAt: '2025-01-19T10:00:00Z' },
    ];
    const report = cadenceInsight({ people, series, sessions }, { period: 'month', from: '2025-01', to: '2025-01', asOf: '2025-01-31' });
    const byId = new Map(report.groups.map((g) => [g.id, g]));
    expect(byId.get('organisation')!.figures[0]).to.deep.include({ held: 23, cancelled: 1, pairs: 11, overdue: 5, withinTargetPairs: 6 });
    expect(byId.get('organisation')!.figures[0]!.medianIntervalDays).to.equal(14);
    expect(byId.get('department:dev')!.figures[0]).to.deep.include({ held: 5, overdue: 5, medianIntervalDays: null });
    // Drilling down to a department computes over it alone.
    const dev = cadenceInsight(
      { people, series, sessions },
      { period: 'month', from: '2025-01', to: '2025-01', asOf: '2025-01-31', unit: 'department:dev' },
    );
    expect(dev.groups[0]!.figures[0]).to.deep.include({ held: 5, pairs: 5 });
    expect(dev.groups.every((g) => g.level !== 'manager' || g.managerId === 'mb')).to.equal(true);
  });

  it('hides a unit of fewer than k respondents, and the next smallest beside it', () => {
    const org = generateOrg({ departments: [[6, 2], [7]] });
    const q = { period: 'month' as const, from: '2025-03', to: '2025-03', asOf: '2025-06-30' };
    expect(pulseInsight(org, { ...q, unit: 'manager:dept-0/m-0-1' }).periods[0]).to.deep.include({
      published: false,
      hidden: 'small',
      respondents: null,
      engagement: null,
    });
    // dept-0 = 8 people, 2 of them in a hidden team: its other team is hidden too.
    expect(pulseInsight(org, { ...q, unit: 'manager:dept-0/m-0-0' }).periods[0]).to.deep.include({
      published: false,
      hidden: 'complementary',
    });
    expect(pulseInsight(org, { ...q, unit: 'department:dept-0' }).periods[0]).to.deep.include({ published: true, respondents: 8 });
    expect(driversInsight(org, { ...q, unit: 'manager:dept-0/m-0-1' })).to.deep.include({ status: 'suppressed', hidden: 'small' });
    expect(effectInsight(org, { ...q, unit: 'manager:dept-0/m-0-1' })).to.deep.include({ published: false });
    expect(driversInsight(org, q)).to.deep.include({ status: 'insufficient', reason: 'too-few-people' });
  });

  it('property: any two published pulse aggregates over nested or disjoint units of a period differ by none or at least k people', () => {
    fc.assert(
      fc.property(
        fc.record({
          departments: fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
          k: fc.integer({ min: 2, max: 6 }),
          seed: fc.integer({ min: 1, max: 1000 }),
          answered: fc.double({ min: 0.3, max: 1, noNaN: true }),
        }),
        ({ departments, k, seed, answered }) => {
          const org = generateOrg({ departments, seed, answered });
          const units = unitsOf(org.people);
          for (const month of ['2025-02', '2025-05']) {
            const q = { period: 'month' as const, from: month, to: month, asOf: '2025-06-30', k };
            const published = units.filter((unit) => pulseInsight(org, { ...q, unit }).periods[0]!.published);
            for (const a of published)
              for (const b of published) {
                const A = respondents(org, org.people, a, month);
                const B = respondents(org, org.people, b, month);
                const diff = [...A].filter((x) => !B.has(x)).length + [...B].filter((x) => !A.has(x)).length;
                if (diff > 0 && diff < k) throw new Error(`${a} vs ${b} in ${month}: they differ by ${diff} < ${k} people`);
              }
            // A published figure stands for at least k people.
            for (const unit of published) expect(respondents(org, org.people, unit, month).size).to.be.at.least(k);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: across months and quarters and every unit level, a published pulse figure minus one or all of the published figures inside it covers none or at least k people', () => {
    fc.assert(
      fc.property(
        fc.record({
          departments: fc.array(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
          k: fc.integer({ min: 2, max: 6 }),
          seed: fc.integer({ min: 1, max: 1000 }),
          answered: fc.double({ min: 0.2, max: 1, noNaN: true }),
        }),
        ({ departments, k, seed, answered }) => {
          const org = generateOrg({ departments, seed, answered });
          const units = unitsOf(org.people);
          const byId = new Map(org.people.map((p) => [p.id, p]));
          // Each published figure as the person-months behind it ("person month").
          const figures: Array<{ unit: string; key: string; months: string[]; cells: Set<string> }> = [];
          for (const [period, from, to] of [['month', '2025-01', '2025-06'], ['quarter', '2025-Q1', '2025-Q2']] as const) {
            for (const unit of units) {
              const report = pulseInsight(org, { period, from, to, unit, k, asOf: '2025-06-30' });
              for (const p of report.periods) {
                if (!p.published) continue;
                const months = period === 'month' ? [p.key] : [1, 2, 3].map((i) => `2025-0${(Number(p.key[6]) - 1) * 3 + i}`);
                const cells = new Set(
                  (org.pulse ?? []).filter((x) => months.includes(x.month) && inUnit(byId.get(x.memberId)!, unit)).map((x) => `${x.memberId} ${x.month}`),
                );
                figures.push({ unit, key: p.key, months, cells });
              }
            }
          }
          const peopleIn = (cells: Iterable<string>) => new Set([...cells].map((c) => c.split(' ')[0])).size;
          for (const a of figures) {
            expect(peopleIn(a.cells), `${a.unit} ${a.key}`).to.be.at.least(k);
            const union = new Set<string>();
            const inside = figures.filter((b) => b !== a && b.months.every((m) => a.months.includes(m)) && [...b.cells].every((c) => a.cells.has(c)));
            for (const b of inside) {
              const left = peopleIn([...a.cells].filter((c) => !b.cells.has(c)));
              if (left > 0 && left < k) throw new Error(`${a.unit} ${a.key} minus ${b.unit} ${b.key} covers ${left} < ${k} people`);
              if (b.cells.size < a.cells.size) for (const c of b.cells) union.add(c); // an equal figure is no part of it
            }
            const left = peopleIn([...a.cells].filter((c) => !union.has(c)));
            if (left > 0 && left < k) throw new Error(`${a.unit} ${a.key} minus the figures inside it covers ${left} < ${k} people`);
          }
        },
      ),
      { numRuns: 100, seed: 18 },
    );
  }).timeout(120_000); // many generated cases: allow a busy machine

  it('the effect of 1on1 count hides a department\'s bucket when the organisation\'s minus it would show fewer than k people', () => {
    // Department a (teams a1, a2) and b (team b1), ten each; 1on1s held in Q1 per member.
    const held = { a1: [...Array(4).fill(1), ...Array(6).fill(3)], a2: [...Array(3).fill(1), ...Array(7).fill(4)], b1: [...Array(3).fill(1), ...Array(7).fill(2)] };
    const people = Object.entries(held).flatMap(([team, counts]) => counts.map((_, i) => ({ id: `${team}-${i}`, managerId: `m-${team}`, departmentId: team[0]! })));
    const count = (id: string) => held[id.slice(0, 2) as keyof typeof held][Number(id.slice(3))]!;
    const sessions = people.flatMap((p) =>
      Array.from({ length: count(p.id) }, (_, h) => ({ memberId: p.id, managerId: p.managerId, heldAt: `2025-02-1${h}T00:00:00Z` })),
    );
    const pulse = people.map((p) => ({ memberId: p.id, month: '2025-03', growth: 3, engagement: 50, statements: [{ id: 'trust', value: 5 }] }));
    const q = { period: 'quarter' as const, from: '2025-Q1', to: '2025-Q1', asOf: '2025-12-31' };
    const cell = (unit: string, bucket: string) => {
      const e = effectInsight({ people, sessions, pulse }, { ...q, unit });
      if (!e.published) throw new Error(`expected ${unit} published`);
      return e.statements.find((s) => s.id === 'trust')!.cells.find((c) => c.bucket === bucket)!;
    };
    // One 1on1: 10 in the organisation, 7 in a, 3 in b. Alone, a's table would publish its 7.
    expect(cell('organisation', '1')).to.deep.include({ published: true, n: 10 });
    expect(cell('department:b', '1')).to.deep.include({ published: false, hidden: 'small' });
    expect(cell('department:a', '1')).to.deep.include({ published: false, hidden: 'complementary' });
    // The rest of a's table stands; a1's 4 with one 1on1 take its 6 with three along.
    expect(cell('department:a', '3')).to.deep.include({ published: true, n: 6 });
    expect(cell('manager:a/m-a1', '3')).to.deep.include({ published: false, hidden: 'complementary' });
    expect(cell('organisation', '3')).to.deep.include({ published: true, n: 6 });
  });

  it('the effect of 1on1 count counts each member in the bucket of their 1on1s held in the range', () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, managerId: `m${i % 2}`, departmentId: 'd' }));
    // Member i holds (i % 4) + 1 1on1s in Q1 and agrees (5) with trust exactly when i % 4 >= 2.
    const sessions = people.flatMap((p, i) =>
      Array.from({ length: (i % 4) + 1 }, (_, h) => ({ memberId: p.id, managerId: p.managerId, heldAt: `2025-02-1${h}T00:00:00Z` })),
    );
    const pulse = people.map((p, i) => ({
      memberId: p.id,
      month: '2025-03',
      growth: 3,
      engagement: 50,
      statements: [{ id: 'trust', value: i % 4 >= 2 ? 5 : 2 }],
    }));
    const effect = effectInsight({ people, sessions, pulse }, { period: 'quarter', from: '2025-Q1', to: '2025-Q1', asOf: '2025-12-31' });
    if (!effect.published) throw new Error('expected a published effect');
    const trust = effect.statements.find((s) => s.id === 'trust')!;
    expect(trust.cells.map((c) => c.share)).to.deep.equal([0, 0, 1, 1]);
    expect(trust.cells.map((c) => c.n)).to.deep.equal([10, 10, 10, 10]);
  });
});
