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

/** Decides which groups of the tree `nodes` may be published with minimum group `k` (default 5). */
export function suppress(nodes: readonly GroupNode[], k = 5): Suppression {
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
