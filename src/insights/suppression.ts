/**
 * Privacy of every aggregate (issue 18, item 5): minimum group size with complementary
 * suppression over a tree of groups (organisation → department → manager's team).
 *
 * ## Rules, applied top-down
 * 1. A group with fewer than `k` people is hidden (`small`).
 * 2. Every group below a hidden group is hidden (`parent`): otherwise its published parts would
 *    add up to it.
 * 3. Under a published group, the people that its hidden children cover — together with anyone
 *    in the group but in none of its children — must be none or at least `k`. While they are
 *    1..k−1, the smallest published child (ties: by id) is hidden too (`complementary`), so the
 *    parent minus its published children never reveals fewer than `k` people.
 *
 * ## What that guarantees
 * Groups in a tree are nested or disjoint. For two published groups A ⊂ B, every group on the
 * path between them is published (rule 2), and B \ A contains, at the first level where A's
 * ancestor has siblings, either a published sibling (≥ k people, rule 1) or only hidden ones,
 * which together cover ≥ k people (rule 3). Disjoint published groups differ by all their
 * people. So the difference of any two published aggregates covers no one or at least `k`
 * people. Periods add nothing: a report decides suppression once, from one snapshot of the org
 * chart, and applies it to every period alike; whole months and quarters nest or are disjoint, so
 * periods can only be differenced whole, over the same people.
 *
 * Limits: it protects against differencing the groups of one tree. Two trees over the same people
 * (a manager's whole team across departments beside the departments) are not protected against
 * each other; callers publish one tree.
 */

export interface GroupNode {
  id: string;
  /** null or absent: a root. */
  parentId?: string | null;
  /** People the group's aggregate covers (each counted once). */
  people: number;
}

export type HiddenReason = 'small' | 'parent' | 'complementary';

export interface Suppression {
  /** Ids of published groups. */
  published: Set<string>;
  /** Why each hidden group is hidden. */
  hidden: Map<string, HiddenReason>;
}

/**
 * Decides which groups of the tree `nodes` may be published with minimum group `k` (default 5).
 * `preset`: groups already hidden by another table's decision (with their reason); they stay
 * hidden, and the rules hold with them.
 */
export function suppress(nodes: readonly GroupNode[], k = 5, preset?: ReadonlyMap<string, HiddenReason>): Suppression {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`suppress: k must be a positive integer, got ${k}.`);
  const byId = new Map<string, GroupNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new RangeError(`suppress: duplicate group id ${JSON.stringify(node.id)}.`);
    byId.set(node.id, node);
  }
  const children = new Map<string | null, GroupNode[]>();
  for (const node of nodes) {
    const parent = node.parentId != null && byId.has(node.parentId) ? node.parentId : null;
    if (node.parentId != null && parent === null) throw new RangeError(`suppress: unknown parent ${JSON.stringify(node.parentId)}.`);
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  const hidden = new Map<string, HiddenReason>();
  const hide = (node: GroupNode, reason: HiddenReason) => {
    const stack: Array<[GroupNode, HiddenReason]> = [[node, reason]];
    while (stack.length) {
      const [n, r] = stack.pop()!;
      if (hidden.has(n.id)) continue;
      hidden.set(n.id, r);
      for (const c of children.get(n.id) ?? []) stack.push([c, 'parent']);
    }
  };
  for (const [id, reason] of preset ?? []) {
    const node = byId.get(id);
    if (node) hide(node, reason);
  }
  const visit = (parent: GroupNode | null, seen: Set<string>): void => {
    const list = children.get(parent?.id ?? null) ?? [];
    for (const c of list) if (c.people < k && !hidden.has(c.id)) hide(c, 'small');
    const covered = list.reduce((s, c) => s + c.people, 0);
    if (parent && covered > parent.people) throw new RangeError(`suppress: the groups under ${JSON.stringify(parent.id)} cover more people than it.`);
    if (parent && !hidden.has(parent.id)) {
      let exposed = parent.people - covered + list.reduce((s, c) => s + (hidden.has(c.id) ? c.people : 0), 0);
      const open = list.filter((c) => !hidden.has(c.id)).sort((a, b) => a.people - b.people || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      while (exposed > 0 && exposed < k && open.length > 0) {
        const next = open.shift()!;
        hide(next, 'complementary');
        exposed += next.people;
      }
    }
    for (const c of list) {
      if (seen.has(c.id)) throw new RangeError(`suppress: the groups form a cycle at ${JSON.stringify(c.id)}.`);
      seen.add(c.id);
      visit(c, seen);
    }
  };
  const seen = new Set<string>();
  visit(null, seen);
  if (seen.size !== nodes.length) throw new RangeError('suppress: some groups form a cycle and reach no root.');
  const published = new Set(nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id));
  return { published, hidden };
}

