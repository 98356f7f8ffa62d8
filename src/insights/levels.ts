/**
 * The six-level communication derivation: pure arithmetic, no DOM.
 *
 * A member's level is the highest level reached in a majority of the last `window` 1on1s (default
 * 3: "in at least two of the last three"), where a check-in reads as the highest contiguous level
 * from 1 among its ticked statements (ticking 1, 2, 3, 5 and 6 reads as 3: the ladder has no gaps;
 * a check-in that does not tick 1 reads as 1, the ladder's floor), a direct assessment reads as its level, and a side's later record for the same session replaces
 * its earlier one. The member's and the manager's views are derived separately from their own
 * readings, and the pair stands at the lower of the two (a level counts once both sides see it).
 */
import type { LevelAssessment } from '../model/schemas.js';

export type Side = 'member' | 'manager';
export type Trend = 'up' | 'flat' | 'down';

/** The fields of a `LevelAssessment` the derivation reads. */
export type LevelInput = Pick<LevelAssessment, 'id' | 'createdAt' | 'updatedAt' | 'memberId' | 'managerId' | 'by' | 'method' | 'level'> &
  Partial<Pick<LevelAssessment, 'signals' | 'sessionId'>>;

export interface LevelOptions {
  /** How many of a side's most recent 1on1s count (at least 1; default 3). */
  window?: number;
  /** From how many levels apart the two views are called a gap (default 2). */
  gapThreshold?: number;
}

/** One side's reading of one 1on1. */
export interface Reading {
  id: string;
  /** Milliseconds since the epoch of the record's `createdAt`. */
  at: number;
  by: Side;
  method: LevelAssessment['method'];
  level: number;
  sessionId?: string;
}

/** The pair's standing right after one reading came in. */
export interface HistoryPoint {
  reading: Reading;
  /** The pair's level after this reading. */
  level: number;
  member?: number;
  manager?: number;
}

export interface PairLevel {
  memberId: string;
  managerId: string;
  /** The pair's level: the lower of the two views, or the one view there is. */
  level: number;
  /** The member's own view. */
  member?: number;
  /** The manager's view. */
  manager?: number;
  /** `manager - member` when both views exist (positive: the manager sees the pair higher). */
  gap?: number;
  trend: Trend;
  /** Every reading, oldest first, with the pair's level after it. */
  history: HistoryPoint[];
}

export interface TeamLevels {
  /** One entry per member with at least one reading, lowest level first, then by member id. */
  members: PairLevel[];
  /** Mean of the members' levels; `undefined` for a team without readings. */
  average?: number;
  /** `distribution[l - 1]` members stand at level `l`. */
  distribution: number[];
  /** Members whose two views differ by `gapThreshold` or more, largest gap first. */
  gaps: PairLevel[];
}

export const LEVELS = [1, 2, 3, 4, 5, 6] as const;
export const DEFAULT_WINDOW = 3;
export const NOTABLE_LEVEL_GAP = 2;

/** A finite number rounded and clamped onto 1–6, or `undefined`. */
export function toLevel(value: number): number | undefined {
  return Number.isFinite(value) ? Math.min(6, Math.max(1, Math.round(value))) : undefined;
}

/**
 * The level a check-in's ticked statements reach: the highest `l` with every level from 1 to `l`
 * ticked (1, 2, 3, 5, 6 reads as 3). At least 1, the ladder's floor; `undefined` for no ticks.
 */
export function contiguousLevel(signals: readonly number[]): number | undefined {
  if (signals.length === 0) return undefined;
  const ticked = new Set(signals);
  let l = 0;
  while (l < LEVELS.length && ticked.has(l + 1)) l++;
  return Math.max(1, l);
}

/** What one record says: a check-in's highest contiguous ticked level, else the stored level. */
export function readingOf(record: Pick<LevelInput, 'method' | 'level' | 'signals'>): number | undefined {
  const ticked = record.method === 'check-in' && record.signals?.length ? contiguousLevel(record.signals) : record.level;
  return toLevel(ticked ?? record.level);
}

/** The level from one side's readings, oldest first: the highest level a majority of the window reached. */
export function levelOf(levels: readonly number[], window = DEFAULT_WINDOW): number | undefined {
  const valid = levels.map(toLevel).filter((l): l is number => l !== undefined);
  return kthHighest(valid, Math.max(1, Math.floor(window) || 1));
}

