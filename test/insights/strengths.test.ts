import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  UNITS,
  cellOf,
  computeAllStrengths,
  computeStrengths,
  parseTime,
  publish,
  strongCells,
  StrengthsComputer,
  tally,
  tallyFromTotals,
  totalsOf,
  weakCells,
  type StrengthMap,
} from '../../src/insights/strengths.js';
import type { Feedback } from '../../src/model/schemas.js';

const BASE = Date.UTC(2025, 0, 6, 9, 0, 0);
const MIN = 60_000;
let serial = 0;

function record(init: {
  manager?: string;
  member?: string;
  at: number;
  id?: string;
  scale?: { min: number; max: number };
  items: [string, string, number][];
  by?: 'member' | 'manager';
}): Feedback {
  const at = new Date(BASE + init.at * MIN).toISOString();
  const scale = init.scale ?? { min: 1, max: 5 };
  return {
    id: init.id ?? `f${String(serial++).padStart(6, '0')}`,
    createdAt: at,
    updatedAt: at,
    sessionId: 's',
    memberId: init.member ?? 'u1',
    managerId: init.manager ?? 'm1',
    by: init.by ?? 'member',
    scale,
    overall: scale.min,
    items: init.items.map(([topicId, responseId, rating]) => ({ topicId, responseId, rating })),
  };
}

const TOPICS = ['career', 'work', 'policy'];
const RESPONSES = ['listen', 'advice'];

