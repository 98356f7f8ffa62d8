/**
 * Cadence of 1on1s (issue 18, item 2): count, regularity and overdue pairs, by organisation,
 * department and manager's team, over calendar months or quarters. Pure: plain records in, a
 * plain report out.
 *
 * ## Groups
 * Every member (a person who is the member of at least one pair) belongs to one team: their
 * department × their manager (`person.managerId`, else the manager of their first pair). Teams sit
 * under their department, departments under the organisation: one tree, whose groups are nested
 * or disjoint, so `suppression.ts` can protect every figure (minimum group `k`, default 5 people,
 * with complementary suppression; the same decision for every period). HR drills down
 * organisation → department → manager and never to a member. A manager's own team seen in full
 * is a policy decision for the caller (pass only that team and `k: 1`).
 *
 * ## Figures per group and period (a pair's 1on1s count in its member's team)
 * - `held`, `cancelled`: 1on1s dated in the period (up to `asOf`).
 * - `pairs`: pairs active in the period (`since` on or before its last day; no `since`: always).
 * - `medianIntervalDays`: median of the days between consecutive held 1on1s of a pair, over the
 *   intervals that end in the period (the earlier 1on1 may lie before it); null without any.
 * - `withinTarget` (share of `pairs`) / `withinTargetPairs`: pairs whose every interval ending in
 *   the period (and the wait from `since` to their first 1on1) and whose wait at the period's end
 *   (since their last held 1on1, else since `since`) are at most `targetDays + graceDays`.
 * - `overdue`: active pairs whose wait at the period's end exceeds `targetDays + graceDays` (a pair
 *   with neither a held 1on1 nor `since` is overdue). The period's end is `asOf` for the current
 *   period; a period starting after `asOf` has `null` figures.
 * Dates are calendar dates (`periods.ts`); a meeting with an unreadable date, or whose pair is not
 * in `pairs`, or a pair whose member is not in `people`, is skipped and counted in `skipped`.
 */
import { dayOf, periodsBetween, type Period, type PeriodKind } from './periods.js';
import { groupByBucket, medianInPlace as median } from './select.js';
import { suppress, type HiddenReason } from './suppression.js';

export interface CadencePerson {
  id: string;
  managerId?: string | null;
  departmentId?: string | null;
}
export interface CadencePair {
  memberId: string;
  managerId: string;
  /** Days between 1on1s the pair aims for. */
  targetDays: number;
  /** First day of the pair (`YYYY-MM-DD`). */
  since?: string | null;
}
export interface CadenceMeeting {
  memberId: string;
  managerId: string;
  date: string;
  status: 'held' | 'cancelled';
}
export interface CadenceQuery {
  kind: PeriodKind;
  /** First and last period, `YYYY-MM` or `YYYY-Qn`. */
  from: string;
  to: string;
  /** The date the report is for (`YYYY-MM-DD`). */
  asOf: string;
  /** Days of grace beyond a pair's target. Default 7. */
  graceDays?: number;
  /** Minimum people behind any figure. Default 5. */
  k?: number;
}
export interface CadenceFigures {
  held: number;
  cancelled: number;
  pairs: number;
  medianIntervalDays: number | null;
  withinTarget: number | null;
  withinTargetPairs: number;
  overdue: number;
}
export interface CadenceGroup {
  id: string;
  level: 'organisation' | 'department' | 'manager';
  parentId: string | null;
  departmentId: string | null;
  managerId: string | null;
  published: boolean;
  /** Why it is hidden (see `suppression.ts`). */
  hidden?: HiddenReason;
  /** Members behind the figures; null when hidden. */
  people: number | null;
  /** One entry per period; null when hidden or the period starts after `asOf`. */
  figures: Array<CadenceFigures | null>;
}
export interface CadenceReport {
  periods: Period[];
  asOf: string;
  k: number;
  groups: CadenceGroup[];
  skipped: { meetings: number; pairs: number };
}

const DAY_BITS = 2 ** 18; // day numbers up to year 2687
const part = (s: string | null) => encodeURIComponent(s ?? '');