/** The majority level of the last `window` of `levels` (already valid): the ⌊n/2⌋+1-th highest. */
function kthHighest(levels: readonly number[], window: number): number | undefined {
  const n = Math.min(window, levels.length);
  if (n === 0) return undefined;
  const recent = levels.slice(-n).sort((a, b) => b - a);
  return recent[n >> 1];
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

interface Entry {
  reading: Reading;
  record: LevelInput;
}

const byTime = (a: Entry, b: Entry) =>
  a.reading.at - b.reading.at || (a.reading.id < b.reading.id ? -1 : a.reading.id > b.reading.id ? 1 : 0);

/** Per side, a later record for the same session replaces the earlier; then each record's reading, in time order. */
function entriesOf(records: readonly LevelInput[]): Entry[] {
  const bySession = new Map<string, LevelInput>();
  const kept: LevelInput[] = [];
  for (const r of records) {
    if (!r.sessionId) {
      kept.push(r);
      continue;
    }
    const key = `${r.by}|${r.sessionId}`;
    const seen = bySession.get(key);
    if (!seen) bySession.set(key, r);
    else if (time(r.updatedAt) > time(seen.updatedAt) || (time(r.updatedAt) === time(seen.updatedAt) && r.id > seen.id))
      bySession.set(key, r);
  }
  for (const r of bySession.values()) kept.push(r);
  const out: Entry[] = [];
  for (const record of kept) {
    const level = readingOf(record);
    if (level === undefined) continue;
    const reading: Reading = { id: record.id, at: time(record.createdAt), by: record.by, method: record.method, level };
    if (record.sessionId) reading.sessionId = record.sessionId;
    out.push({ reading, record });
  }
  return out.sort(byTime);
}

/** The readings in time order; per side, a later record for the same session replaces the earlier. */
export function readingsOf(records: readonly LevelInput[]): Reading[] {
  return entriesOf(records).map((e) => e.reading);
}

/** The lower of the views there are. */
function pairOf(member: number | undefined, manager: number | undefined): number | undefined {
  if (member === undefined) return manager;
  if (manager === undefined) return member;
  return Math.min(member, manager);
}

/** The pair's level now against its level before the last `window` 1on1s began. */
function trendOf(history: readonly HistoryPoint[], window: number): Trend {
  // A 1on1 is a session (both sides' readings of it), or a reading without a session.
  const seen = new Set<string>();
  const starts: number[] = [];
  history.forEach((p, i) => {
    const key = p.reading.sessionId ?? `#${p.reading.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    starts.push(i);
  });
  const now = history[history.length - 1]?.level;
  const then = starts.length > window ? history[starts[starts.length - window]! - 1]?.level : history[0]?.level;
  if (now === undefined || then === undefined || now === then) return 'flat';
  return now > then ? 'up' : 'down';
}

/**
 * One member's standing from their records (any order). The trend compares the pair's level now with
 * its level `window` 1on1s earlier. `undefined` when no record has a usable reading.
 */
export function pairLevel(records: readonly LevelInput[], options: LevelOptions = {}): PairLevel | undefined {
  const window = Math.max(1, Math.floor(options.window ?? DEFAULT_WINDOW) || 1);
  const entries = entriesOf(records);
  if (entries.length === 0) return undefined;
  const seen: Record<Side, number[]> = { member: [], manager: [] };
  const now: Partial<Record<Side, number>> = {};
  const history: HistoryPoint[] = [];
  for (const { reading } of entries) {
    const list = seen[reading.by];
    list.push(reading.level);
    now[reading.by] = kthHighest(list, window);
    const point: HistoryPoint = { reading, level: pairOf(now.member, now.manager)! };
    if (now.member !== undefined) point.member = now.member;
    if (now.manager !== undefined) point.manager = now.manager;
    history.push(point);
  }
  const latest = history[history.length - 1]!;
  const newest = entries[entries.length - 1]!.record;
  const out: PairLevel = {
    memberId: newest.memberId,
    managerId: newest.managerId,
    level: latest.level,
    trend: trendOf(history, window),
    history,
  };
  if (latest.member !== undefined) out.member = latest.member;
  if (latest.manager !== undefined) out.manager = latest.manager;
  if (out.member !== undefined && out.manager !== undefined) out.gap = out.manager - out.member;
  return out;
}

/** The team's standing from every record of its members: per member, average, distribution and gaps. */
export function teamLevels(records: readonly LevelInput[], options: LevelOptions = {}): TeamLevels {
  const threshold = options.gapThreshold ?? NOTABLE_LEVEL_GAP;
  const byMember = new Map<string, LevelInput[]>();
  for (const r of records) {
    const list = byMember.get(r.memberId);
    if (list) list.push(r);
    else byMember.set(r.memberId, [r]);
  }
  const members: PairLevel[] = [];
  for (const list of byMember.values()) {
    const pair = pairLevel(list, options);
    if (pair) members.push(pair);
  }
  members.sort((a, b) => a.level - b.level || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  const distribution = LEVELS.map(() => 0);
  let sum = 0;
  for (const m of members) {
    distribution[m.level - 1]!++;
    sum += m.level;
  }
  const gaps = members
    .filter((m) => m.gap !== undefined && Math.abs(m.gap) >= threshold)
    .sort((a, b) => Math.abs(b.gap!) - Math.abs(a.gap!));
  const out: TeamLevels = { members, distribution, gaps };
  if (members.length > 0) out.average = sum / members.length;
  return out;
}
