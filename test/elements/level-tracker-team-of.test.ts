import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { pairLevel, teamLevels, type LevelInput } from '../../src/insights/levels.js';
import { teamOf } from '../../src/elements/level-tracker/level-tracker.team.js';

// The team view computes the team with its own module (so a member's page never carries it), from
// the tracker's pairLevel: it must give what insights/levels.ts's teamLevels gives, field for field.
const T0 = Date.parse('2025-01-06T09:00:00Z');
const DAY = 86_400_000;
const level = fc.integer({ min: 1, max: 6 });
const record = fc
  .record({
    memberId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    by: fc.constantFrom('member' as const, 'manager' as const),
    method: fc.constantFrom('check-in' as const, 'direct' as const),
    level,
    signals: fc.option(fc.uniqueArray(level, { maxLength: 6 }), { nil: undefined }),
    day: fc.integer({ min: 0, max: 400 }),
    id: fc.uuid(),
  })
  .map(({ day, id, ...r }): LevelInput => {
    const at = new Date(T0 + day * DAY).toISOString();
    return { ...r, id, createdAt: at, updatedAt: at, managerId: 'k1' };
  });

describe("level tracker's team view: the team's levels", () => {
  it('agree with teamLevels for any records, window and gap threshold', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.integer({ min: -2, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        (records, window, gapThreshold) => {
          const options = gapThreshold === undefined ? { window } : { window, gapThreshold };
          expect(teamOf(records, options, pairLevel)).to.deep.equal(teamLevels(records, options));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
    expect(teamOf([], {}, pairLevel)).to.deep.equal(teamLevels([]));
  });
});
