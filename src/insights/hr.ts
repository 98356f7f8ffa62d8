/**
 * The HR insights from records (issue 18): cadence, engagement drivers, the effect of 1on1 count
 * and the pulse, over one org unit and whole calendar periods (`hr-units.ts`). Pure; the same code
 * runs in the page (the guard's fallback, the memory adapter), in the drivers Worker and on the
 * server, which only reads the rows from PostgreSQL.
 *
 * ## Which records count
 * - A 1on1 (`session`) is **held** on `heldAt`, or on `scheduledAt` once that is on or before the
 *   report's date and it was not cancelled; **cancelled** on `scheduledAt` (else `cancelledAt`)
 *   when `cancelledAt` is set. Others are future 1on1s and count nowhere.
 * - A pair's target interval is its open `series` (`everyWeeks` × 7 days, since `startsAt`); a pair
 *   with 1on1s but no series is measured against `defaultTargetDays` (28).
 * - People: the host's org chart when given (`people`); else each member's manager from their
 *   latest series or 1on1, in no department.
 * - Engagement of a member over the range: the mean `engagement` of their pulses whose `month`
 *   lies in it; their statements: those of their latest pulse in it.
 * - Drivers' predictors: the member's own ratings (`by: 'member'`) of 1on1s in the range, each
 *   rescaled to 0–1 by its scale; `overall` is the mean overall rating, a topic the mean rating of
 *   its items. A topic the member never raised is missing (see `drivers.ts` for how that is
 *   handled).
 */
import { computeCadence, type CadenceMeeting, type CadencePair, type CadenceReport } from './cadence.js';
import { computeDrivers, type DriversResult } from './drivers.js';
import { computeEffect, type EffectResult } from './effect.js';
import { suppressEffect } from './effect-units.js';
import { dayOf } from './periods.js';
import { dateOf, inUnit, monthStart, periodPublished, resolveRange, unitPublished, type HrPerson, type HrRange, type ResolvedRange } from './hr-units.js';
import type { HiddenReason, Suppression } from './suppression.js';

export const DRIVER_PREDICTORS = [
  'overall',
  'work',
  'relationships',
  'wellbeing',
  'career',
  'skills',
  'private',
  'policy',
  'free',
] as const;
export const STATEMENTS = ['insight', 'trust', 'growth', 'productivity'] as const;

interface SessionLike {
  memberId: string;
  managerId: string;
  scheduledAt?: string;
  heldAt?: string;
  cancelledAt?: string;
}
interface SeriesLike {
  memberId: string;
  managerId: string;
  everyWeeks: number;
  startsAt: string;
  endedAt?: string;
  updatedAt?: string;
}
interface FeedbackLike {
  memberId: string;
  managerId: string;
  by: string;
  createdAt: string;
  scale: { min: number; max: number };
  overall: number;
  items: ReadonlyArray<{ topicId: string; responseId?: string; rating: number }>;
}
interface PulseLike {
  memberId: string;
  month: string;
  growth: number;
  engagement?: number;
  statements?: ReadonlyArray<{ id: string; value: number }>;
}

export interface HrSource {
  people?: readonly HrPerson[];
  sessions?: readonly SessionLike[];
  series?: readonly SeriesLike[];
  feedback?: readonly FeedbackLike[];
  pulse?: readonly PulseLike[];
}

export type CadenceQuery = HrRange & { graceDays?: number; defaultTargetDays?: number };
export type DriversQuery = HrRange & { minGroup?: number; resamples?: number; seed?: number };
export type EffectQuery = HrRange;
export type PulseQuery = HrRange;

export type HrDrivers = (DriversResult | { status: 'suppressed'; hidden: HiddenReason; k: number }) & {
  unit: string;
  from: string;
  to: string;
};
export type HrEffect = ((EffectResult & { published: true }) | { published: false; hidden: HiddenReason; k: number }) & {
  unit: string;
  from: string;
  to: string;
};
export interface HrPulsePeriod {
  key: string;
  published: boolean;
  hidden?: HiddenReason;
  respondents: number | null;
  engagement: number | null;
  growth: number | null;
  /** Share answering 4–5 per statement; null when hidden or no answers. */
  statements: Array<{ id: string; agree: number | null }>;
}
export interface HrPulse {
  unit: string;
  k: number;
  periods: HrPulsePeriod[];
}

