import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readingOf } from '../../src/insights/levels.js';
import { DEFAULT_NOW, RESPONSE_IDS, TOPIC_IDS, generateSampleData, recordsFor, type SampleData } from '../../demo/data/generate.js';
import { parseRecord, parseWith } from '../../src/model/validate.js';
import { Viewer } from '../../src/model/schemas.js';
import type { Feedback, LevelAssessment } from '../../src/model/schemas.js';
import { RECORD_KINDS, type RecordKind } from '../../src/model/records.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { guard } from '../../src/core/guard.js';
import hintsJa from '../../src/model/hints/ja.js';

const data = generateSampleData();
const NOW = Date.parse(DEFAULT_NOW);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function listsOf(d: SampleData): Array<[RecordKind, unknown[]]> {
  return [
    ['session', d.sessions],
    ['agenda', d.agendas],
    ['feedback', d.feedback],
    ['level', d.levels],
    ['pulse', d.pulses],
    ['hint-mark', d.hintMarks],
    ['series', d.series],
  ];
}

/** The members' item ratings for one manager, optionally narrowed to some cells. */
function ratings(managerId: string, where: (topicId: string, responseId: string) => boolean = () => true): number[] {
  return data.feedback
    .filter((f) => f.managerId === managerId && f.by === 'member')
    .flatMap((f) => f.items)
    .filter((i) => where(i.topicId, i.responseId))
    .map((i) => i.rating);
}

function checkIns(memberId: string, by: LevelAssessment['by']): number[] {
  return data.levels.filter((l) => l.memberId === memberId && l.by === by && l.method === 'check-in').map((l) => l.level);
}

