/**
 * The cadence route computes in SQL (server/insights-cadence.ts): a differential test against the
 * pure `cadenceInsight` (src/insights/hr.ts) over the same generated records and org chart, on
 * PGlite and PostgreSQL, for months and quarters, every unit of the tree, a report date inside a
 * period, grace and default targets. The data has what the definitions have corners for:
 * cancelled and only-scheduled 1on1s (before and after the report date), a pair's old ended
 * series and its new one, a series ended before it started, pairs without a series, 1on1s before
 * a series started, two on one day, a member whose manager changed (the old pair counts in the
 * new team), a member without a manager, a deactivated member, and teams small enough to be
 * hidden (small, parent, complementary).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../server/db.js';
import { cadenceInSql } from '../../server/insights-cadence.js';
import { upsertPerson } from '../../server/people.js';
import { putRecord } from '../../server/records.js';
import { cadenceInsight, type HrSource } from '../../src/insights/hr.js';
import { resolveRange } from '../../src/insights/hr-units.js';
import { seeded } from '../../src/insights/random.js';
import { drivers, tenantName } from './helpers.js';

interface Person {
  id: string;
  managerId?: string;
  department?: string;
  active?: boolean;
}

/** An organisation with 1on1s from 2024-10 to 2025-12, deterministic per seed. */
function generate(seed: number) {
  const random = seeded(seed);
  const people: Person[] = [];
  const series: Record<string, unknown>[] = [];
  const sessions: Record<string, unknown>[] = [];
  const day = (d: number) => new Date(Date.UTC(2024, 9, 1) + d * 86_400_000).toISOString();
  let n = 0;
  const id = (p: string) => `${p}-${String(n++).padStart(5, '0')}`;
  const meetings = (memberId: string, managerId: string, from: number, to: number, every: number) => {
    for (let d = from + Math.floor(random() * every); d < to; d += Math.max(1, Math.round(every * (0.5 + random())))) {
      const r = random();
      const at = day(d);
      // Cancelled (dated by scheduledAt, or by cancelledAt without it), only scheduled (held once
      // on or before asOf), or held (now and then a day later than scheduled).
      if (r < 0.1) sessions.push({ id: id('s'), memberId, managerId, scheduledAt: at, cancelledAt: day(d - 1) });
      else if (r < 0.15) sessions.push({ id: id('s'), memberId, managerId, cancelledAt: at });
      else if (r < 0.25) sessions.push({ id: id('s'), memberId, managerId, scheduledAt: at });
      else sessions.push({ id: id('s'), memberId, managerId, scheduledAt: at, heldAt: random() < 0.1 ? day(d + 1) : at });
      if (random() < 0.03) sessions.push({ id: id('s'), memberId, managerId, heldAt: at }); // two on one day
    }
  };
  const sizes = [[7, 6, 2], [8, 1], [5, 5, 5], [3]];
  sizes.forEach((teams, d) =>
    teams.forEach((size, t) => {
      const managerId = `m-${d}-${t}`;
      if (!people.some((p) => p.id === managerId)) people.push({ id: managerId, department: `dept-${d}` });
      for (let i = 0; i < size; i++) {
        const memberId = `p-${d}-${t}-${i}`;
        people.push({ id: memberId, managerId, department: `dept-${d}`, ...(i === 4 && t === 0 ? { active: false } : {}) });
        const every = [1, 2, 4][Math.floor(random() * 3)]!;
        const kind = random();
        if (kind < 0.7) {
          const start = Math.floor(random() * 200);
          series.push({ id: id('r'), memberId, managerId, everyWeeks: every, startsAt: day(start), timeZone: 'Asia/Tokyo' });
          if (random() < 0.3) series.push({ id: id('r'), memberId, managerId, everyWeeks: 3, startsAt: day(start - 60), endedAt: day(start - 1), timeZone: 'UTC' });
          if (random() < 0.1) series.push({ id: id('r'), memberId, managerId, everyWeeks: 1, startsAt: day(start + 10), endedAt: day(start + 5), timeZone: 'UTC' });
        }
        meetings(memberId, managerId, kind < 0.85 ? 0 : 150, 456, every * 7);
      }
    }),
  );
  // A member whose manager changed: the old pair's 1on1s count in the new team.
  meetings('p-0-0-1', 'm-1-0', 0, 120, 14);
  // A manager who is also someone's member, without a manager of their own.
  meetings('m-2-1', 'm-2-0', 30, 400, 21);
  series.push({ id: id('r'), memberId: 'm-2-1', managerId: 'm-2-0', everyWeeks: 3, startsAt: day(30), timeZone: 'UTC' });
  // 1on1s with someone who is not a person of the tenant.
  meetings('ghost', 'm-0-0', 0, 200, 14);
  return { people, series, sessions };
}