/** The org chart: the host's, or one derived from the pairs. */
export function peopleOf(source: HrSource): Map<string, HrPerson> {
  const out = new Map<string, HrPerson>();
  if (source.people) {
    for (const p of source.people) out.set(p.id, p);
    return out;
  }
  const latest = new Map<string, [string, string]>();
  const see = (memberId: string, managerId: string, at: string | undefined) => {
    const known = latest.get(memberId);
    if (!known || (at ?? '') >= known[1]) latest.set(memberId, [managerId, at ?? '']);
  };
  for (const s of source.series ?? []) see(s.memberId, s.managerId, s.startsAt);
  for (const s of source.sessions ?? []) see(s.memberId, s.managerId, s.heldAt ?? s.scheduledAt);
  for (const [id, [managerId]] of latest) out.set(id, { id, managerId, departmentId: null });
  return out;
}

function meetingsOf(source: HrSource, asOf: string): CadenceMeeting[] {
  const out: CadenceMeeting[] = [];
  for (const s of source.sessions ?? []) {
    if (s.cancelledAt)
      out.push({ memberId: s.memberId, managerId: s.managerId, date: dateOf(s.scheduledAt ?? s.cancelledAt), status: 'cancelled' });
    else if (s.heldAt) out.push({ memberId: s.memberId, managerId: s.managerId, date: dateOf(s.heldAt), status: 'held' });
    else if (s.scheduledAt && dateOf(s.scheduledAt) <= asOf)
      out.push({ memberId: s.memberId, managerId: s.managerId, date: dateOf(s.scheduledAt), status: 'held' });
  }
  return out;
}

export function cadenceInsight(source: HrSource, query: CadenceQuery = {}): CadenceReport & { unit: string } {
  const r = resolveRange(query);
  const people = peopleOf(source);
  const pairs = new Map<string, CadencePair>();
  for (const s of source.series ?? []) {
    if (s.endedAt && dateOf(s.endedAt) < dateOf(s.startsAt)) continue;
    const key = `${s.memberId}\u0000${s.managerId}`;
    const known = pairs.get(key);
    if (!known || (known.since ?? '') < dateOf(s.startsAt))
      pairs.set(key, { memberId: s.memberId, managerId: s.managerId, targetDays: s.everyWeeks * 7, since: dateOf(s.startsAt) });
  }
  const meetings = meetingsOf(source, r.asOf);
  for (const m of meetings) {
    const key = `${m.memberId}\u0000${m.managerId}`;
    if (!pairs.has(key)) pairs.set(key, { memberId: m.memberId, managerId: m.managerId, targetDays: query.defaultTargetDays ?? 28 });
  }
  // Over the whole tree, then cut to the unit's subtree: suppression is decided once, for all.
  const report = computeCadence(
    { people: [...people.values()], pairs: [...pairs.values()], meetings },
    {
      kind: r.kind,
      from: r.from,
      to: r.to,
      asOf: r.asOf,
      k: r.k,
      ...(query.graceDays !== undefined ? { graceDays: query.graceDays } : {}),
    },
  );
  const keep = new Set([r.unit]);
  for (const g of report.groups) if (g.parentId !== null && keep.has(g.parentId)) keep.add(g.id);
  return { ...report, groups: report.groups.filter((g) => keep.has(g.id)), unit: r.unit };
}

const inRange = (r: ResolvedRange, day: number) => day >= r.start && day < r.end && day <= dayOf(r.asOf);

function engagementBy(source: HrSource, r: ResolvedRange, people: Map<string, HrPerson>) {
  const sums = new Map<string, { sum: number; n: number; latest?: PulseLike }>();
  for (const p of source.pulse ?? []) {
    const person = people.get(p.memberId);
    if (!person || !inRange(r, monthStart(p.month))) continue;
    let e = sums.get(p.memberId);
    if (!e) sums.set(p.memberId, (e = { sum: 0, n: 0 }));
    if (typeof p.engagement === 'number') {
      e.sum += p.engagement;
      e.n++;
    }
    if (!e.latest || p.month >= e.latest.month) e.latest = p;
  }
  return sums;
}

