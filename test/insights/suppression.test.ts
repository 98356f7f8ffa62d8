import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { suppress, type GroupNode } from '../../src/insights/suppression.js';

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
});
