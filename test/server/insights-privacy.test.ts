/**
 * No aggregate the server publishes covers fewer than k people (issue 18, item 5), on the HR
 * sample (demo/data/org.ts: 30 teams of 9, a year, one pulse in ten unanswered) and on a skewed
 * organisation (teams of 1 to 12, half the pulses unanswered), PGlite and PostgreSQL: every unit
 * (organisation, each department, each team) × every month and quarter × cadence, pulse, effect
 * and drivers, as HR asks them. The people behind each figure are counted from the raw records,
 * not from the answer (an effect cell's n from the answer). Checked:
 * - every published figure covers ≥ k people (a group's people, a period's respondents, an
 *   effect cell's n, the drivers' n);
 * - nested units in one period: a unit minus any published unit below it, and minus all its
 *   published parts, covers no one or ≥ k people (cadence, pulse, drivers, an effect statement's
 *   respondents, and each effect bucket: a unit's minus the same bucket of a unit below it);
 * - the pulse across periods and units: a published cell (unit × month or quarter) minus any
 *   published cell nested in it (the same unit or one below, in its months: a quarter minus one
 *   of its months), and minus all of them (a cell with all of its respondents is it again), by
 *   the respondents' ids, covers no one or ≥ k people.
 * The effect's months and quarters are not differenced: a quarter's bucket (1on1s held in the
 * quarter) is no sum of its months' buckets.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateOrg as sampleOrg } from '../../demo/data/org.js';
import type { Db } from '../../server/db.js';
import { cadenceInSql } from '../../server/insights-cadence.js';
import { hrSource } from '../../server/insights-hr.js';
import { upsertPerson } from '../../server/people.js';
import { hrInsight } from '../../src/insights/hr-dispatch.js';
import type { HrEffect, HrPulse } from '../../src/insights/hr.js';
import { inUnit, quarterOf, resolveRange, type HrPerson } from '../../src/insights/hr-units.js';
import { periodsBetween } from '../../src/insights/periods.js';
import { parseRecord } from '../../src/model/validate.js';
import { generateOrg as skewedOrg } from '../helpers/hr-org.js';
import { drivers, tenantName } from './helpers.js';

const K = 5;
const ok = (n: number) => n === 0 || n >= K;

interface Org {
  name: string;
  people: HrPerson[];
  records: Array<{ kind: string; body: Record<string, unknown> }>;
  months: [string, string];
  quarters: [string, string];
  asOf: string;
}

function hrSample(): Org {
  const org = sampleOrg('2026-11');
  const records = (['series', 'session', 'feedback', 'pulse'] as const).flatMap((kind) =>
    (org[kind === 'session' ? 'sessions' : kind === 'pulse' ? 'pulse' : kind === 'series' ? 'series' : 'feedback'] as unknown as Record<string, unknown>[]).map((body) => ({ kind, body })),
  );
  const people = org.people.map((p) => ({ id: p.id, managerId: p.managerId ?? null, departmentId: p.department ?? null }));
  return { name: 'the HR sample', people, records, months: ['2025-12', '2026-11'], quarters: ['2025-Q4', '2026-Q4'], asOf: '2026-11-30' };
}

function skewed(): Org {
  const org = skewedOrg({ departments: [[12, 6, 4, 1], [9, 3], [2], [7, 7, 5]], seed: 3, answered: 0.5 });
  const stamp = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
  let i = 0;
  const record = (kind: string, body: object) => {
    const at = stamp(i);
    return { kind, body: { id: `${kind}-${i++}`, createdAt: at, updatedAt: at, ...body } as Record<string, unknown> };
  };
  const records = [
    ...org.series!.map((s) => record('series', { ...s, timeZone: 'UTC' })),
    ...org.sessions!.map((s) => record('session', s)),
    ...org.feedback!.map((f) => record('feedback', { ...f, sessionId: 's' })),
    ...org.pulse!.map((p) => record('pulse', p)),
  ];
  return { name: 'a skewed organisation', people: org.people, records, months: ['2025-01', '2025-06'], quarters: ['2025-Q1', '2025-Q2'], asOf: '2025-06-30' };
}

/** Units of the tree: the organisation, each department, each team. */
function unitsOf(people: HrPerson[]): string[] {
  const units = new Set(['organisation']);
  for (const p of people)
    if (p.managerId) {
      units.add(`department:${encodeURIComponent(p.departmentId ?? '')}`);
      units.add(`manager:${encodeURIComponent(p.departmentId ?? '')}/${encodeURIComponent(p.managerId)}`);
    }
  return [...units];
}