/** A person behind the aggregates: their leaf group and the months they count in (`YYYY-MM`). */
export interface PersonMonths {
  group: string;
  months: readonly string[];
}

/** A period by its months: a month is `{ key: '2025-01', months: ['2025-01'] }`, a quarter lists three. */
export interface PeriodMonths {
  key: string;
  months: readonly string[];
}

/**
 * Suppression across granularities (months inside quarters) as well as groups: one decision per
 * period, each a `Suppression` over the tree `units` (the tree rules above), then complementary
 * suppression between the periods' tables, until for every published cell A (group × period):
 * 1. A minus any one published cell B nested in it (B's months in A's, and B's group in A's, or
 *    wider but with no one outside A's group in those months) covers
 *    none or at least `k` people (a quarter minus one of its months, a department minus a team);
 * 2. A minus every published cell nested in it together covers none or at least `k` people (a
 *    quarter minus its three months, each months' departments minus their teams); a nested cell
 *    with the same people-months as A (a department whose only answers are one team's) is A
 *    again, and left out.
 * A cell covers the person-months of its group's people in its months; both rules hold for
 * them and for its respondents (the people with a month in it, whose count a table publishes: a
 * quarter's 9 respondents minus February's 8 name one who skipped February), where a nested cell
 * with all of A's respondents is A again for rule 2. While a cell breaks rule 1, B is hidden; while it breaks rule 2, the smallest nested cell whose cells no other one
 * covers is hidden (ties: period key, group id), else the smallest one. Hiding only ever grows
 * what the others leave uncovered, so this ends, and every published cell still covers ≥ k
 * people (the tree rules).
 *
 * Two cells that overlap without nesting (January's department, the first quarter's team) add
 * nothing: their difference isolates people only through their overlap, which is either a
 * published cell nested in both (rule 1) or hidden and then derivable only as a remainder
 * (rule 2). Decide one quarter at a time, with its months (the same decision for a month query
 * and a quarter query): `periods` should be a quarter and its months.
 */