/** Random feedback: few managers and cells so cells fill up; minute times with ties; unique ids. */
const feedbackArb = (scales: { min: number; max: number }[] = [{ min: 1, max: 5 }], minLength = 0) =>
  fc
    .array(
      fc.record({
        manager: fc.constantFrom('m1', 'm2', 'm3'),
        at: fc.integer({ min: 0, max: 400 }),
        scale: fc.constantFrom(...scales),
        by: fc.constantFrom<('member' | 'manager')[]>('member', 'member', 'member', 'manager'),
        items: fc.array(fc.tuple(fc.constantFrom(...TOPICS), fc.constantFrom(...RESPONSES), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
      { minLength, maxLength: 80 },
    )
    .map((list) =>
      list.map((r, i) =>
        record({
          manager: r.manager,
          at: r.at,
          id: `id${String(i).padStart(4, '0')}`,
          scale: r.scale,
          by: r.by,
          items: r.items.map(([t, s, x]) => [t, s, r.scale.min + Math.round(x * (r.scale.max - r.scale.min))]),
        }),
      ),
    );

const run = { seed: 42, numRuns: 200 };

/**
 * The map without its masked cells' `needed`: a masked cell says how many ratings it still needs,
 * so an arrival shows there (never a value); every figure is compared as before.
 */
const figures = (map: StrengthMap): StrengthMap => ({ ...map, cells: map.cells.map(({ needed: _n, ...cell }) => cell) });

/** The ratings of one cell in the order the masking uses: createdAt, record id, position. */
function cellRatings(feedback: readonly Feedback[], manager: string, topic: string, response: string) {
  const rows: { at: number; id: string; pos: number; rating: number; record: Feedback; item: number }[] = [];
  for (const f of feedback) {
    if (f.by !== 'member' || f.managerId !== manager) continue;
    f.items.forEach((it, pos) => {
      if (it.topicId === topic && it.responseId === response)
        rows.push({ at: Date.parse(f.createdAt), id: f.id, pos, rating: it.rating, record: f, item: pos });
    });
  }
  return rows.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.pos - b.pos);
}

describe('insights/strengths', () => {
  it('publishes the first k·floor(n/k) ratings of a cell and masks cells below k', () => {
    const feedback = Array.from({ length: 10 }, (_, i) =>
      record({
        at: i,
        items: [
          ['career', 'listen', 1 + (i % 5)],
          ['work', 'advice', 5],
        ],
      }),
    );
    feedback.push(
      record({
        at: 11,
        items: [
          ['policy', 'advice', 1],
          ['policy', 'advice', 2],
        ],
      }),
    );
    feedback.push(
      record({
        at: 12,
        by: 'manager',
        items: [
          ['policy', 'advice', 5],
          ['policy', 'advice', 5],
        ],
      }),
    );
    const map = computeStrengths(feedback, { managerId: 'm1' });
    expect(map.scale).to.deep.equal({ min: 1, max: 5 });
    const listen = cellOf(map, 'career', 'listen')!;
    expect(listen.count).to.equal(9);
    expect(listen.mean).to.be.closeTo(25 / 9, 1e-12);
    const policy = cellOf(map, 'policy', 'advice')!;
    expect(policy).to.deep.include({ masked: true, classification: 'masked' });
    expect([policy.count, policy.mean, policy.estimate, policy.low, policy.high]).to.deep.equal([null, null, null, null, null]);
    expect(map.overall.count).to.equal(18);
    expect(map.overall.mean).to.be.closeTo((25 + 45) / 18, 1e-12);
  });

  it('shrinks toward the manager mean with weight m and classifies against it', () => {
    const feedback: Feedback[] = [];
    for (let i = 0; i < 12; i++)
      feedback.push(
        record({
          at: i,
          items: [
            ['career', 'listen', 1],
            ['work', 'advice', 5],
            ['policy', 'advice', 3],
          ],
        }),
      );
    const map = computeStrengths(feedback, { managerId: 'm1', prior: 4 });
    const prior = 3;
    const listen = cellOf(map, 'career', 'listen')!;
    expect(listen.estimate).to.be.closeTo((12 * 1 + 4 * prior) / 16, 1e-12);
    expect(listen.classification).to.equal('weakness');
    expect(cellOf(map, 'work', 'advice')!.classification).to.equal('strength');
    expect(cellOf(map, 'policy', 'advice')!.classification).to.equal('neutral');
    expect(weakCells(map)).to.deep.equal([{ topicId: 'career', responseId: 'listen' }]);
    expect(strongCells(map)).to.deep.equal([{ topicId: 'work', responseId: 'advice' }]);
  });

  it('compares a manager with the organisation for the same topic × response', () => {
    const feedback: Feedback[] = [];
    for (let i = 0; i < 12; i++) {
      const odd = i % 2;
      feedback.push(
        record({
          manager: 'm1',
          at: i,
          items: [
            ['career', 'listen', 1 + 2 * odd],
            ['work', 'advice', 3 + 2 * odd],
          ],
        }),
      );
      feedback.push(
        record({
          manager: 'm2',
          at: i,
          items: [
            ['career', 'listen', 4 + odd],
            ['work', 'advice', 3 + 2 * odd],
          ],
        }),
      );
    }
    const { org, managers } = computeAllStrengths(feedback, { k: 3 });
    const m1 = managers.get('m1')!;
    expect(cellOf(m1, 'career', 'listen')!.vsOrg).to.equal('weakness');
    expect(cellOf(m1, 'career', 'listen')!.orgMean).to.be.closeTo(3.25, 1e-12);
    expect(cellOf(m1, 'work', 'advice')!.vsOrg).to.equal('neutral');
    expect(cellOf(managers.get('m2')!, 'career', 'listen')!.vsOrg).to.equal('strength');
    expect(m1.overall.orgMean).to.be.closeTo(3.625, 1e-12);
    expect(org.managerId).to.equal(undefined);
    expect(cellOf(org, 'career', 'listen')!.count).to.equal(24);
    expect(cellOf(org, 'career', 'listen')!.vsOrg).to.equal(undefined);
    // A manager's own feedback alone has nothing to compare with.
    const alone = computeStrengths(
      feedback.filter((f) => f.managerId === 'm1'),
      { managerId: 'm1', k: 3 },
    );
    expect(cellOf(alone, 'career', 'listen')!.vsOrg).to.equal(undefined);
  });

  it('estimates the variance from batch sums only', () => {
    // Batches of 2: (1,5) (1,5) (1,5) against (3,3) (3,3) (3,3): same sums, so the same map.
    const spread = Array.from({ length: 6 }, (_, i) =>
      record({
        at: i,
        items: [
          ['work', 'advice', i % 2 ? 5 : 1],
          ['career', 'listen', 1 + (i % 3)],
        ],
      }),
    );
    const flat = Array.from({ length: 6 }, (_, i) =>
      record({
        at: i,
        items: [
          ['work', 'advice', 3],
          ['career', 'listen', 1 + (i % 3)],
        ],
      }),
    );
    expect(computeStrengths(spread, { k: 2, managerId: 'm1' })).to.deep.equal(computeStrengths(flat, { k: 2, managerId: 'm1' }));
    const t = tally(spread, 2);
    // career × listen: 1,2 | 3,1 | 2,3 → batch sums 630, 1260, 1890 units around 1260.
    expect([...t.batchSS]).to.deep.equal([0, 2 * 630 * 630, 0, 0]);
  });

  it('maps ratings from other scales onto the most used one', () => {
    const feedback: Feedback[] = [];
    for (let i = 0; i < 6; i++) feedback.push(record({ at: i, items: [['work', 'advice', 5]] }));
    for (let i = 0; i < 3; i++) feedback.push(record({ at: 10 + i, scale: { min: 0, max: 10 }, items: [['work', 'listen', 0]] }));
    const map = computeStrengths(feedback, { managerId: 'm1' });
    expect(map.scale).to.deep.equal({ min: 1, max: 5 });
    expect(cellOf(map, 'work', 'listen')!.mean).to.equal(1);
    expect(cellOf(map, 'work', 'advice')!.mean).to.equal(5);
  });

  it('takes the scale from published ratings only: one new rating on another scale changes nothing', () => {
    const feedback: Feedback[] = [];
    for (let i = 0; i < 3; i++) feedback.push(record({ at: i, items: [['work', 'advice', 4]] }));
    for (let i = 0; i < 2; i++) feedback.push(record({ at: 10 + i, scale: { min: 0, max: 10 }, items: [['career', 'listen', 3]] }));
    const before = computeStrengths(feedback, { managerId: 'm1' });
    expect(before.scale).to.deep.equal({ min: 1, max: 5 });
    // A third record on 0..10, in a cell that is already on the map (work × listen) but stays masked.
    // Counting every record, 0..10 would now tie with 1..5 and win the tie, flipping every figure.
    const after = computeStrengths([...feedback, record({ at: 20, scale: { min: 0, max: 10 }, items: [['work', 'listen', 9]] })], {
      managerId: 'm1',
    });
    expect(figures(after)).to.deep.equal(figures(before));
    expect(computeStrengths(feedback.slice(3), { managerId: 'm1' }).scale).to.deep.equal({ min: 1, max: 5 });
  });

  it('property: with mixed scales, a rating that completes no batch leaves the map as it was', () => {
    const scales = [
      { min: 1, max: 5 },
      { min: 0, max: 10 },
      { min: 1, max: 4 },
    ];
    let checked = 0;
    fc.assert(
      fc.property(
        feedbackArb(scales),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom('m1', 'm2'),
        fc.constantFrom(...TOPICS),
        fc.constantFrom(...RESPONSES),
        fc.constantFrom(...scales),
        fc.constantFrom<('m1' | 'm2' | undefined)[]>('m1', 'm2', undefined),
        (feedback, k, manager, topic, response, scale, viewed) => {
          const existing = cellRatings(feedback, manager, topic, response);
          if (existing.length === 0 || (existing.length + 1) % k === 0) return;
          checked++;
          const options = { k, managerId: viewed };
          const added = record({ manager, member: 'u9', at: 1000, id: 'new', scale, items: [[topic, response, scale.max]] });
          expect(figures(computeStrengths([...feedback, added], options))).to.deep.equal(figures(computeStrengths(feedback, options)));
        },
      ),
      run,
    );
    expect(checked).to.be.above(20);
  });

  it('grows its working arrays when records hold more items than the sample suggested, and reuses them', () => {
    // Every 4th record (the ones the estimate samples) has one item, the others three.
    const big = Array.from({ length: 1024 }, (_, i) =>
      record({
        at: i,
        items:
          i % 4 === 0
            ? [['work', 'advice', 5]]
            : [
                ['work', 'advice', 1],
                ['career', 'listen', 2],
                ['career', 'listen', 4],
              ],
      }),
    );
    const t = tally(big);
    expect(t.count[t.topics.indexOf('work') * 2 + t.responses.indexOf('advice')]).to.equal(1024);
    expect(t.count[t.topics.indexOf('career') * 2 + t.responses.indexOf('listen')]).to.equal(768 * 2);
    // 1024 ratings: the window is the first 1023; the last one (record 1023, a 1) waits for its batch.
    expect(cellOf(computeStrengths(big, { managerId: 'm1' }), 'work', 'advice')!.mean).to.equal((256 * 5 + 767 * 1) / 1023);
    // A small call after a big one sees only its own records.
    const small = [record({ at: 0, items: [['policy', 'report', 2]] })];
    expect(tally(small).count).to.deep.equal(Int32Array.from([1]));
  });

  it('parses ISO date-times with offsets and fractions like Date.parse', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offset) => {
          const utc = date.toISOString();
          expect(parseTime(utc)).to.equal(date.getTime());
          const local = new Date(date.getTime() + offset * MIN).toISOString().slice(0, 19);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const withOffset = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(parseTime(withOffset)).to.equal(Date.parse(withOffset));
        },
      ),
      run,
    );
  });

  it('property: a masked cell exposes nothing; a shown cell rests on a multiple of k, at least k, of its ratings', () => {
    fc.assert(
      fc.property(feedbackArb(), fc.integer({ min: 1, max: 5 }), fc.constantFrom('m1', 'm2', undefined), (feedback, k, managerId) => {
        const map = computeStrengths(feedback, { k, managerId });
        for (const cell of map.cells) {
          const truth = managerId
            ? cellRatings(feedback, managerId, cell.topicId, cell.responseId).length
            : ['m1', 'm2', 'm3'].map((m) => cellRatings(feedback, m, cell.topicId, cell.responseId).length);
          const shown = Array.isArray(truth)
            ? truth.reduce((a, n) => a + (n - (n % k)) * (n >= k ? 1 : 0), 0)
            : truth >= k
              ? truth - (truth % k)
              : 0;
          if (cell.masked) {
            expect(cell).to.deep.include({ count: null, mean: null, estimate: null, low: null, high: null, classification: 'masked' });
            expect(shown).to.equal(0);
          } else {
            expect(cell.count).to.equal(shown);
            expect(cell.count! % k).to.equal(0);
            expect(cell.count!).to.be.at.least(k);
            expect(cell.mean).to.be.a('number');
          }
        }
      }),
      run,
    );
  });

  it('property: estimates and intervals stay within the scale', () => {
    const scales = [
      { min: 1, max: 5 },
      { min: 0, max: 10 },
      { min: 1, max: 7 },
    ];
    fc.assert(
      fc.property(
        feedbackArb(scales),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.constantFrom('m1', 'm3', undefined),
        (feedback, k, prior, managerId) => {
          const map = computeStrengths(feedback, { k, prior, managerId });
          const { min, max } = map.scale;
          for (const cell of map.cells) {
            if (cell.masked) continue;
            for (const v of [cell.mean!, cell.estimate!, cell.low!, cell.high!]) expect(v).to.be.within(min, max);
            expect(cell.low!).to.be.at.most(cell.estimate! + 1e-9);
            expect(cell.high!).to.be.at.least(cell.estimate! - 1e-9);
          }
        },
      ),
      run,
    );
  });

  it('property: adding a rating moves the cell’s raw mean toward it', () => {
    fc.assert(
      fc.property(
        feedbackArb(),
        fc.constantFrom(...TOPICS),
        fc.constantFrom(...RESPONSES),
        fc.integer({ min: 1, max: 5 }),
        (feedback, topic, response, rating) => {
          const before = tally(feedback);
          const after = tally([...feedback, record({ manager: 'm1', at: 500, items: [[topic, response, rating]] })]);
          const x = ((rating - 1) / 4) * UNITS;
          const at = (t: typeof before) => {
            const m = t.managers.indexOf('m1');
            const c = m < 0 ? -1 : (m * t.topics.length + t.topics.indexOf(topic)) * t.responses.length + t.responses.indexOf(response);
            return c < 0 || t.topics.indexOf(topic) < 0 || t.responses.indexOf(response) < 0
              ? { n: 0, mean: NaN }
              : { n: t.count[c]!, mean: t.sum[c]! / t.count[c]! };
          };
          const b = at(before);
          const a = at(after);
          expect(a.n).to.equal(b.n + 1);
          if (b.n === 0) return void expect(a.mean).to.equal(x);
          expect(Math.abs(a.mean - x)).to.be.at.most(Math.abs(b.mean - x) + 1e-9);
          if (b.mean !== x) expect(Math.abs(a.mean - x)).to.be.below(Math.abs(b.mean - x));
        },
      ),
      run,
    );
  });

  it('property: the map does not depend on the order of the records', () => {
    fc.assert(
      fc.property(feedbackArb(), fc.integer({ min: 1, max: 4 }), (feedback, k) => {
        const reversed = [...feedback].reverse();
        expect(computeStrengths(reversed, { k, managerId: 'm1' })).to.deep.equal(computeStrengths(feedback, { k, managerId: 'm1' }));
        expect(computeStrengths(reversed, { k })).to.deep.equal(computeStrengths(feedback, { k }));
      }),
      run,
    );
  });

  it('property: masking survives differencing — two snapshots never reveal a new rating', () => {
    let crossings = 0;
    let unchanged = 0;
    fc.assert(
      fc.property(
        feedbackArb(),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom('m1', 'm2'),
        fc.constantFrom(...TOPICS),
        fc.constantFrom(...RESPONSES),
        fc.constantFrom<('m1' | 'm2' | undefined)[]>('m1', 'm2', undefined),
        (feedback, k, manager, topic, response, viewed) => {
          const options = { k, managerId: viewed };
          const snapshot = (list: readonly Feedback[]) => JSON.stringify(figures(computeStrengths(list, options)));
          const withRating = (list: readonly Feedback[], x: number) => [
            ...list,
            record({ manager, member: 'u9', at: 1000, id: 'new', items: [[topic, response, x]] }),
          ];
          const before = snapshot(feedback);
          const existing = cellRatings(feedback, manager, topic, response);
          const afters = [1, 2, 3, 4, 5].map((x) => snapshot(withRating(feedback, x)));
          if ((existing.length + 1) % k !== 0) {
            // No batch completed: whatever the new rating is, the map is the same as before.
            unchanged++;
            for (const a of afters) expect(a).to.equal(afters[0]);
            if (existing.length > 0) expect(afters[0]).to.equal(before);
            return;
          }
          // A batch of k completed. The maps depend on the batch only through its sum: swap the new
          // rating x for x', and the newest earlier rating y for y' = x + y − x'. Both worlds show the
          // same map before and the same map after, so the pair of snapshots cannot tell x from x'.
          crossings++;
          const last = existing[existing.length - 1]!;
          const world = (y: number) =>
            feedback.map((f) =>
              f !== last.record ? f : { ...f, items: f.items.map((it, i) => (i === last.item ? { ...it, rating: y } : it)) },
            );
          for (let x = 1; x <= 5; x++) {
            for (let x2 = 1; x2 <= 5; x2++) {
              const y2 = x + last.rating - x2;
              if (y2 < 1 || y2 > 5) continue;
              const other = world(y2);
              expect(snapshot(other)).to.equal(before);
              expect(snapshot(withRating(other, x2))).to.equal(afters[x - 1]);
            }
          }
        },
      ),
      run,
    );
    expect(crossings).to.be.above(10);
    expect(unchanged).to.be.above(10);
  });

  it('publishes nothing from a rating that is not in the window, even through the prior or the organisation', () => {
    const feedback: Feedback[] = [];
    for (let i = 0; i < 6; i++) {
      feedback.push(
        record({
          manager: 'm1',
          at: i,
          items: [
            ['work', 'advice', 4],
            ['career', 'listen', 2],
          ],
        }),
      );
      feedback.push(record({ manager: 'm2', at: i, items: [['work', 'advice', 3]] }));
    }
    const maps = (x: number) => {
      const list = [...feedback, record({ manager: 'm1', at: 100, items: [['career', 'listen', x]] })];
      return [
        computeStrengths(list, { managerId: 'm1' }),
        computeStrengths(list, { managerId: 'm2' }),
        computeStrengths(list),
      ] as StrengthMap[];
    };
    expect(maps(1)).to.deep.equal(maps(5));
    expect(publish(tally(feedback), { managerId: 'm1' })).to.deep.equal(maps(3)[0]);
  });

  it('property: publishing the totals a store would compute equals computing from the records', () => {
    fc.assert(
      fc.property(
        feedbackArb([
          { min: 1, max: 5 },
          { min: 0, max: 10 },
        ]),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(undefined, 'm1', 'm2', 'nobody'),
        fc.constantFrom(0, 2, 5),
        (feedback, k, managerId, prior) => {
          const options = managerId === undefined ? { k, prior } : { k, prior, managerId };
          // Through JSON, as the totals travel from a store (SQL rows, a Worker's message).
          const totals = JSON.parse(JSON.stringify(totalsOf(feedback, k)));
          expect(publish(tallyFromTotals(totals), options)).to.deep.equal(computeStrengths(feedback, options));
        },
      ),
      run,
    );
  });

  it('totals list only rated cells, and a reused computer answers like fresh arrays', () => {
    const feedback = [
      record({ manager: 'm1', at: 0, items: [['work', 'advice', 5]] }),
      record({ manager: 'm2', at: 1, items: [['career', 'listen', 1]] }),
    ];
    const totals = totalsOf(feedback, 1);
    expect(totals.cells.map((c) => `${c.managerId}/${c.topicId}/${c.responseId}`)).to.deep.equal(['m1/work/advice', 'm2/career/listen']);
    expect(totals.cells[0]).to.include({ count: 1, sum: UNITS, windowCount: 1, windowSum: UNITS, batchSS: 0 });
    const computer = new StrengthsComputer();
    fc.assert(
      fc.property(feedbackArb(), (list) => {
        expect(computer.computeStrengths(list, { managerId: 'm1' })).to.deep.equal(computeStrengths(list, { managerId: 'm1' }));
        const all = computer.computeAllStrengths(list);
        expect(all.org).to.deep.equal(computeAllStrengths(list).org);
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});

describe('insights/strengths: who sees what', () => {
  const sharingArb = fc
    .tuple(
      feedbackArb(undefined, 40),
      fc.array(fc.constantFrom<(boolean | undefined)[]>(undefined, true, false, false), { minLength: 80, maxLength: 80 }),
      fc.array(fc.constantFrom('u1', 'u2', 'u3'), { minLength: 80, maxLength: 80 }),
    )
    .map(([list, shares, members]) =>
      list.map((f, i) => ({ ...f, memberId: members[i]!, ...(shares[i] === undefined ? {} : { sharedWithManager: shares[i] }) })),
    );
  const isShared = (f: Feedback, byDefault: boolean) => (f.sharedWithManager ?? byDefault) === true;

  it('property: ratings shared by name never enter the map, so they cannot be subtracted from a published sum', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        sharingArb,
        fc.integer({ min: 2, max: 4 }),
        fc.boolean(),
        fc.constantFrom('m1', 'm2', undefined),
        (feedback, k, byDefault, managerId) => {
          const options = { k, managerId, sharedByDefault: byDefault, twoMembers: true };
          const before = computeStrengths(feedback, options);
          // Any other values for every shared rating: the map does not move.
          const changed = feedback.map((f) =>
            isShared(f, byDefault) && f.by === 'member'
              ? { ...f, items: f.items.map((it) => ({ ...it, rating: f.scale.max + f.scale.min - it.rating })) }
              : f,
          );
          if (JSON.stringify(changed) !== JSON.stringify(feedback)) checked++;
          expect(computeStrengths(changed, options)).to.deep.equal(before);
        },
      ),
      run,
    );
    expect(checked).to.be.above(50);
  });

  it('property: inside a published batch, moving a point between two members\u2019 unshared ratings leaves the map as it was', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        sharingArb,
        fc.integer({ min: 2, max: 3 }),
        fc.boolean(),
        fc.constantFrom('m1', 'm2', 'm3'),
        (feedback, k, byDefault, managerId) => {
          const options = { k, managerId, sharedByDefault: byDefault, twoMembers: true };
          const map = computeStrengths(feedback, options);
          const visible = feedback.filter((f) => !isShared(f, byDefault));
          for (const cell of map.cells) {
            if (cell.masked) continue;
            const rows = cellRatings(visible, managerId, cell.topicId, cell.responseId);
            for (let b = 0; b + k <= cell.count!; b += k) {
              const batch = rows.slice(b, b + k);
              // The manager knows every shared rating; what a batch sum leaves open is which unshared rating is which.
              const up = batch.find((r) => r.rating < r.record.scale.max);
              const down =
                up &&
                batch.find(
                  (r) =>
                    r.record.memberId !== up.record.memberId &&
                    r.rating > r.record.scale.min &&
                    r.record.scale.max - r.record.scale.min === up.record.scale.max - up.record.scale.min,
                );
              if (!up || !down) continue;
              const moved = feedback.map((f) =>
                f === up.record || f === down.record
                  ? {
                      ...f,
                      items: f.items.map((it, pos) =>
                        f === up.record && pos === up.item
                          ? { ...it, rating: it.rating + 1 }
                          : f === down.record && pos === down.item
                            ? { ...it, rating: it.rating - 1 }
                            : it,
                      ),
                    }
                  : f,
              );
              checked++;
              expect(computeStrengths(moved, options)).to.deep.equal(map);
              break;
            }
          }
        },
      ),
      { ...run, numRuns: 300 },
    );
    expect(checked).to.be.above(10);
  });

  it('says on a masked cell how many more ratings it needs, and nothing on one whose batches come from one member', () => {
    const two = Array.from({ length: 2 }, (_, i) => record({ at: i, member: `u${i}`, items: [['career', 'listen', 5]] }));
    expect(cellOf(computeStrengths(two, { k: 3, managerId: 'm1' }), 'career', 'listen')!.needed).to.equal(1);
    expect(cellOf(computeStrengths(two.slice(1), { k: 3 }), 'career', 'listen')!.needed).to.equal(2);
    const one = Array.from({ length: 3 }, (_, i) => record({ at: i, member: 'u1', items: [['career', 'listen', 5]] }));
    const cell = cellOf(computeStrengths(one, { k: 3, managerId: 'm1', twoMembers: true }), 'career', 'listen')!;
    expect(cell.masked).to.equal(true);
    expect(cell.needed).to.equal(undefined);
  });

  it('publishes no cell whose batch comes from one member, with twoMembers', () => {
    const one = Array.from({ length: 6 }, (_, i) => record({ at: i, member: 'u1', items: [['career', 'listen', 1 + (i % 5)]] }));
    expect(cellOf(computeStrengths(one, { k: 3, managerId: 'm1', twoMembers: true }), 'career', 'listen')!.masked).to.equal(true);
    expect(cellOf(computeStrengths(one, { k: 3, managerId: 'm1' }), 'career', 'listen')!.masked).to.equal(false);
    const two = one.map((f, i) => ({ ...f, memberId: i % 2 ? 'u2' : 'u1' }));
    expect(cellOf(computeStrengths(two, { k: 3, managerId: 'm1', twoMembers: true }), 'career', 'listen')!.count).to.equal(6);
  });
});
