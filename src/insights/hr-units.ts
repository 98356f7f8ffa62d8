/**
 * The org units and periods every HR insight runs over (issue 18, item 5): one tree, organisation
 * → department → manager's team (a team is a department × a manager, as in `cadence.ts`), and
 * whole calendar months or quarters. A query names one unit by its group id (`organisation`,
 * `department:<id>`, `manager:<department>/<manager>`), never a person.
 *
 * Every aggregate over a unit is published only when the unit is published in the tree whose
 * group sizes are the people behind that aggregate (`suppression.ts`, minimum `k` with
 * complementary suppression), decided per period over the same tree: so two published figures
 * (nested or disjoint units, whole periods) never differ by fewer than `k` people.
 */
import { dayOf, isoDay, periodOf, periodsBetween, type Period, type PeriodKind } from './periods.js';
import { suppress, suppressAcross, type GroupNode, type HiddenReason, type PersonMonths, type Suppression } from './suppression.js';

export interface HrPerson {
  id: string;
  managerId?: string | null;
  departmentId?: string | null;
}

/** The query fields every HR insight shares. */
export interface HrRange {
  /** `month` or `quarter` (default `quarter`). */
  period?: PeriodKind;
  /** First and last period (`YYYY-MM` / `YYYY-Qn`); default: the period of `asOf`. */
  from?: string;
  to?: string;
  /** A group id; default `organisation`. */
  unit?: string;
  /** Minimum people behind any figure (default 5). */
  k?: number;
  /** The date the report is for (`YYYY-MM-DD`); default today (UTC). */
  asOf?: string;
}

export interface ResolvedRange {
  kind: PeriodKind;
  from: string;
  to: string;
  periods: Period[];
  asOf: string;
  unit: string;
  k: number;
  /** First day and the day after the last (UTC day numbers). */
  start: number;
  end: number;
}

export function resolveRange(q: HrRange, today = new Date().toISOString().slice(0, 10)): ResolvedRange {
  const kind = q.period ?? 'quarter';
  if (kind !== 'month' && kind !== 'quarter') throw new RangeError(`period must be month or quarter, got ${JSON.stringify(kind)}.`);
  const asOf = q.asOf ?? today;
  const asOfDay = dayOf(asOf);
  if (Number.isNaN(asOfDay)) throw new RangeError(`asOf is not a date: ${JSON.stringify(asOf)}.`);
  const here = periodOf(kind, asOfDay).key;
  const from = q.from ?? q.to ?? here;
  const to = q.to ?? (q.from ? here : from);
  const periods = periodsBetween(kind, from, to);
  const k = q.k ?? 5;
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a positive integer, got ${k}.`);
  return {
    kind,
    from,
    to,
    periods,
    asOf,
    unit: q.unit ?? 'organisation',
    k,
    start: periods[0]!.start,
    end: periods[periods.length - 1]!.end,
  };
}

const part = (s: string | null | undefined) => encodeURIComponent(s ?? '');

export const departmentUnit = (dept: string | null | undefined) => `department:${part(dept)}`;
export const teamUnit = (dept: string | null | undefined, manager: string | null | undefined) => `manager:${part(dept)}/${part(manager)}`;

/** The team (leaf unit) of a person, or null without a manager. */
export function teamOf(p: HrPerson): string | null {
  return p.managerId ? teamUnit(p.departmentId, p.managerId) : null;
}

/** Whether `person` lies in `unit`. */
export function inUnit(p: HrPerson, unit: string): boolean {
  if (unit === 'organisation') return true;
  if (unit.startsWith('department:')) return departmentUnit(p.departmentId) === unit && !!p.managerId;
  return teamOf(p) === unit;
}

/** The tree of units over `members` (each counted once, in their team). */
export function unitTree(people: ReadonlyMap<string, HrPerson>, members: Iterable<string>): GroupNode[] {
  const counts = new Map<string, number>();
  const parent = new Map<string, string>();
  let total = 0;
  for (const id of new Set(members)) {
    const p = people.get(id);
    const team = p && teamOf(p);
    if (!p || !team) continue;
    total++;
    const dept = departmentUnit(p.departmentId);
    counts.set(dept, (counts.get(dept) ?? 0) + 1);
    counts.set(team, (counts.get(team) ?? 0) + 1);
    parent.set(dept, 'organisation');
    parent.set(team, dept);
  }
  return [{ id: 'organisation', people: total }, ...[...counts].map(([id, n]) => ({ id, parentId: parent.get(id)!, people: n }))];
}

/** Whether `unit` is published among `members` with minimum `k`, and why not. */
export function unitPublished(
  people: ReadonlyMap<string, HrPerson>,
  members: Iterable<string>,
  unit: string,
  k: number,
): { published: boolean; hidden?: HiddenReason } {
  const tree = unitTree(people, members);
  const { published, hidden } = suppress(tree, k);
  if (published.has(unit)) return { published: true };
  return { published: false, hidden: hidden.get(unit) ?? 'small' };
}

/** The quarter (`YYYY-Qn`) of a month or quarter key, and its three months. */
export function quarterOf(key: string): { key: string; months: string[] } {
  const year = key.slice(0, 4);
  const q = key[5] === 'Q' ? Number(key[6]) : Math.floor((Number(key.slice(5, 7)) - 1) / 3) + 1;
  return { key: `${year}-Q${q}`, months: [1, 2, 3].map((i) => `${year}-${String((q - 1) * 3 + i).padStart(2, '0')}`) };
}

/**
 * Which units a per-period table (the pulse) publishes in `period` (a month or quarter key), when
 * `answers` are who answered in which month: decided for the period's whole quarter at once, its
 * months and the quarter together (`suppressAcross`), so a month query and a quarter query agree
 * and a quarter minus its published months never shows fewer than `k` people. `cache` keeps one
 * decision per quarter across the periods of a report.
 */
export function periodPublished(
  people: ReadonlyMap<string, HrPerson>,
  answers: Iterable<{ memberId: string; month: string }>,
  period: string,
  unit: string,
  k: number,
  cache = new Map<string, Map<string, Suppression>>(),
): { published: boolean; hidden?: HiddenReason } {
  const quarter = quarterOf(period);
  let decided = cache.get(quarter.key);
  if (!decided) {
    const months = new Map<string, Set<string>>();
    for (const a of answers) {
      if (!quarter.months.includes(a.month)) continue;
      const p = people.get(a.memberId);
      if (!p || !teamOf(p)) continue;
      let set = months.get(a.memberId);
      if (!set) months.set(a.memberId, (set = new Set()));
      set.add(a.month);
    }
    const units = unitTree(people, months.keys()).map((n) => ({ id: n.id, parentId: n.parentId ?? null }));
    const persons: PersonMonths[] = [...months].map(([id, set]) => ({ group: teamOf(people.get(id)!)!, months: [...set] }));
    const periods = [...quarter.months.map((m) => ({ key: m, months: [m] })), quarter];
    decided = suppressAcross(units, persons, periods, k);
    cache.set(quarter.key, decided);
  }
  const d = decided.get(period)!;
  if (d.published.has(unit)) return { published: true };
  return { published: false, hidden: d.hidden.get(unit) ?? 'small' };
}

/** `YYYY-MM-DD` of an ISO time, as the calendar date it names. */
export const dateOf = (iso: string): string => iso.slice(0, 10);

/** The day number of a `YYYY-MM` month's first day. */
export const monthStart = (month: string): number => dayOf(`${month}-01`);

export { isoDay };