function correlation(xs: number[], ys: number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('generateSampleData', () => {
  it('is deterministic: same options, same output; another seed, other output', () => {
    const again = generateSampleData();
    expect(again).to.deep.equal(data);
    expect(JSON.stringify(again)).to.equal(JSON.stringify(data));
    expect(JSON.stringify(generateSampleData({ seed: 7 }))).to.not.equal(JSON.stringify(data));
    expect(generateSampleData({ seed: 7 })).to.deep.equal(generateSampleData({ seed: 7 }));
  });

  it('gives records that all pass their schemas, and viewers that pass theirs', () => {
    for (const [kind, list] of listsOf(data)) {
      expect(list.length, kind).to.be.greaterThan(0);
      for (const record of list) {
        const parsed = parseRecord(kind, record);
        expect(parsed.ok, `${kind} ${parsed.ok ? '' : parsed.error.message}`).to.equal(true);
      }
    }
    for (const viewer of data.viewers) expect(parseWith(Viewer, 'viewer', viewer).ok).to.equal(true);
    const ids = listsOf(data).flatMap(([, list]) => list.map((r) => (r as { id: string }).id));
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).to.equal(true);
  });

  it('has 1 admin, 3 managers with 4 members each, named in Japanese', () => {
    const byRole = (role: string) => data.viewers.filter((v) => v.role === role).map((v) => v.id);
    expect(byRole('admin')).to.deep.equal(['admin-1']);
    expect(byRole('manager')).to.deep.equal(['mgr-1', 'mgr-2', 'mgr-3']);
    expect(byRole('member')).to.deep.equal(Array.from({ length: 12 }, (_, i) => `mem-${i + 1}`));
    expect(data.viewers.every((v) => v.name && JAPANESE.test(v.name))).to.equal(true);
    expect(data.teams.map((t) => t.managerId)).to.deep.equal(['mgr-1', 'mgr-2', 'mgr-3']);
    expect(data.teams.map((t) => t.memberIds.length)).to.deep.equal([4, 4, 4]);
    expect(new Set(data.teams.flatMap((t) => t.memberIds)).size).to.equal(12);
  });

  it('holds about six months of 1on1s, every two weeks or so, less regularly for one manager', () => {
    const sixMonthsAgo = Date.parse('2026-05-01T00:00:00Z');
    const held = data.sessions.filter((s) => s.heldAt);
    expect(held.length).to.be.within(100, 200);
    const gaps: Record<string, number[]> = {};
    for (const team of data.teams) {
      for (const memberId of team.memberIds) {
        const times = held.filter((s) => s.memberId === memberId).map((s) => Date.parse(s.heldAt!));
        expect(times.every((t) => t >= sixMonthsAgo && t <= NOW)).to.equal(true);
        expect(Math.min(...times) - sixMonthsAgo, `${memberId} starts in the first weeks`).to.be.below(21 * 86_400_000);
        const lastGap = team.managerId === 'mgr-3' ? 80 : 30;
        expect(NOW - Math.max(...times), `${memberId} had a recent 1on1`).to.be.below(lastGap * 86_400_000);
        for (let i = 1; i < times.length; i++) (gaps[team.managerId] ??= []).push((times[i]! - times[i - 1]!) / 86_400_000);
        // Every pair has its next 1on1 scheduled.
        expect(data.sessions.some((s) => s.memberId === memberId && !s.heldAt && Date.parse(s.scheduledAt!) > NOW)).to.equal(true);
      }
    }
    expect(median(gaps['mgr-1']!)).to.be.within(12, 16);
    expect(median(gaps['mgr-2']!)).to.be.within(12, 16);
    expect(mean(gaps['mgr-3']!)).to.be.above(mean(gaps['mgr-1']!) + 5);
    expect(Math.max(...gaps['mgr-3']!)).to.be.at.least(28);
    for (const s of data.sessions) expect(Date.parse(s.createdAt)).to.be.at.most(Date.parse(s.scheduledAt!));
  });

  it('gives agendas of 1–3 items over the default topics and styles, with Japanese memos of both visibilities', () => {
    const sessions = new Map(data.sessions.map((s) => [s.id, s]));
    for (const agenda of data.agendas) {
      expect(agenda.items.length).to.be.within(1, 3);
      expect(agenda.submittedAt).to.be.a('string');
      const session = sessions.get(agenda.sessionId)!;
      expect([session.memberId, session.managerId]).to.deep.equal([agenda.memberId, agenda.managerId]);
      for (const item of agenda.items) {
        expect(TOPIC_IDS).to.include(item.topicId);
        expect(RESPONSE_IDS).to.include(item.responseId);
        if (item.memo !== undefined) expect(item.memo).to.match(JAPANESE);
      }
    }
    const items = data.agendas.flatMap((a) => a.items);
    expect(new Set(items.map((i) => i.topicId)).size).to.equal(7);
    expect(new Set(items.map((i) => i.responseId)).size).to.equal(5);
    expect(items.filter((i) => i.memoVisibility === 'private' && i.memo).length).to.be.greaterThan(20);
    expect(items.filter((i) => i.memoVisibility === 'shared' && i.memo).length).to.be.greaterThan(20);
    expect(items.some((i) => i.proposedBy === 'manager')).to.equal(true);
    // Held sessions have an agenda.
    const held = data.sessions.filter((s) => s.heldAt);
    expect(held.every((s) => data.agendas.some((a) => a.sessionId === s.id))).to.equal(true);
  });

  it('has member ratings for most held 1on1s, manager reflections for many, and a few large gaps', () => {
    const held = data.sessions.filter((s) => s.heldAt);
    const rated = new Set(data.feedback.filter((f) => f.by === 'member').map((f) => f.sessionId));
    const reflected = new Set(data.feedback.filter((f) => f.by === 'manager').map((f) => f.sessionId));
    expect(rated.size / held.length).to.be.above(0.7);
    expect(reflected.size / held.length).to.be.within(0.35, 0.8);
    for (const f of data.feedback) {
      expect(f.scale).to.deep.equal({ min: 1, max: 5 });
      for (const i of f.items) expect(i.rating).to.be.within(1, 5);
      if (f.by === 'member') expect(f.items.every((i) => i.styleMatch)).to.equal(true);
    }
    const matches = new Set(data.feedback.flatMap((f) => f.items.map((i) => i.styleMatch)).filter(Boolean));
    expect([...matches].sort()).to.deep.equal(['no', 'partly', 'yes']);

    const memberBySession = new Map(data.feedback.filter((f) => f.by === 'member').map((f) => [f.sessionId, f]));
    const gaps = data.feedback
      .filter((f) => f.by === 'manager')
      .flatMap((f) => {
        const theirs = memberBySession.get(f.sessionId);
        return theirs ? f.items.map((i) => i.rating - theirs.items.find((t) => t.agendaItemId === i.agendaItemId)!.rating) : [];
      });
    const large = gaps.filter((g) => Math.abs(g) >= 3).length;
    expect(large).to.be.within(3, gaps.length / 4);
  });

  it('gives managers distinct strengths that show through a per-cell mean', () => {
    const is = (topic: string | null, response: string | null) => (t: string, r: string) =>
      (topic === null || t === topic) && (response === null || r === response);
    const cell = (managerId: string, topic: string | null, response: string | null) => {
      const xs = ratings(managerId, is(topic, response));
      return { n: xs.length, mean: mean(xs) };
    };
    const overall = (managerId: string) => mean(ratings(managerId));

    // mgr-1: listens and thinks together; gives poor career advice.
    expect(cell('mgr-1', null, 'listen').mean).to.be.above(overall('mgr-1') + 0.3);
    expect(cell('mgr-1', null, 'think-together').mean).to.be.above(overall('mgr-1') + 0.3);
    for (const t of ['work', 'wellbeing', 'relationships']) {
      const c = cell('mgr-1', t, 'listen');
      expect(c.n, `mgr-1 ${t}×listen`).to.be.at.least(3);
      expect(c.mean, `mgr-1 ${t}×listen`).to.be.above(overall('mgr-1'));
    }
    const careerAdvice = cell('mgr-1', 'career', 'advice');
    expect(careerAdvice.n).to.be.at.least(3);
    expect(careerAdvice.mean).to.be.below(overall('mgr-1') - 1);

    // mgr-2: advice and report on work and skills; "just listen" worst on career and wellbeing.
    for (const [t, r] of [['work', 'advice'], ['skills', 'advice'], ['work', 'report'], ['skills', 'report']] as const) {
      const c = cell('mgr-2', t, r);
      expect(c.n, `mgr-2 ${t}×${r}`).to.be.at.least(3);
      expect(c.mean, `mgr-2 ${t}×${r}`).to.be.above(overall('mgr-2') + 0.4);
    }
    for (const t of ['career', 'wellbeing']) {
      const c = cell('mgr-2', t, 'listen');
      expect(c.n, `mgr-2 ${t}×listen`).to.be.at.least(3);
      expect(c.mean, `mgr-2 ${t}×listen`).to.be.below(overall('mgr-2') - 1);
    }
    expect(cell('mgr-2', 'career', 'listen').mean).to.be.at.most(cell('mgr-2', null, 'listen').mean);

    // mgr-3: policy × opinion; weak on relationships.
    const policyOpinion = cell('mgr-3', 'policy', 'opinion');
    expect(policyOpinion.n).to.be.at.least(3);
    expect(policyOpinion.mean).to.be.above(overall('mgr-3') + 0.8);
    const relationships = cell('mgr-3', 'relationships', null);
    expect(relationships.n).to.be.at.least(3);
    expect(relationships.mean).to.be.below(overall('mgr-3') - 1);

    // The three managers differ in where they are best.
    const best = (managerId: string) => {
      const cells = new Map<string, number[]>();
      for (const f of data.feedback.filter((x) => x.managerId === managerId && x.by === 'member'))
        for (const i of f.items) cells.set(`${i.topicId}×${i.responseId}`, [...(cells.get(`${i.topicId}×${i.responseId}`) ?? []), i.rating]);
      return [...cells].filter(([, xs]) => xs.length >= 3).sort((a, b) => mean(b[1]) - mean(a[1]))[0]![0];
    };
    expect(new Set(['mgr-1', 'mgr-2', 'mgr-3'].map(best)).size).to.equal(3);
  });

  it('gives members distinct level trajectories, and one pair a large gap between views', () => {
    const members = data.viewers.filter((v) => v.role === 'member').map((v) => v.id);
    const climbers = members.filter((m) => {
      const xs = checkIns(m, 'member');
      return median(xs.slice(0, 3)) <= 2 && median(xs.slice(-3)) >= 5;
    });
    const stuck = members.filter((m) => {
      const xs = checkIns(m, 'member');
      return xs.length >= 6 && median(xs.slice(-3)) === 2 && Math.max(...xs) <= 3;
    });
    const gapped = members.filter((m) => median(checkIns(m, 'manager').slice(-3)) - median(checkIns(m, 'member').slice(-3)) >= 3);
    expect(climbers.length).to.be.at.least(2);
    expect(stuck.length).to.be.at.least(2);
    expect(gapped).to.deep.equal(['mem-6']);
    expect(median(checkIns('mem-6', 'manager').slice(-3))).to.equal(5);
    expect(median(checkIns('mem-6', 'member').slice(-3))).to.equal(2);

    for (const l of data.levels) {
      if (l.method === 'check-in') {
        expect(l.signals, 'a check-in has signals').to.be.an('array');
        // A check-in stands at the highest contiguous level from 1 it ticked; a tick above a gap does not count.
        expect(readingOf(l)).to.equal(l.level);
        expect(l.signals!.slice(0, l.level)).to.deep.equal(Array.from({ length: l.level }, (_, i) => i + 1));
        expect(l.sessionId).to.be.a('string');
      }
    }
    // Some check-ins tick a statement above a gap, so the sample shows the ladder's rule at work.
    expect(data.levels.some((l) => l.method === 'check-in' && Math.max(...l.signals!) > l.level)).to.equal(true);
    const direct = data.levels.filter((l) => l.method === 'direct');
    expect(direct.length).to.be.within(3, 12);
    expect(direct.filter((l) => l.memberId === 'mem-6').map((l) => [l.by, l.level])).to.have.deep.members([
      ['member', 2],
      ['manager', 5],
    ]);
    // Both sides check in after most 1on1s.
    const held = data.sessions.filter((s) => s.heldAt).length;
    for (const by of ['member', 'manager'] as const)
      expect(data.levels.filter((l) => l.by === by && l.method === 'check-in').length).to.be.above(held * 0.7);
  });

  it('has a monthly pulse per member whose engagement rises with 1on1s held and with career/policy satisfaction', () => {
    const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
    for (const v of data.viewers.filter((x) => x.role === 'member')) {
      expect(data.pulses.filter((p) => p.memberId === v.id).map((p) => p.month)).to.deep.equal(months);
    }
    const held = data.sessions.filter((s) => s.heldAt);
    const count = data.pulses.map((p) => held.filter((s) => s.memberId === p.memberId && s.heldAt! <= p.createdAt).length);
    const satisfaction = data.pulses.map((p) => {
      const xs = data.feedback
        .filter((f: Feedback) => f.by === 'member' && f.memberId === p.memberId && f.createdAt <= p.createdAt)
        .flatMap((f) => f.items)
        .filter((i) => i.topicId === 'career' || i.topicId === 'policy')
        .map((i) => i.rating);
      return xs.length ? mean(xs) : 3;
    });
    const engagement = data.pulses.map((p) => p.engagement!);
    expect(correlation(count, engagement)).to.be.above(0.4);
    expect(correlation(satisfaction, engagement)).to.be.above(0.2);
    expect(data.pulses.every((p) => p.growth >= 1 && p.growth <= 5)).to.equal(true);
  });

  it('has a few hint marks, each naming a real hint for its agenda', () => {
    const hintIds = new Set(hintsJa.map((h) => h.id));
    expect(data.hintMarks.length).to.be.within(3, 40);
    for (const mark of data.hintMarks) {
      expect(hintIds.has(mark.hintId), mark.hintId).to.equal(true);
      expect(mark.hintId.split('.')[2]).to.equal(mark.by);
      const agenda = data.agendas.find((a) => a.sessionId === mark.sessionId)!;
      expect(agenda.items.map((i) => `${i.topicId}.${i.responseId}`)).to.include(mark.hintId.split('.').slice(0, 2).join('.'));
    }
  });

  it('follows `now` and `months`, and never dates a record after now', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 1, max: 12 }), (seed, months) => {
        const now = new Date(Date.UTC(2025, 3, 15, 2));
        const d = generateSampleData({ seed, now, months });
        const earliest = Date.UTC(2025, 3 - months, 1) - 6 * 86_400_000;
        for (const [kind, list] of listsOf(d)) {
          for (const record of list) {
            expect(parseRecord(kind, record).ok).to.equal(true);
            const at = Date.parse((record as { createdAt: string }).createdAt);
            expect(at).to.be.within(earliest, now.getTime());
          }
        }
        expect(d.pulses.length).to.equal(12 * months);
      }),
      { seed: 42, numRuns: 25 },
    );
  });
});