export function driversInsight(source: HrSource, query: DriversQuery = {}): HrDrivers {
  const r = resolveRange(query);
  const people = peopleOf(source);
  const engagement = engagementBy(source, r, people);
  const sums = new Map<string, Array<{ s: number; n: number }>>();
  for (const f of source.feedback ?? []) {
    const span = f.scale.max - f.scale.min;
    if (f.by !== 'member' || !(span > 0) || !engagement.has(f.memberId) || !inRange(r, dayOf(f.createdAt))) continue;
    let acc = sums.get(f.memberId);
    if (!acc) sums.set(f.memberId, (acc = DRIVER_PREDICTORS.map(() => ({ s: 0, n: 0 }))));
    const add = (j: number, v: number) => {
      acc[j]!.s += (v - f.scale.min) / span;
      acc[j]!.n++;
    };
    add(0, f.overall);
    for (const item of f.items) {
      const j = DRIVER_PREDICTORS.indexOf(item.topicId as (typeof DRIVER_PREDICTORS)[number]);
      if (j > 0) add(j, item.rating);
    }
  }
  const rows = [...sums].flatMap(([id, acc]) => {
    const e = engagement.get(id)!;
    return e.n > 0 ? [{ id, engagement: e.sum / e.n, values: acc.map((a) => (a.n > 0 ? a.s / a.n : null)) }] : [];
  });
  const base = { unit: r.unit, from: r.from, to: r.to };
  const gate = unitPublished(
    people,
    rows.map((row) => row.id),
    r.unit,
    r.k,
  );
  if (!gate.published) return { status: 'suppressed', hidden: gate.hidden!, k: r.k, ...base };
  const mine = rows.filter((row) => inUnit(people.get(row.id)!, r.unit));
  const options = {
    ...(query.minGroup !== undefined ? { minGroup: query.minGroup } : {}),
    ...(query.resamples !== undefined ? { resamples: query.resamples } : {}),
    ...(query.seed !== undefined ? { seed: query.seed } : {}),
  };
  return { ...computeDrivers({ predictors: DRIVER_PREDICTORS, rows: mine }, options), ...base };
}

export function effectInsight(source: HrSource, query: EffectQuery = {}): HrEffect {
  const r = resolveRange(query);
  const people = peopleOf(source);
  const latest = engagementBy(source, r, people);
  const held = new Map<string, number>();
  for (const m of meetingsOf(source, r.asOf))
    if (m.status === 'held' && latest.has(m.memberId) && inRange(r, dayOf(m.date))) held.set(m.memberId, (held.get(m.memberId) ?? 0) + 1);
  const rows = [...latest].map(([id, e]) => ({
    id,
    held: held.get(id) ?? 0,
    answers: STATEMENTS.map((s) => e.latest?.statements?.find((a) => a.id === s)?.value ?? null),
  }));
  const base = { unit: r.unit, from: r.from, to: r.to };
  // Decided over every unit at once (`effect-units.ts`), then cut to the unit asked for.
  const decided = suppressEffect(people, rows, STATEMENTS.length, r.k);
  if (!decided.units.published.has(r.unit)) return { published: false, hidden: decided.units.hidden.get(r.unit) ?? 'small', k: r.k, ...base };
  const mine = rows.filter((row) => inUnit(people.get(row.id)!, r.unit));
  return { ...computeEffect({ statements: STATEMENTS, rows: mine }, { k: r.k, hidden: decided.cells.get(r.unit)! }), published: true, ...base };
}

export function pulseInsight(source: HrSource, query: PulseQuery = {}): HrPulse {
  const r = resolveRange(query);
  const people = peopleOf(source);
  const asOf = dayOf(r.asOf);
  const answers = (source.pulse ?? []).filter((p) => monthStart(p.month) <= asOf);
  const cache = new Map<string, Map<string, Suppression>>();
  const periods = r.periods.map((period): HrPulsePeriod => {
    const byMember = engagementBy(source, { ...r, start: period.start, end: period.end }, people);
    const gate = periodPublished(people, answers, period.key, r.unit, r.k, cache);
    if (!gate.published)
      return {
        key: period.key,
        published: false,
        hidden: gate.hidden!,
        respondents: null,
        engagement: null,
        growth: null,
        statements: STATEMENTS.map((id) => ({ id, agree: null })),
      };
    const list = [...byMember].filter(([id]) => inUnit(people.get(id)!, r.unit)).map(([, e]) => e);
    const withE = list.filter((e) => e.n > 0);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    return {
      key: period.key,
      published: true,
      respondents: list.length,
      engagement: mean(withE.map((e) => e.sum / e.n)),
      growth: mean(list.map((e) => e.latest!.growth)),
      statements: STATEMENTS.map((id) => {
        const answers = list
          .map((e) => e.latest!.statements?.find((a) => a.id === id)?.value)
          .filter((v): v is number => typeof v === 'number');
        return { id, agree: answers.length >= r.k ? answers.filter((v) => v >= 4).length / answers.length : null };
      }),
    };
  });
  return { unit: r.unit, k: r.k, periods };
}