/** The cadence report for `query`; see the module comment for every figure's definition. */
export function computeCadence(
  input: { people: readonly CadencePerson[]; pairs: readonly CadencePair[]; meetings: readonly CadenceMeeting[] },
  query: CadenceQuery,
): CadenceReport {
  const periods = periodsBetween(query.kind, query.from, query.to);
  const asOfDay = dayOf(query.asOf);
  if (Number.isNaN(asOfDay)) throw new RangeError(`computeCadence: asOf is not a date: ${JSON.stringify(query.asOf)}.`);
  const grace = query.graceDays ?? 7;
  const k = query.k ?? 5;
  if (!(grace >= 0)) throw new RangeError(`computeCadence: graceDays must be ≥ 0, got ${grace}.`);
  const P = periods.length;
  const ends = periods.map((p) => Math.min(p.end, asOfDay + 1));

  const personOf = new Map(input.people.map((p) => [p.id, p]));
  // Teams (leaves), keyed by department × manager; pairs by member.
  const pairsOf = new Map<string, number[]>();
  const teamKeys = new Map<string, { dept: string | null; manager: string; members: Set<string> }>();
  const pairTeamKey: string[] = [];
  const pairList: CadencePair[] = [];
  let skippedPairs = 0;
  for (const pair of input.pairs) {
    const person = personOf.get(pair.memberId);
    if (!person || !(pair.targetDays > 0)) {
      skippedPairs++;
      continue;
    }
    const dept = person.departmentId ?? null;
    const first = pairsOf.get(pair.memberId);
    const manager = person.managerId ?? (first ? pairList[first[0]!]!.managerId : pair.managerId);
    const key = `${part(dept)}/${part(manager)}`;
    let team = teamKeys.get(key);
    if (!team) teamKeys.set(key, (team = { dept, manager, members: new Set() }));
    team.members.add(pair.memberId);
    if (first) first.push(pairList.length);
    else pairsOf.set(pair.memberId, [pairList.length]);
    pairTeamKey.push(key);
    pairList.push(pair);
  }
  const depts = [...new Set([...teamKeys.values()].map((t) => t.dept))].sort((a, b) => part(a).localeCompare(part(b)));
  const deptIndex = new Map(depts.map((d, i) => [d, i]));
  const teams = [...teamKeys.entries()].sort(
    ([a, x], [b, y]) => deptIndex.get(x.dept)! - deptIndex.get(y.dept)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const L = teams.length;
  const teamIndex = new Map(teams.map(([key], i) => [key, i]));
  const pairTeam = Int32Array.from(pairTeamKey, (key) => teamIndex.get(key)!);
  const deptStart = new Int32Array(depts.length + 1);
  teams.forEach(([, t], i) => (deptStart[deptIndex.get(t.dept)! + 1] = i + 1));
  for (let d = 1; d <= depts.length; d++) deptStart[d] = Math.max(deptStart[d]!, deptStart[d - 1]!);

  // Meetings: held ones as sortable keys (pair, day); cancelled ones counted per team × period.
  const span0 = periods[0]!.start;
  const periodAt = new Int16Array(Math.max(0, periods[P - 1]!.end - span0)).fill(-1);
  periods.forEach((p, i) => periodAt.fill(i, p.start - span0, Math.max(p.start, ends[i]!) - span0));
  const cancelled = new Float64Array(L * P);
  const keys = new Float64Array(input.meetings.length);
  let held = 0;
  let skippedMeetings = 0;
  // Meetings usually come grouped by pair and dated in order: the last pair and date are reused,
  // and the sort is skipped when the keys already ascend.
  let [lastMember, lastManager, lastDate]: Array<string | undefined> = [];
  let [lastPair, lastDay, previous, ascending] = [-1, NaN, -1, true];
  for (const m of input.meetings) {
    const day = m.date === lastDate ? lastDay : dayOf(m.date);
    lastDate = m.date;
    lastDay = day;
    let pair = lastPair;
    if (m.memberId !== lastMember || m.managerId !== lastManager) {
      const candidates = pairsOf.get(m.memberId);
      pair = -1;
      if (candidates) for (const i of candidates) if (pairList[i]!.managerId === m.managerId) pair = i;
      lastMember = m.memberId;
      lastManager = m.managerId;
      lastPair = pair;
    }
    if (pair < 0 || !(day >= 0 && day < DAY_BITS) || (m.status !== 'held' && m.status !== 'cancelled')) {
      skippedMeetings++;
      continue;
    }
    if (m.status === 'held') {
      const key = pair * DAY_BITS + day;
      if (key < previous) ascending = false;
      previous = key;
      keys[held++] = key;
    } else {
      const pi = day >= span0 ? (periodAt[day - span0] ?? -1) : -1;
      if (pi >= 0) cancelled[pairTeam[pair]! * P + pi] = cancelled[pairTeam[pair]! * P + pi]! + 1;
    }
  }
  const sorted = ascending ? keys.subarray(0, held) : keys.subarray(0, held).sort();

  const heldC = new Float64Array(L * P);
  const pairsC = new Float64Array(L * P);
  const withinC = new Float64Array(L * P);
  const overdueC = new Float64Array(L * P);
  const ivBucket = new Int32Array(held);
  const ivValue = new Int32Array(held);
  let iv = 0;
  let cursor = 0;
  for (let pair = 0; pair < pairList.length; pair++) {
    const first = cursor;
    const base = pair * DAY_BITS;
    const next = base + DAY_BITS;
    while (cursor < held && sorted[cursor]! < next) cursor++;
    const p = pairList[pair]!;
    const since = p.since ? dayOf(p.since) : -Infinity;
    const limit = p.targetDays + grace;
    const team = pairTeam[pair]!;
    let j = first;
    for (let pi = 0; pi < P; pi++) {
      const start = periods[pi]!.start;
      const end = ends[pi]!;
      if (start >= end || !(since < end)) continue;
      const cell = team * P + pi;
      pairsC[cell] = pairsC[cell]! + 1;
      while (j < cursor && sorted[j]! - base < start) j++;
      let ok = true;
      let count = 0;
      for (; j < cursor && sorted[j]! - base < end; j++, count++) {
        const d = sorted[j]! - base;
        const prev = j > first ? sorted[j - 1]! - base : since;
        if (prev === -Infinity || d - prev <= 0) continue;
        if (d - prev > limit) ok = false;
        if (j > first) {
          ivBucket[iv] = pi * L + team;
          ivValue[iv++] = d - prev;
        }
      }
      heldC[cell] = heldC[cell]! + count;
      const last = j > first ? sorted[j - 1]! - base : since;
      const late = last === -Infinity || end - 1 - last > limit;
      if (late) overdueC[cell] = overdueC[cell]! + 1;
      else if (ok) withinC[cell] = withinC[cell]! + 1;
    }
  }
  // Intervals grouped by period × team: teams of a department are contiguous.
  const { start: bucketStart, values: grouped } = groupByBucket(ivBucket, ivValue, iv, L * P);

  // Medians in place, teams first, then departments, then the organisation: a wider range
  // reorders values across its teams only after their medians are taken.
  const teamMedian = new Float64Array(L * P);
  const deptMedian = new Float64Array(depts.length * P);
  const orgMedian = new Float64Array(P);
  const range = (pi: number, from: number, to: number) => median(grouped, bucketStart[pi * L + from]!, bucketStart[pi * L + to]!) ?? NaN;
  for (let pi = 0; pi < P; pi++) {
    for (let t = 0; t < L; t++) teamMedian[t * P + pi] = range(pi, t, t + 1);
    for (let d = 0; d < depts.length; d++) deptMedian[d * P + pi] = range(pi, deptStart[d]!, deptStart[d + 1]!);
    orgMedian[pi] = range(pi, 0, L);
  }
  const suppression = suppress(
    [
      { id: 'organisation', people: teams.reduce((s, [, t]) => s + t.members.size, 0) },
      ...depts.map((d, di) => ({
        id: `department:${part(d)}`,
        parentId: 'organisation',
        people: teams.slice(deptStart[di], deptStart[di + 1]).reduce((s, [, t]) => s + t.members.size, 0),
      })),
      ...teams.map(([key, t]) => ({ id: `manager:${key}`, parentId: `department:${part(t.dept)}`, people: t.members.size })),
    ],
    k,
  );
  const figuresOf = (fromTeam: number, toTeam: number, medians: Float64Array, at: number): Array<CadenceFigures | null> =>
    periods.map((period, pi) => {
      if (period.start > asOfDay) return null;
      let h = 0, c = 0, n = 0, w = 0, o = 0;
      for (let t = fromTeam; t < toTeam; t++) {
        const cell = t * P + pi;
        h += heldC[cell]!;
        c += cancelled[cell]!;
        n += pairsC[cell]!;
        w += withinC[cell]!;
        o += overdueC[cell]!;
      }
      return { held: h, cancelled: c, pairs: n, medianIntervalDays: Number.isNaN(medians[at + pi]!) ? null : medians[at + pi]!, withinTarget: n > 0 ? w / n : null, withinTargetPairs: w, overdue: o };
    });
  const group = (
    [id, level, parentId, dept, manager]: [string, CadenceGroup['level'], string | null, string | null, string | null],
    from: number,
    to: number,
    medians: Float64Array,
    at: number,
  ): CadenceGroup => {
    const published = suppression.published.has(id);
    const people = published ? teams.slice(from, to).reduce((s, [, t]) => s + t.members.size, 0) : null;
    const figures = published ? figuresOf(from, to, medians, at) : periods.map(() => null);
    const g: CadenceGroup = { id, level, parentId, departmentId: dept, managerId: manager, published, people, figures };
    if (!published) g.hidden = suppression.hidden.get(id)!;
    return g;
  };
  const groups: CadenceGroup[] = [group(['organisation', 'organisation', null, null, null], 0, L, orgMedian, 0)];
  depts.forEach((d, di) => {
    const deptId = `department:${part(d)}`;
    groups.push(group([deptId, 'department', 'organisation', d, null], deptStart[di]!, deptStart[di + 1]!, deptMedian, di * P));
    for (let t = deptStart[di]!; t < deptStart[di + 1]!; t++) {
      const [key, team] = teams[t]!;
      groups.push(group([`manager:${key}`, 'manager', deptId, d, team.manager], t, t + 1, teamMedian, t * P));
    }
  });
  return { periods, asOf: query.asOf, k, groups, skipped: { meetings: skippedMeetings, pairs: skippedPairs } };
}
