import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contiguousLevel, levelOf, pairLevel, readingOf, readingsOf, teamLevels, type LevelInput } from '../../src/insights/levels.js';

const FC = { seed: 42, numRuns: 200 };
const T0 = Date.parse('2025-01-06T09:00:00Z');
const DAY = 86_400_000;

let n = 0;
function rec(part: Partial<LevelInput> & { level: number }, day = n): LevelInput {
  n++;
  const at = new Date(T0 + day * DAY).toISOString();
  return {
    id: `r${String(n).padStart(5, '0')}`,
    createdAt: at,
    updatedAt: at,
    memberId: 'm1',
    managerId: 'k1',
    by: 'member',
    method: 'direct',
    ...part,
  };
}
/** One side's readings on consecutive days, as direct assessments. */
const series = (levels: number[], by: 'member' | 'manager' = 'member', memberId = 'm1', start = 0) =>
  levels.map((level, i) => rec({ level, by, memberId }, start + i));

const level = fc.integer({ min: 1, max: 6 });
const record = fc
  .record({
    memberId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    by: fc.constantFrom('member' as const, 'manager' as const),
    method: fc.constantFrom('check-in' as const, 'direct' as const),
    level,
    signals: fc.option(fc.uniqueArray(level, { maxLength: 6 }), { nil: undefined }),
    sessionId: fc.option(fc.constantFrom('s1', 's2', 's3', 's4'), { nil: undefined }),
    day: fc.integer({ min: 0, max: 400 }),
    id: fc.uuid(),
  })
  .map(({ day, id, ...r }): LevelInput => {
    const at = new Date(T0 + day * DAY).toISOString();
    return { ...r, id, createdAt: at, updatedAt: at, managerId: 'k1' };
  });

const inRange = (l: number | undefined) => l === undefined || (Number.isInteger(l) && l >= 1 && l <= 6);

