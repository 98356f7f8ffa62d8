/**
 * The effect of 1on1 count over the org tree (issue 18, item 5). Each unit's table is a group per
 * statement (its respondents, `all`) with the four buckets below it (`effect.ts`); the same cell
 * of every unit (a statement's bucket, or its respondents) forms the unit tree again. Both kinds
 * of tree must keep the rules of `suppress`: a unit's bucket minus the same bucket of a published
 * unit below it, or of all of them, covers no one or at least `k` people, as a unit's respondents
 * minus its published buckets do.
 *
 * Decided once for the whole organisation, so that a query for any unit gets the same cells:
 * 1. the units themselves, over the members with a 1on1 and an answer (`unitTree`): a hidden unit
 *    hides all its cells;
 * 2. then, until nothing changes, `suppress` over each cell's unit tree and over each unit's
 *    table, with the cells hidden so far as `preset`: a breach hides the smallest published
 *    sibling (ties: by id), and a hidden cell hides the same cell of every unit below it. Hiding
 *    only grows, so this ends; the order of the trees is fixed, so the outcome is deterministic.
 */
import { bucketOf, EFFECT_BUCKETS, type EffectRow } from './effect.js';
import { departmentUnit, teamOf, unitTree, type HrPerson } from './hr-units.js';
import { suppress, type GroupNode, type HiddenReason, type Suppression } from './suppression.js';

const CELLS = ['all', ...EFFECT_BUCKETS] as const;

export interface EffectSuppression {
  /** The units' own decision (step 1). */
  units: Suppression;
  /** Per unit, per statement: the hidden cells (`all` or a bucket) and why. */
  cells: Map<string, Array<Map<string, HiddenReason>>>;
}

export function suppressEffect(
  people: ReadonlyMap<string, HrPerson>,
  rows: ReadonlyArray<EffectRow & { id: string }>,
  statements: number,
  k: number,
): EffectSuppression {
  const answered = rows.filter((row) => row.held > 0 && row.answers.some((a) => typeof a === 'number' && Number.isFinite(a)));
  const tree: GroupNode[] = unitTree(people, answered.map((row) => row.id));
  const units = suppress(tree, k);
  const index = new Map(tree.map((u, i) => [u.id, i]));
  // counts[unit][statement][cell]: the organisation counts everyone, a team's members count in it
  // and in its department too.
  const counts = tree.map(() => Array.from({ length: statements }, () => CELLS.map(() => 0)));
  for (const row of answered) {
    const b = CELLS.indexOf(bucketOf(row.held)!);
    const person = people.get(row.id);
    const team = person ? teamOf(person) : null;
    const chain = ['organisation', ...(team ? [departmentUnit(person!.departmentId), team] : [])].map((u) => index.get(u));
    for (let s = 0; s < statements; s++) {
      const a = row.answers[s];
      if (typeof a !== 'number' || !Number.isFinite(a)) continue;
      for (const u of chain)
        if (u !== undefined) {
          counts[u]![s]![0]!++;
          counts[u]![s]![b]!++;
        }
    }
  }
  const hidden = tree.map(() => Array.from({ length: statements }, () => new Map<string, HiddenReason>()));
  tree.forEach((u, i) => {
    if (units.published.has(u.id)) return;
    const reason = units.hidden.get(u.id) ?? 'small';
    for (const cells of hidden[i]!) for (const c of CELLS) cells.set(c, reason);
  });
  let changed = true;
  const take = (result: Suppression, at: (id: string) => Map<string, HiddenReason>, cell: (id: string) => string) => {
    for (const [id, reason] of result.hidden) {
      const map = at(id);
      if (!map.has(cell(id))) {
        map.set(cell(id), reason);
        changed = true;
      }
    }
  };
  while (changed) {
    changed = false;
    for (let s = 0; s < statements; s++)
      CELLS.forEach((c, ci) => {
        const nodes = tree.map((u, i) => ({ id: u.id, parentId: u.parentId ?? null, people: counts[i]![s]![ci]! }));
        const preset = new Map(tree.flatMap((u, i): Array<[string, HiddenReason]> => (hidden[i]![s]!.has(c) ? [[u.id, hidden[i]![s]!.get(c)!]] : [])));
        take(suppress(nodes, k, preset), (id) => hidden[index.get(id)!]![s]!, () => c);
      });
    tree.forEach((_, i) => {
      for (let s = 0; s < statements; s++) {
        const nodes = CELLS.map((c, ci) => ({ id: c, parentId: ci ? 'all' : null, people: counts[i]![s]![ci]! }));
        take(suppress(nodes, k, hidden[i]![s]!), () => hidden[i]![s]!, (id) => id);
      }
    });
  }
  return { units, cells: new Map(tree.map((u, i) => [u.id, hidden[i]!])) };
}