for (const driver of drivers)
  for (const make of [hrSample, skewed]) {
    const org = make();
    describe(`no published aggregate covers fewer than k people: ${org.name} (${driver.name})`, () => {
      let db: Db;
      const tenant = tenantName('privacy');
      before(async () => {
        db = await driver.open();
        for (const p of org.people)
          await upsertPerson(db, tenant, {
            id: p.id,
            userName: p.id,
            displayName: p.id,
            ...(p.managerId ? { managerId: p.managerId } : {}),
            ...(p.departmentId ? { department: p.departmentId } : {}),
          });
        const managers = new Set(org.people.map((p) => p.managerId).filter((m): m is string => !!m && !org.people.some((p) => p.id === m)));
        for (const m of managers) await upsertPerson(db, tenant, { id: m, userName: m, displayName: m });
        for (const r of org.records) assert.ok(parseRecord(r.kind as 'session', r.body).ok, `${r.kind} ${String(r.body.id)}`);
        // In one statement: the sample's ~15,000 records through putRecord would take minutes on PGlite.
        await db.query(
          `insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body)
           select $1, r->>'kind', r->'body'->>'id', r->'body'->>'memberId', r->'body'->>'managerId', r->'body'->>'sessionId',
             (r->'body'->>'createdAt')::timestamptz, (r->'body'->>'updatedAt')::timestamptz, r->'body'
           from jsonb_array_elements($2::jsonb) r`,
          [tenant, JSON.stringify(org.records)],
        );
      });
      after(() => db.close());

      it('holds for every unit × month and quarter × insight', async () => {
        const units = unitsOf(org.people);
        const person = new Map(org.people.map((p) => [p.id, p]));
        const members = (unit: string, ids: Iterable<string>) => new Set([...ids].filter((id) => person.has(id) && inUnit(person.get(id)!, unit)));
        const pulses = org.records.filter((r) => r.kind === 'pulse').map((r) => r.body as { memberId: string; month: string });
        const problems: string[] = [];
        const check = (what: string, n: number) => {
          if (!ok(n)) problems.push(`${what}: ${n} people`);
        };
        let published = 0;
        // Every published pulse cell with its respondents, for differences across periods.
        const pulseCells: Array<{ unit: string; key: string; months: string[]; who: Set<string> }> = [];
        for (const [kind, [from, to]] of [['month', org.months], ['quarter', org.quarters]] as const) {
          const periods = periodsBetween(kind, from, to);
          const range = resolveRange({ period: kind, from, to, asOf: org.asOf });
          const source = await hrSource(db, tenant, range);
          // Per period: unit → its published size, for cadence, pulse, effect cells and drivers.
          const sizes = new Map<string, Map<string, number>>();
          const put = (key: string, unit: string, n: number) => {
            published++;
            check(`${key} of ${unit}`, n);
            let m = sizes.get(key);
            if (!m) sizes.set(key, (m = new Map()));
            m.set(unit, n);
          };
          for (const unit of units) {
            const q = { period: kind, from, to, asOf: org.asOf, unit, k: K };
            const cadence = await cadenceInSql(db, tenant, resolveRange(q));
            for (const g of cadence.groups) if (g.published && g.id === unit) put('cadence', unit, g.people!);
            const pulse = hrInsight('pulse', q, source) as HrPulse;
            pulse.periods.forEach((p, i) => {
              if (!p.published) return;
              const who = members(unit, pulses.filter((x) => x.month >= isoMonth(periods[i]!.start) && x.month < isoMonth(periods[i]!.end)).map((x) => x.memberId));
              assert.equal(p.respondents, who.size, `pulse ${p.key} of ${unit}: respondents are the unit's members who answered`);
              put(`pulse ${p.key}`, unit, who.size);
              pulseCells.push({ unit, key: p.key, months: kind === 'month' ? [p.key] : quarterOf(p.key).months, who });
            });
            for (const period of periods) {
              const one = { ...q, from: period.key, to: period.key };
              const effect = hrInsight('effect', one, source) as HrEffect;
              if (effect.published)
                for (const s of effect.statements) {
                  if (s.respondents !== null) put(`effect ${period.key} ${s.id}`, unit, s.respondents);
                  for (const c of s.cells) if (c.published) put(`effect ${period.key} ${s.id} ${c.bucket}`, unit, c.n!);
                }
              const d = hrInsight('drivers', { ...one, resamples: 0 }, source) as { status: string; n?: number };
              if (d.status !== 'suppressed') put(`drivers ${period.key}`, unit, d.n!);
            }
          }
          // Nested units: a department minus a published team of it, and minus all of them.
          for (const [key, m] of sizes)
            for (const [unit, n] of m) {
              const children = [...m].filter(([u]) => parentOf(u) === unit);
              for (const [child, c] of children) check(`${key}: ${unit} minus ${child}`, n - c);
              if (children.length) check(`${key}: ${unit} minus its published parts`, n - children.reduce((s, [, c]) => s + c, 0));
            }
        }
        // Pulse across periods and units: a published cell minus any published cell nested in it (a
        // unit below or the same, its months or the same), and minus all of them, by the people.
        for (const a of pulseCells) {
          const inside = pulseCells.filter((b) => b !== a && within(b.unit, a.unit) && b.months.every((m) => a.months.includes(m)));
          const union = new Set<string>();
          for (const b of inside) {
            check(`pulse ${a.key} of ${a.unit} minus ${b.key} of ${b.unit}`, [...a.who].filter((id) => !b.who.has(id)).length);
            if (b.who.size < a.who.size) for (const id of b.who) union.add(id); // an equal cell is A again
          }
          if (inside.length) check(`pulse ${a.key} of ${a.unit} minus all published cells in it`, [...a.who].filter((id) => !union.has(id)).length);
        }
        assert.ok(published > 100, `${published} published figures`);
        assert.deepEqual(problems.slice(0, 10), [], `${problems.length} figures reveal fewer than k people`);
      });
    });
  }

const isoMonth = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 7);
const within = (inner: string, outer: string) => {
  for (let u: string | null = inner; u !== null; u = parentOf(u)) if (u === outer) return true;
  return false;
};
const parentOf = (unit: string) => (unit.startsWith('manager:') ? `department:${unit.slice(8, unit.indexOf('/'))}` : unit.startsWith('department:') ? 'organisation' : null);