describe('insights/levels', () => {
  it('reads a check-in as its highest contiguous ticked level from 1, and a direct assessment as its level', () => {
    // The case: ticking 1, 2, 3, 5 and 6 reads as 3, not 6; the ladder skips no rung.
    expect(readingOf({ method: 'check-in', level: 6, signals: [1, 2, 3, 5, 6] })).to.equal(3);
    expect(readingOf({ method: 'check-in', level: 2, signals: [1, 4, 2] })).to.equal(2);
    expect(readingOf({ method: 'check-in', level: 4, signals: [4, 3, 2, 1] })).to.equal(4);
    expect(readingOf({ method: 'check-in', level: 6, signals: [1, 2, 3, 4, 5, 6] })).to.equal(6);
    // Without level 1 ticked, the check-in stands on the ladder's floor.
    expect(readingOf({ method: 'check-in', level: 5, signals: [5] })).to.equal(1);
    expect(readingOf({ method: 'check-in', level: 3, signals: [] })).to.equal(3);
    expect(readingOf({ method: 'direct', level: 5, signals: [1] })).to.equal(5);
    expect(contiguousLevel([])).to.equal(undefined);
  });

  it('property: a check-in reads as the largest l with 1..l all ticked (never the highest tick across a gap)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(level, { minLength: 1, maxLength: 6 }), (signals) => {
        const read = readingOf({ method: 'check-in', level: 1, signals })!;
        const ticked = new Set(signals);
        // Every level up to the reading is ticked (or the reading is the floor, 1) ...
        for (let l = 1; l <= read; l++) if (!ticked.has(l) && read !== 1) return false;
        // ... and the next level is not: the reading is the top of the contiguous run.
        if (ticked.has(1) && ticked.has(read + 1)) return false;
        // Under the old rule (the highest tick) these differ whenever there is a gap below the top.
        const gap = [...Array(Math.max(...signals)).keys()].some((i) => !ticked.has(i + 1));
        return gap ? read < Math.max(...signals) : read === Math.max(...signals);
      }),
      FC,
    );
  });

  it('property: removing a tick above a gap never changes the reading; filling the gap can only raise it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(level, { minLength: 1, maxLength: 6 }), (signals) => {
        const read = readingOf({ method: 'check-in', level: 1, signals })!;
        const above = signals.filter((l) => l > read + 1);
        for (const l of above) {
          const without = signals.filter((x) => x !== l);
          if (readingOf({ method: 'check-in', level: 1, signals: without }) !== read) return false;
        }
        const filled = [...new Set([...signals, ...Array.from({ length: read + 1 }, (_, i) => i + 1)])];
        return readingOf({ method: 'check-in', level: 1, signals: filled })! >= read;
      }),
      FC,
    );
  });

  it('takes the highest level reached in at least two of the last three 1on1s', () => {
    expect(levelOf([5, 3, 4])).to.equal(4);
    expect(levelOf([1, 1, 6, 6, 2])).to.equal(6);
    expect(levelOf([6, 2, 2])).to.equal(2);
    expect(levelOf([3])).to.equal(3);
    expect(levelOf([3, 5])).to.equal(3);
    expect(levelOf([])).to.equal(undefined);
    expect(levelOf([1, 2, 3, 4, 5], 5)).to.equal(3);
    expect(levelOf([4, 1, 1, 1, 1], 1)).to.equal(1);
  });

  it('keeps one reading per side and session (the later record), and the pair at the lower view', () => {
    const first = rec({ level: 2, sessionId: 's1', method: 'check-in', signals: [1, 2] }, 0);
    const edited = { ...first, id: 'r-edit', updatedAt: new Date(T0 + 2 * DAY).toISOString(), signals: [1, 2, 3, 4, 6] };
    const manager = rec({ level: 2, sessionId: 's1', by: 'manager' }, 0);
    expect(readingsOf([first, edited, manager]).map((r) => [r.by, r.level])).to.deep.equal([
      ['member', 4],
      ['manager', 2],
    ]);
    const pair = pairLevel([first, edited, manager])!;
    expect(pair).to.include({ level: 2, member: 4, manager: 2, gap: -2 });
  });

  it('derives the trend over the window and the gaps of a team', () => {
    const climbing = pairLevel(series([1, 2, 3, 4, 5, 6]))!;
    expect(climbing.trend).to.equal('up');
    expect(climbing.history.map((p) => p.level)).to.deep.equal([1, 1, 2, 3, 4, 5]);
    expect(pairLevel(series([5, 5, 5, 2, 2, 2]))!.trend).to.equal('down');
    expect(pairLevel(series([3, 3, 3, 3]))!.trend).to.equal('flat');
    const team = teamLevels([
      ...series([5, 5, 5], 'member', 'a'),
      ...series([2, 2, 2], 'manager', 'a'),
      ...series([3, 3], 'member', 'b'),
      ...series([6], 'manager', 'c'),
    ]);
    expect(team.members.map((m) => [m.memberId, m.level])).to.deep.equal([
      ['a', 2],
      ['b', 3],
      ['c', 6],
    ]);
    expect(team.average).to.be.closeTo(11 / 3, 1e-9);
    expect(team.distribution).to.deep.equal([0, 1, 1, 0, 0, 1]);
    expect(team.gaps.map((m) => [m.memberId, m.gap])).to.deep.equal([['a', -3]]);
    expect(teamLevels([]).average).to.equal(undefined);
  });

  it('property: every level it derives is an integer from 1 to 6', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.integer({ min: -2, max: 12 }), (records, window) => {
        const team = teamLevels(records, { window });
        for (const m of team.members) {
          if (![m.level, m.member, m.manager].every(inRange)) return false;
          if (!m.history.every((p) => inRange(p.level) && inRange(p.member) && inRange(p.manager))) return false;
        }
        return team.distribution.reduce((a, b) => a + b, 0) === team.members.length;
      }),
      FC,
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double(), fc.integer({ min: -100, max: 100 }))), fc.integer({ min: 0, max: 9 }), (values, window) =>
        inRange(levelOf(values, window)),
      ),
      FC,
    );
  });

  it('property: a single outlier 1on1 does not move the level', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 7 }),
        level,
        level,
        fc.array(level, { maxLength: 10 }),
        fc.nat(),
        fc.boolean(),
        (window, steady, outlier, prefix, at, byManager) => {
          // One side's history ends in `window` steady 1on1s; the outlier replaces any one of them.
          const plain = [...prefix, ...Array<number>(window).fill(steady)];
          const spiked = [...plain];
          spiked[prefix.length + (at % window)] = outlier;
          if (levelOf(spiked, window) !== steady) return false;
          // Through records: both sides steady, then one more 1on1 on one side reads as the outlier.
          const side = byManager ? 'manager' : 'member';
          const other = byManager ? 'member' : 'manager';
          const records = [...series(plain, side), ...series(Array<number>(window).fill(steady), other)];
          const before = pairLevel(records, { window })!;
          const after = pairLevel([...records, rec({ level: outlier, by: side }, 500)], { window })!;
          return before.level === steady && after.level === steady && after[side] === steady;
        },
      ),
      FC,
    );
  });

  it('property: the team average lies between the lowest and the highest member level', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 6 }), (records, window) => {
        const team = teamLevels(records, { window });
        const levels = team.members.map((m) => m.level);
        return team.average! >= Math.min(...levels) && team.average! <= Math.max(...levels);
      }),
      FC,
    );
  });
});
