/**
 * Cadence over 10,000 people and two years of 1on1s must take ≤ 200 ms (median): 9,000 members in
 * 1,000 teams of 40 departments, a target of 14 days, 1on1s every 10–20 days (one in ten
 * cancelled), monthly periods over 24 months, then quarters. Deterministic data.
 */
import { computeCadence, type CadenceMeeting } from '../src/insights/cadence.js';
import { isoDay, dayOf } from '../src/insights/periods.js';
import { seeded } from '../src/insights/random.js';

const MANAGERS = 1000;
const MEMBERS_PER_MANAGER = 9;
const RUNS = 7;
const TARGET_MS = 200;
const round = (x: number) => Math.round(x * 10) / 10;

function generate() {
  const random = seeded(1818);
  const people: Array<{ id: string; managerId?: string; departmentId: string }> = [];
  const pairs: Array<{ memberId: string; managerId: string; targetDays: number }> = [];
  const meetings: CadenceMeeting[] = [];
  const start = dayOf('2024-01-01');
  const end = dayOf('2025-12-31');
  for (let m = 0; m < MANAGERS; m++) {
    const managerId = `mgr${m}`;
    const departmentId = `dept${m % 40}`;
    people.push({ id: managerId, departmentId });
    for (let j = 0; j < MEMBERS_PER_MANAGER; j++) {
      const memberId = `m${m}-${j}`;
      people.push({ id: memberId, managerId, departmentId });
      pairs.push({ memberId, managerId, targetDays: 14 });
      for (let day = start + Math.floor(random() * 14); day <= end; day += 10 + Math.floor(random() * 11)) {
        meetings.push({ memberId, managerId, date: isoDay(day), status: random() < 0.1 ? 'cancelled' : 'held' });
      }
    }
  }
  return { people, pairs, meetings };
}

function measure(fn: () => void) {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: round(times[RUNS >> 1]!), minMs: round(times[0]!), maxMs: round(times[RUNS - 1]!) };
}

export default async function bench() {
  const input = generate();
  let groups = 0;
  let held = 0;
  const months = measure(() => {
    const r = computeCadence(input, { kind: 'month', from: '2024-01', to: '2025-12', asOf: '2025-12-31' });
    groups = r.groups.length;
    held = r.groups[0]!.figures.reduce((s, f) => s + (f?.held ?? 0), 0);
  });
  const quarters = measure(() => computeCadence(input, { kind: 'quarter', from: '2024-Q1', to: '2025-Q4', asOf: '2025-12-31' }));
  return {
    people: input.people.length,
    meetings: input.meetings.length,
    held,
    groups,
    months,
    quarters,
    targetMs: TARGET_MS,
    pass: months.medianMs <= TARGET_MS && quarters.medianMs <= TARGET_MS,
  };
}