export function suppressAcross(
  units: ReadonlyArray<{ id: string; parentId?: string | null }>,
  people: readonly PersonMonths[],
  periods: readonly PeriodMonths[],
  k = 5,
): Map<string, Suppression> {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId ?? null]));
  const chainCache = new Map<string, string[]>();
  const chain = (group: string): string[] => {
    let out = chainCache.get(group);
    if (out) return out;
    out = [];
    for (let u: string | null = group; u !== null; u = parentOf.get(u) ?? null) {
      if (!parentOf.has(u)) throw new RangeError(`suppressAcross: unknown group ${JSON.stringify(u)}.`);
      if (out.length > units.length) throw new RangeError(`suppressAcross: the groups form a cycle at ${JSON.stringify(u)}.`);
      out.push(u);
    }
    chainCache.set(group, out);
    return out;
  };
  const monthSets = periods.map((p) => new Set(p.months));
  const counts = periods.map(() => new Map<string, number>());
  const decisions = periods.map((_, pi) => {
    const c = counts[pi]!;
    for (const u of units) c.set(u.id, 0);
    for (const p of people) if (p.months.some((m) => monthSets[pi]!.has(m))) for (const u of chain(p.group)) c.set(u, c.get(u)! + 1);
    return suppress(units.map((u) => ({ id: u.id, parentId: u.parentId ?? null, people: c.get(u.id)! })), k);
  });
  const result = new Map(periods.map((p, pi) => [p.key, decisions[pi]!]));
  // Periods nested in each period (itself included).
  const inside = periods.map((_, pi) => periods.map((__, qi) => qi).filter((qi) => [...monthSets[qi]!].every((m) => monthSets[pi]!.has(m))));
  const open = (u: string, pi: number) => decisions[pi]!.published.has(u);
  const hide = (u: string, pi: number) => {
    const d = decisions[pi]!;
    d.published.delete(u);
    d.hidden.set(u, 'complementary');
    // The tree rule: everything below a hidden group is hidden.
    for (const x of units) if (x.id !== u && d.published.has(x.id) && chain(x.id).includes(u)) {
      d.published.delete(x.id);
      d.hidden.set(x.id, 'parent');
    }
  };
  const key = (pi: number, u: string) => `${pi}\u0000${u}`;
  const chains = people.map((p) => chain(p.group));
  // Per group: the groups below it and itself, the people under it.
  const below = new Map<string, string[]>(units.map((u) => [u.id, []]));
  for (const u of units) for (const x of chain(u.id)) below.get(x)!.push(u.id);
  const under = new Map<string, number[]>(units.map((u) => [u.id, []]));
  chains.forEach((up, i) => up.forEach((u) => under.get(u)!.push(i)));
  const monthsIn = periods.map((_, pi) => people.map((p) => p.months.filter((m) => monthSets[pi]!.has(m))));
  type Cell = { pi: number; u: string; all: number; any: number; alone: boolean };
  /** The nested cell to hide so that A = (a, period pi) keeps rules 1 and 2, or undefined. */
  const breach = (a: string, pi: number): Cell | undefined => {
    // Nested: a group inside A's, or a wider one with the same people in those months (A's count).
    const cells = new Map<string, Cell>();
    for (const qi of inside[pi]!)
      for (const u of [...below.get(a)!, ...chain(a).slice(1).filter((x) => counts[qi]!.get(x) === counts[qi]!.get(a))])
        if ((qi !== pi || u !== a) && open(u, qi)) cells.set(key(qi, u), { pi: qi, u, all: 0, any: 0, alone: false });
    const mine = under.get(a)!.filter((i) => monthsIn[pi]![i]!.length > 0);
    // Rule 1: B misses a person of A unless it covers all their months here; and by its
    // respondents, B lacks a person of A who answered in none of its months.
    for (const i of mine) {
      const months = monthsIn[pi]![i]!;
      for (const qi of inside[pi]!) {
        const every = months.every((m) => monthSets[qi]!.has(m));
        if (!every && !months.some((m) => monthSets[qi]!.has(m))) continue;
        for (const u of chains[i]!) {
          const cell = cells.get(key(qi, u));
          if (cell) {
            cell.any++;
            if (every) cell.all++;
          }
        }
      }
    }
    const breaks = (missed: number) => missed > 0 && missed < k;
    const smallest = (list: Cell[]) =>
      list.sort((x, y) => counts[x.pi]!.get(x.u)! - counts[y.pi]!.get(y.u)! || (periods[x.pi]!.key < periods[y.pi]!.key ? -1 : periods[x.pi]!.key > periods[y.pi]!.key ? 1 : x.u < y.u ? -1 : x.u > y.u ? 1 : 0))[0];
    const pairwise = smallest([...cells.values()].filter((c) => breaks(mine.length - c.all) || breaks(mine.length - c.any)));
    if (pairwise) return pairwise;
    // Rule 2; a cell equal to A (it misses no one) is A again, no part of it.
    for (const [c, cell] of cells) if (cell.all === mine.length) cells.delete(c);
    let remainder = 0;
    // People of A in no published cell inside it; a cell with all of A's people is A again.
    let absent = 0;
    for (const i of mine) {
      let exposed = false;
      let seen = false;
      for (const m of monthsIn[pi]![i]!) {
        let by: Cell | undefined;
        let n = 0;
        for (const qi of inside[pi]!) {
          if (!monthSets[qi]!.has(m)) continue;
          for (const u of chains[i]!) {
            const cell = cells.get(key(qi, u));
            if (cell) {
              by = cell;
              n++;
              if (cell.any < mine.length) seen = true;
            }
          }
        }
        if (n === 0) exposed = true;
        if (n === 1) by!.alone = true;
      }
      if (exposed) remainder++;
      if (!seen) absent++;
    }
    if (!breaks(remainder) && !breaks(absent)) return undefined;
    return smallest([...cells.values()].filter((c) => c.alone)) ?? smallest([...cells.values()]);
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let pi = 0; pi < periods.length; pi++) {
      for (const { id: a } of units) {
        for (let pick = open(a, pi) ? breach(a, pi) : undefined; pick; pick = open(a, pi) ? breach(a, pi) : undefined) {
          hide(pick.u, pick.pi);
          changed = true;
        }
      }
    }
  }
  return result;
}