describe('recordsFor', () => {
  const privateCount = data.agendas.flatMap((a) => a.items).filter((i) => i.memoVisibility === 'private' && i.memo).length;
  const privateTexts = new Set(data.agendas.flatMap((a) => a.items).filter((i) => i.memoVisibility === 'private' && i.memo).map((i) => i.memo!));
  const sharedTexts = new Set(data.agendas.flatMap((a) => a.items).filter((i) => i.memoVisibility === 'shared' && i.memo).map((i) => i.memo!));

  it('gives a manager their team’s records and never a private memo text', () => {
    for (const team of data.teams) {
      const mine = recordsFor(data, team.managerId);
      for (const kind of RECORD_KINDS) {
        const list = mine[kind] as Array<{ managerId?: string; memberId: string }>;
        expect(list.length, kind).to.be.greaterThan(0);
        expect(list.every((r) => r.managerId === team.managerId && team.memberIds.includes(r.memberId))).to.equal(true);
      }
      expect(mine.session.length).to.equal(data.sessions.filter((s) => s.managerId === team.managerId).length);
      const items = mine.agenda.flatMap((a) => a.items);
      expect(items.filter((i) => i.memoVisibility === 'private').length).to.be.greaterThan(0);
      expect(items.every((i) => i.memoVisibility === 'shared' || i.memo === undefined)).to.equal(true);
      expect(items.some((i) => i.memoVisibility === 'shared' && i.memo)).to.equal(true);
      // Item by item, the stripped agendas lose only the private texts.
      const original = new Map(data.agendas.flatMap((a) => a.items).map((i) => [i.id, i]));
      for (const item of items) expect(item.memo).to.equal(original.get(item.id)!.memoVisibility === 'private' ? undefined : original.get(item.id)!.memo);
    }
    expect(privateTexts.size).to.be.greaterThan(0);
    expect(sharedTexts.size).to.be.greaterThan(0);
  });

  it('gives the admin every record, without private memo texts', () => {
    const all = recordsFor(data, 'admin-1');
    expect(all.session.length).to.equal(data.sessions.length);
    expect(all.agenda.length).to.equal(data.agendas.length);
    expect(all.feedback.length).to.equal(data.feedback.length);
    expect(all.level.length).to.equal(data.levels.length);
    expect(all.pulse.length).to.equal(data.pulses.length);
    expect(all['hint-mark'].length).to.equal(data.hintMarks.length);
    expect(all.agenda.flatMap((a) => a.items).every((i) => i.memoVisibility === 'shared' || i.memo === undefined)).to.equal(true);
  });

  it('gives a member only their own records, their own private memos included', () => {
    let withPrivate = 0;
    for (const memberId of data.teams.flatMap((t) => t.memberIds)) {
      const mine = recordsFor(data, memberId);
      for (const kind of RECORD_KINDS) {
        const list = mine[kind] as Array<{ memberId: string; by?: string }>;
        if (kind !== 'hint-mark') expect(list.length, `${memberId} ${kind}`).to.be.greaterThan(0);
        expect(list.every((r) => r.memberId === memberId)).to.equal(true);
        // The member's own answers only, except the level: they see the manager's view of the pair too.
        if (kind === 'level') expect(new Set(list.map((r) => r.by))).to.deep.equal(new Set(['member', 'manager']));
        else expect(list.every((r) => r.by === undefined || r.by === 'member')).to.equal(true);
      }
      expect(mine.agenda).to.deep.equal(data.agendas.filter((a) => a.memberId === memberId));
      withPrivate += mine.agenda.flatMap((a) => a.items).filter((i) => i.memoVisibility === 'private' && i.memo).length;
    }
    // Every private memo reaches its own member, and stripping for managers did not touch the source.
    expect(withPrivate).to.equal(privateCount);
    expect(privateCount).to.be.greaterThan(0);
    recordsFor(data, 'admin-1');
    expect(data.agendas.flatMap((a) => a.items).filter((i) => i.memoVisibility === 'private' && i.memo).length).to.equal(privateCount);
  });

  it('gives an unknown viewer nothing', () => {
    const none = recordsFor(data, 'mem-99');
    for (const kind of RECORD_KINDS) expect(none[kind]).to.deep.equal([]);
  });

  it('seeds a per-viewer IndexedDB through the validating seam and reads it back', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `taiwa-demo-test-${Math.random().toString(36).slice(2)}`, viewerId: 'mgr-2' });
    const seam = guard(adapter);
    const mine = recordsFor(data, 'mgr-2');
    for (const kind of RECORD_KINDS) for (const record of mine[kind]) await seam.put(kind, record as never);
    for (const kind of RECORD_KINDS) {
      const { records, errors } = await seam.query(kind, { personId: 'mgr-2' });
      expect(errors, kind).to.deep.equal([]);
      expect(records.length, kind).to.equal(mine[kind].length);
    }
    adapter.close?.();
  });
});

