import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { suppress, suppressAcross, type GroupNode, type PeriodMonths, type PersonMonths } from '../../src/insights/suppression.js';

describe('suppression (pure)', () => {
  it('hides small groups, the next smallest sibling, and everything below a hidden group', () => {
    const nodes: GroupNode[] = [
      { id: 'org', people: 30 },
      { id: 'sales', parentId: 'org', people: 3 },
      { id: 'dev', parentId: 'org', people: 12 },
      { id: 'ops', parentId: 'org', people: 15 },
      { id: 'dev/a', parentId: 'dev', people: 6 },
      { id: 'dev/b', parentId: 'dev', people: 6 },
      { id: 'ops/a', parentId: 'ops', people: 9 },
      { id: 'ops/b', parentId: 'ops', people: 6 },
    ];
    const s = suppress(nodes, 5);
    expect([...s.published].sort()).to.deep.equal(['ops', 'ops/a', 'ops/b', 'org']);
    expect(Object.fromEntries(s.hidden)).to.deep.equal({ sales: 'small', dev: 'complementary', 'dev/a': 'parent', 'dev/b': 'parent' });
  });

  it('keeps hiding until the hidden siblings cover k people, and counts people in no child', () => {
    const s = suppress(
      [
        { id: 'd', people: 20 },
        { id: 'a', parentId: 'd', people: 1 },
        { id: 'b', parentId: 'd', people: 1 },
        { id: 'c', parentId: 'd', people: 1 },
        { id: 'e', parentId: 'd', people: 17 },
      ],
      5,
    );
    expect([...s.published]).to.deep.equal(['d']);
    // 2 people in d are in no child: hiding c beside them makes 7 hidden people, enough.
    const t = suppress(
      [
        { id: 'd', people: 20 },
        { id: 'c', parentId: 'd', people: 5 },
        { id: 'f', parentId: 'd', people: 13 },
      ],
      5,
    );
    expect(Object.fromEntries(t.hidden)).to.deep.equal({ c: 'complementary' });
  });

  it('refuses bad trees with a clear error', () => {
    expect(() => suppress([{ id: 'a', people: 1 }, { id: 'a', people: 2 }])).to.throw(/duplicate/);
    expect(() => suppress([{ id: 'a', parentId: 'nope', people: 1 }])).to.throw(/unknown parent/);
    expect(() => suppress([{ id: 'a', parentId: 'b', people: 9 }, { id: 'b', parentId: 'a', people: 9 }])).to.throw(/cycle/);
    expect(() => suppress([{ id: 'p', people: 3 }, { id: 'c', parentId: 'p', people: 9 }])).to.throw(/more people/);
    expect(() => suppress([], 0)).to.throw(RangeError);
  });

  // An organisation → departments → managers' teams, people numbered, and months within quarters.
  const org = fc
    .record({
      k: fc.integer({ min: 1, max: 8 }),
      departments: fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 5 }), { maxLength: 6 }),
      loose: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }),
    })
    .map(({ k, departments, loose }) => {
      const members = new Map<string, number[]>();
      const nodes: GroupNode[] = [];
      let next = 0;
      const take = (n: number) => Array.from({ length: n }, () => next++);
      const all: number[] = [];
      departments.forEach((teams, d) => {
        const dept: number[] = [];
        teams.forEach((size, m) => {
          const team = take(size);
          members.set(`d${d}/m${m}`, team);
          nodes.push({ id: `d${d}/m${m}`, parentId: `d${d}`, people: size });
          dept.push(...team);
        });
        dept.push(...take(loose[d] ?? 0)); // people in the department under no team
        members.set(`d${d}`, dept);
        nodes.push({ id: `d${d}`, parentId: 'org', people: dept.length });
        all.push(...dept);
      });
      members.set('org', all);
      nodes.push({ id: 'org', people: all.length });
      return { k, nodes, members };
    });
  const PERIODS: Record<string, number[]> = { '2025-01': [0], '2025-02': [1], '2025-03': [2], '2025-Q1': [0, 1, 2] };

  it('property: the difference of any two published aggregates covers no one or at least k people', () => {
    fc.assert(
      fc.property(org, ({ k, nodes, members }) => {
        const { published } = suppress(nodes, k);
        // Every published cell (group × period) as a set of person-months.
        const cells = [...published].flatMap((g) =>
          Object.values(PERIODS).map((months) => new Set(members.get(g)!.flatMap((p) => months.map((m) => p * 3 + m)))),
        );
        for (const a of cells) {
          for (const b of cells) {
            const people = new Set([...a].filter((x) => !b.has(x)).map((x) => Math.floor(x / 3)));
            if (people.size > 0 && people.size < k) return false;
          }
        }
        for (const node of nodes) if (published.has(node.id)) expect(node.people).to.be.at.least(k);
        return true;
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  // Months and quarters: people of a three-level tree answer in some of a quarter's months.
  const QUARTER: PeriodMonths[] = [
    { key: '2025-01', months: ['2025-01'] },
    { key: '2025-02', months: ['2025-02'] },
    { key: '2025-03', months: ['2025-03'] },
    { key: '2025-Q1', months: ['2025-01', '2025-02', '2025-03'] },
  ];
  const across = fc
    .record({
      k: fc.integer({ min: 2, max: 6 }),
      departments: fc.array(fc.array(fc.array(fc.subarray(['2025-01', '2025-02', '2025-03']), { maxLength: 9 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ k, departments }) => {
      const units = [{ id: 'org', parentId: null as string | null }];
      const people: PersonMonths[] = [];
      departments.forEach((teams, d) => {
        units.push({ id: `d${d}`, parentId: 'org' });
        teams.forEach((members, t) => {
          units.push({ id: `d${d}/t${t}`, parentId: `d${d}` });
          for (const months of members) people.push({ group: `d${d}/t${t}`, months });
        });
      });
      return { k, units, people };
    });
  /** The person-months behind cell (unit, period): `person index × 3 + month`. */
  const cellOf = (units: Array<{ id: string; parentId: string | null }>, people: PersonMonths[], unit: string, period: PeriodMonths) => {
    const under = (g: string): boolean => g === unit || (units.find((u) => u.id === g)!.parentId !== null && under(units.find((u) => u.id === g)!.parentId!));
    const out = new Set<number>();
    people.forEach((p, i) => {
      if (under(p.group)) for (const m of p.months) if (period.months.includes(m)) out.add(i * 3 + Number(m.slice(5)) - 1);
    });
    return out;
  };
  const peopleIn = (cells: Iterable<number>) => new Set([...cells].map((x) => Math.floor(x / 3))).size;

  it('property: across months and quarters, a published cell minus one or all of the published cells inside it covers none or ≥ k people', () => {
    fc.assert(
      fc.property(across, ({ k, units, people }) => {
        const decided = suppressAcross(units, people, QUARTER, k);
        const published = QUARTER.flatMap((period) => units.filter((u) => decided.get(period.key)!.published.has(u.id)).map((u) => ({ u: u.id, period, cells: cellOf(units, people, u.id, period) })));
        const inside = (b: (typeof published)[number], a: (typeof published)[number]) =>
          b !== a && b.period.months.every((m) => a.period.months.includes(m)) && [...b.cells].every((x) => a.cells.has(x)) &&
          (b.u === a.u || b.u.startsWith(`${a.u}/`) || a.u === 'org');
        for (const a of published) {
          expect(peopleIn(a.cells), `${a.u} ${a.period.key}`).to.be.at.least(k);
          const union = new Set<number>();
          for (const b of published.filter((x) => inside(x, a))) {
            const left = peopleIn([...a.cells].filter((x) => !b.cells.has(x)));
            if (left > 0 && left < k) throw new Error(`${a.u} ${a.period.key} minus ${b.u} ${b.period.key} covers ${left} < ${k} people`);
            // A cell equal to A is A again: no part of it.
            if (b.cells.size < a.cells.size) for (const x of b.cells) union.add(x);
          }
          const left = peopleIn([...a.cells].filter((x) => !union.has(x)));
          if (left > 0 && left < k) throw new Error(`${a.u} ${a.period.key} minus the cells inside it covers ${left} < ${k} people`);
          // By respondents (people, not person-months): A's people minus B's, and minus all of theirs.
          const who = (cells: Set<number>) => new Set([...cells].map((x) => Math.floor(x / 3)));
          const mine = who(a.cells);
          const seen = new Set<number>();
          for (const b of published.filter((x) => inside(x, a))) {
            const theirs = who(b.cells);
            const missed = [...mine].filter((i) => !theirs.has(i)).length;
            if (missed > 0 && missed < k) throw new Error(`${a.u} ${a.period.key} minus ${b.u} ${b.period.key}: ${missed} < ${k} respondents`);
            if (theirs.size < mine.size) for (const i of theirs) seen.add(i);
          }
          const absent = [...mine].filter((i) => !seen.has(i)).length;
          if (seen.size && absent > 0 && absent < k) throw new Error(`${a.u} ${a.period.key} minus the cells inside it: ${absent} < ${k} respondents`);
        }
        return true;
      }),
      { numRuns: 300, seed: 18 },
    );
  }).timeout(120_000); // many generated cases: allow a busy machine

  it('hides another month when a quarter minus its published months would show fewer than k people', () => {
    const units = [{ id: 'team', parentId: null as string | null }];
    // Five answer in January and February, one more only in March: March alone is hidden (1 < 5),
    // and the quarter minus January and February would be that one person.
    const people: PersonMonths[] = [
      ...Array.from({ length: 5 }, () => ({ group: 'team', months: ['2025-01', '2025-02'] })),
      { group: 'team', months: ['2025-03'] },
    ];
    // Each table alone publishes January, February and the quarter.
    const alone = QUARTER.map((period) => suppress([{ id: 'team', people: cellOf(units, people, 'team', period).size }], 5).published.has('team'));
    expect(alone).to.deep.equal([true, true, false, true]);
    const tree = suppressAcross(units, people, QUARTER, 5);
    expect(tree.get('2025-Q1')!.published.has('team')).to.equal(true);
    expect(tree.get('2025-03')!.hidden.get('team')).to.equal('small');
    // The smaller of the two (a tie: the earlier key) goes too; then the quarter's 6 respondents
    // minus February's 5 would be the one who answered only in March: February goes as well.
    expect(tree.get('2025-01')!.hidden.get('team')).to.equal('complementary');
    expect(tree.get('2025-02')!.hidden.get('team')).to.equal('complementary');
  });

  it('adds nothing to one table: one period gives the tree decision', () => {
    fc.assert(
      fc.property(across, ({ k, units, people }) => {
        const month = QUARTER[1]!;
        const one = suppressAcross(units, people, [month], k).get(month.key)!;
        const counts = units.map((u) => ({ ...u, people: cellOf(units, people, u.id, month).size }));
        expect([...one.published].sort()).to.deep.equal([...suppress(counts, k).published].sort());
      }),
      { numRuns: 100, seed: 7 },
    );
  }).timeout(120_000); // many generated cases: allow a busy machine
});