const org = generate(11);

for (const driver of drivers) {
  describe(`cadence in SQL equals the pure computation (${driver.name})`, () => {
    let db: Db;
    const tenant = tenantName('cadence');
    let source: HrSource;

    before(async () => {
      db = await driver.open();
      for (const p of org.people) await upsertPerson(db, tenant, { userName: p.id, displayName: p.id, ...p });
      let i = 0;
      const put = async (kind: string, body: Record<string, unknown>) => {
        const createdAt = new Date(Date.UTC(2024, 0, 1) + i++ * 1000).toISOString();
        const record = { createdAt, updatedAt: createdAt, ...body };
        const answer = await putRecord(db, tenant, kind, String(body.id), JSON.stringify(record), `k-${body.id}`);
        assert.ok(answer.status < 300, JSON.stringify(answer.body));
      };
      for (const s of org.series) await put('series', s);
      for (const s of org.sessions) await put('session', s);
      // The pure code reads the records in id order, as the SQL's "first" and "ties" do.
      const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => (String(a.id) < String(b.id) ? -1 : 1);
      source = {
        people: org.people.filter((p) => p.active !== false).map((p) => ({ id: p.id, managerId: p.managerId ?? null, departmentId: p.department ?? null })),
        series: [...org.series].sort(byId) as never,
        sessions: [...org.sessions].sort(byId) as never,
      };
    });
    after(() => db.close());

    const units = [
      'organisation',
      'department:dept-0',
      'department:dept-1',
      'department:dept-3',
      'manager:dept-0/m-0-0',
      'manager:dept-0/m-0-2',
      'manager:dept-1/m-1-1',
      'manager:dept-2/m-2-0',
      'manager:nowhere/x',
      'manager:%E0%A4%A',
    ];
    const queries = [
      { period: 'month', from: '2025-01', to: '2025-12', asOf: '2025-12-31' },
      { period: 'quarter', from: '2024-Q4', to: '2025-Q4', asOf: '2025-08-14' },
      { period: 'month', from: '2025-06', to: '2025-09', asOf: '2025-07-20', graceDays: 0, defaultTargetDays: 14 },
      { period: 'quarter', from: '2025-Q2', to: '2025-Q2', asOf: '2025-05-02', k: 3, graceDays: 30 },
      { period: 'month', from: '2026-01', to: '2026-02', asOf: '2025-12-31' },
    ] as const;

    it('gives the same report for every unit and query', async () => {
      let published = 0;
      let hidden = 0;
      for (const q of queries)
        for (const unit of units) {
          const query = { ...q, unit, k: 'k' in q ? q.k : 5 };
          const expected = cadenceInsight(source, query);
          const options = { ...('graceDays' in q ? { graceDays: q.graceDays } : {}), ...('defaultTargetDays' in q ? { defaultTargetDays: q.defaultTargetDays } : {}) };
          const actual = await cadenceInSql(db, tenant, resolveRange(query), options);
          assert.deepEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected)), `${JSON.stringify(query)}`);
          for (const g of actual.groups) (g.published ? published++ : hidden++);
        }
      // The data reaches every branch that matters: figures shown and figures hidden.
      assert.ok(published > 20 && hidden > 10, `${published} published, ${hidden} hidden`);
      const full = cadenceInsight(source, { ...queries[0], unit: 'organisation' });
      assert.ok(full.skipped.meetings > 0 && full.skipped.pairs > 0, JSON.stringify(full.skipped));
      const reasons = new Set(full.groups.map((g) => g.hidden).filter(Boolean));
      assert.deepEqual([...reasons].sort(), ['complementary', 'parent', 'small']);
    });
  });
}