describe('generateSampleData: series and schedule (wp-schedule)', () => {
  it('gives each pair a cadence, mgr-3 an irregular one, and every session its schedule fields', () => {
    const pairs = new Set(data.sessions.map((s) => `${s.managerId}/${s.memberId}`));
    expect(data.series.length).to.equal(pairs.size);
    const weeks = (m: string) => new Set(data.series.filter((s) => s.managerId === m).map((s) => s.everyWeeks));
    expect([...weeks('mgr-1')]).to.deep.equal([2]);
    expect([...weeks('mgr-3')]).to.deep.equal([3]);
    for (const s of data.sessions) {
      expect(s).to.include({ timeZone: 'Asia/Tokyo', durationMinutes: 30, sequence: 0 });
      expect(data.series.some((x) => x.id === s.seriesId && x.memberId === s.memberId)).to.equal(true);
      if (!s.heldAt && Date.parse(s.scheduledAt!) <= Date.parse(DEFAULT_NOW)) expect(s.cancelledAt, 'a 1on1 that did not take place is cancelled').to.be.a('string');
    }
    // The irregular manager misses the cadence: gaps between held 1on1s longer than 3 weeks.
    const late = (m: string) =>
      data.teams
        .find((t) => t.managerId === m)!
        .memberIds.some((memberId) => {
          const held = data.sessions.filter((s) => s.memberId === memberId && s.heldAt).map((s) => Date.parse(s.heldAt!));
          return held.some((t, i) => i > 0 && t - held[i - 1]! > 25 * 86_400_000);
        });
    expect(late('mgr-3')).to.equal(true);
    for (const memberId of data.teams.flatMap((t) => t.memberIds)) {
      const upcoming = data.sessions.filter((s) => s.memberId === memberId && Date.parse(s.scheduledAt!) > Date.parse(DEFAULT_NOW));
      expect(upcoming.length, `${memberId} has the next two 1on1s booked`).to.equal(2);
    }
  });
});
