import { expect } from '@open-wc/testing';
import { bucketOf, computeEffect, wilson, type EffectRow } from '../../src/insights/effect.js';
import { seeded } from '../../src/insights/random.js';

// The seed's shares answering agree / somewhat agree, by 1on1s held (1 / 2 / 3 / 4+).
const SEED: Record<string, number[]> = {
  insight: [0.43, 0.57, 0.66, 0.68],
  trust: [0.43, 0.56, 0.68, 0.71],
  growth: [0.3, 0.42, 0.47, 0.51],
  productivity: [0.3, 0.4, 0.47, 0.5],
};

describe('effect of 1on1 count (pure)', () => {
  it('reproduces the seed table from answers generated with its shares, within sampling error', () => {
    const random = seeded(2024);
    const statements = Object.keys(SEED);
    const rows: EffectRow[] = Array.from({ length: 6000 }, () => {
      const held = Math.floor(random() * 7); // 0..6: a seventh hold none, the rest spread over 1..4+
      const b = Math.min(held, 4) - 1;
      const answers = statements.map((s) => {
        if (b < 0) return 5;
        const agree = random() < SEED[s]![b]!;
        return agree ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3);
      });
      return { held, answers };
    });
    const result = computeEffect({ statements, rows });
    expect(result.withoutOneOnOne).to.be.within(700, 1000);
    for (const st of result.statements) {
      expect(st.respondents).to.equal(6000 - result.withoutOneOnOne);
      st.cells.forEach((cell, b) => {
        const p = SEED[st.id]![b]!;
        const se = Math.sqrt((p * (1 - p)) / cell.n!);
        expect(Math.abs(cell.share! - p), `${st.id} ${cell.bucket}`).to.be.below(3 * se);
        expect(cell.low!).to.be.below(cell.share!);
        expect(cell.high!).to.be.above(cell.share!);
      });
      // The seed's pattern: more 1on1s, more agreement.
      const shares = st.cells.map((c) => c.share!);
      expect(shares[3]! - shares[0]!).to.be.above(0.15);
    }
  });

  it('buckets counts 1 / 2 / 3 / 4+ and leaves out members without a 1on1', () => {
    expect([0, 1, 2, 3, 4, 9, Number.NaN, -1].map(bucketOf)).to.deep.equal([null, '1', '2', '3', '4+', '4+', null, null]);
    const r = computeEffect({ statements: ['q'], rows: [{ held: 0, answers: [5] }, { held: 1, answers: ['x' as unknown as number] }] }, { k: 1 });
    expect(r.withoutOneOnOne).to.equal(1);
    expect(r.statements[0]!.respondents).to.equal(null); // no respondent: nothing to show
  });

  it('hides a small bucket and the next smallest with it', () => {
    const rows: EffectRow[] = [
      ...Array.from({ length: 3 }, () => ({ held: 1, answers: [5] })),
      ...Array.from({ length: 6 }, () => ({ held: 2, answers: [2] })),
      ...Array.from({ length: 9 }, () => ({ held: 3, answers: [4] })),
      ...Array.from({ length: 20 }, () => ({ held: 5, answers: [1] })),
    ];
    const [st] = computeEffect({ statements: ['q'], rows }).statements;
    expect(st!.respondents).to.equal(38);
    expect(st!.cells.map((c) => [c.bucket, c.published, c.hidden ?? null, c.share])).to.deep.equal([
      ['1', false, 'small', null],
      ['2', false, 'complementary', null],
      ['3', true, null, 1],
      ['4+', true, null, 0],
    ]);
  });

  it('gives Wilson intervals with the known values', () => {
    const [low, high] = wilson(43, 100);
    expect(low).to.be.closeTo(0.3373, 1e-4);
    expect(high).to.be.closeTo(0.5278, 1e-4);
    expect(wilson(0, 0)).to.deep.equal([0, 1]);
  });
});
