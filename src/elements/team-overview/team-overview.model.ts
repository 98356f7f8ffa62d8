/**
 * What the team overview shows, derived without the DOM: one row per direct report with the last
 * and next 1on1, days since the last one, whether the next agenda is shared, open action items,
 * the level with its trend and both views, and whether the pair is overdue against its cadence.
 */
import { dueStatus } from '../../calendar/due.js';
import { daysBetween, isTimeZone, localDate } from '../../calendar/zone.js';
import type { pairLevel as levelOfPair, Trend } from '../../insights/levels.js';
import type { RecordHelpers } from '../../core/part-element.js';
import type { Action, Agenda, LevelAssessment, Series, Session } from '../../model/schemas.js';

export interface TeamInputs {
  sessions: readonly Session[];
  agendas?: readonly Agenda[];
  actions?: readonly Action[];
  levels?: readonly LevelAssessment[];
  series?: readonly Series[];
}

export interface TeamRow {
  memberId: string;
  name: string;
  last?: number;
  lastId?: string;
  next?: number;
  nextId?: string;
  daysSince?: number;
  /** Whether the next 1on1's agenda is shared; undefined without a next 1on1. */
  nextShared?: boolean;
  openActions: number;
  level?: number;
  trend?: Trend;
  memberView?: number;
  managerView?: number;
  /** `managerView - memberView` when both exist. */
  gap?: number;
  /** The pair's cadence (weeks) from its series, if any. */
  everyWeeks?: number;
  overdue: boolean;
}

export type SortKey = 'name' | 'last' | 'next' | 'days' | 'shared' | 'actions' | 'level' | 'gap';
export type SortDir = 'ascending' | 'descending';

const at = (s: Session) => Date.parse(s.heldAt ?? s.scheduledAt ?? '');
/** A pair without a series is measured against a four-weekly cadence. */
const DEFAULT_TARGET_DAYS = 28;

function group<T extends { memberId: string }>(list: readonly T[] | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of list ?? []) {
    const known = out.get(r.memberId);
    if (known) known.push(r);
    else out.set(r.memberId, [r]);
  }
  return out;
}

/**
 * One row per member: the given `members` (in that order, names from them), else every member the
 * manager's records name. Only the pairs where `managerId` is the manager count.
 */
export function teamRows(
  { latestBy, pairLevel }: Pick<RecordHelpers, 'latestBy'> & { pairLevel: typeof levelOfPair },
  managerId: string,
  input: TeamInputs,
  now: number,
  timeZone: string,
  members?: ReadonlyArray<{ id: string; name: string }>,
): TeamRow[] {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const mine = <T extends { managerId?: string }>(list: readonly T[] | undefined) => (list ?? []).filter((r) => r.managerId === managerId);
  const sessions = group([...latestBy(mine(input.sessions), (s) => s.id).values()]);
  const agendas = latestBy(mine(input.agendas), (a) => a.sessionId);
  const actions = group(mine(input.actions));
  const levels = group(mine(input.levels));
  const series = group(mine(input.series));
  const ids = members?.map((m) => m.id) ?? [...new Set([...sessions.keys(), ...levels.keys(), ...actions.keys(), ...series.keys()])].sort();
  const names = new Map(members?.map((m) => [m.id, m.name]));
  const today = localDate(now, zone);
  return ids.map((memberId) => {
    let last: Session | undefined;
    let next: Session | undefined;
    for (const s of sessions.get(memberId) ?? []) {
      const t = at(s);
      if (!Number.isFinite(t) || s.cancelledAt) continue;
      if (s.heldAt || t < now) {
        if (!last || t > at(last)) last = s;
      } else if (!next || t < at(next)) next = s;
    }
    const row = emptyRow(memberId, names.get(memberId));
    if (last) {
      row.last = at(last);
      row.lastId = last.id;
      row.daysSince = daysBetween(localDate(row.last, zone), today);
    }
    if (next) {
      row.next = at(next);
      row.nextId = next.id;
      row.nextShared = agendas.get(next.id)?.submittedAt !== undefined;
    }
    row.openActions = (actions.get(memberId) ?? []).filter((a) => a.status === 'open').length;
    const pair = pairLevel(levels.get(memberId) ?? []);
    if (pair) {
      row.level = pair.level;
      row.trend = pair.trend;
      if (pair.member !== undefined) row.memberView = pair.member;
      if (pair.manager !== undefined) row.managerView = pair.manager;
      if (pair.gap !== undefined) row.gap = pair.gap;
    }
    const cadence = [...latestBy((series.get(memberId) ?? []).filter((x) => !x.endedAt)).values()][0];
    if (cadence) row.everyWeeks = cadence.everyWeeks;
    if (last) {
      const due = dueStatus({
        lastHeldAt: new Date(row.last!).toISOString(),
        targetDays: cadence ? cadence.everyWeeks * 7 : DEFAULT_TARGET_DAYS,
        ...(next ? { nextAt: new Date(row.next!).toISOString() } : {}),
        now,
        timeZone: zone,
      });
      row.overdue = due.state === 'overdue';
    }
    return row;
  });
}

/** A member without any record yet. */
export function emptyRow(memberId: string, name = memberId): TeamRow {
  return { memberId, name, openActions: 0, overdue: false };
}

/**
 * The given members in their order with their names, from rows derived once from the data (so a
 * new name or order does not derive them again); without `members`, every derived row.
 */
export function rowsOf(derived: ReadonlyMap<string, TeamRow>, members?: ReadonlyArray<{ id: string; name: string }>): TeamRow[] {
  if (!members) return [...derived.values()];
  return members.map((m) => {
    const row = derived.get(m.id);
    return row ? { ...row, name: m.name } : emptyRow(m.id, m.name);
  });
}

/** The value a column sorts by; a missing value sorts last whichever the direction. */
function keyOf(r: TeamRow, key: SortKey): number | string | undefined {
  switch (key) {
    case 'name':
      return r.name;
    case 'last':
      return r.last;
    case 'next':
      return r.next;
    case 'days':
      return r.daysSince;
    case 'shared':
      return r.nextShared === undefined ? undefined : r.nextShared ? 1 : 0;
    case 'actions':
      return r.openActions;
    case 'level':
      return r.level;
    case 'gap':
      return r.gap === undefined ? undefined : Math.abs(r.gap);
  }
}

const collator = new Intl.Collator(undefined, { numeric: true });

/** The rows sorted by `key` (stable, ties by name). */
export function sortRows(rows: readonly TeamRow[], key: SortKey, dir: SortDir): TeamRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = keyOf(a, key);
    const y = keyOf(b, key);
    if (x === undefined || y === undefined) return x === y ? collator.compare(a.name, b.name) : x === undefined ? 1 : -1;
    const c = typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
    return sign * c || collator.compare(a.name, b.name);
  });
}
