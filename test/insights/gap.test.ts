import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { itemKey, onScale, perceptionGap, rescale, type Rated } from '../../src/insights/gap.js';
import { onScale as scaleOnScale, scaleProblem } from '../../src/insights/scale.js';

const rated = (overall: number, items: [string, number][], scale = { min: 1, max: 5 }): Rated => ({
  scale,
  overall,
  items: items.map(([key, rating]) => {
    const [topicId, responseId] = key.split('/') as [string, string];
    return { topicId, responseId, rating };
  }),
});

describe('perception gap (pure)', () => {
  it('gives manager − member overall and per item, and calls out gaps of 2 or more', () => {
    const member = rated(2, [
      ['career/listen', 1],
      ['work/advice', 4],
    ]);
    const manager = rated(4, [
      ['career/listen', 4],
      ['work/advice', 3],
    ]);
    const gap = perceptionGap(member, manager);
    expect(gap.overall).to.deep.equal({ key: '', member: 2, manager: 4, gap: 2, notable: true });
    expect(gap.items.map((r) => [r.key, r.member, r.manager, r.gap, r.notable])).to.deep.equal([
      ['career/listen', 1, 4, 3, true],
      ['work/advice', 4, 3, -1, false],
    ]);
    expect(gap.notable.map((r) => r.key)).to.deep.equal(['', 'career/listen']);
    expect(gap.scale).to.deep.equal({ min: 1, max: 5 });
  });

  it('matches items by agenda item id before topic/response, and keeps items only one side rated', () => {
    const member: Rated = {
      scale: { min: 1, max: 5 },
      overall: 3,
      items: [
        { agendaItemId: 'a', topicId: 'career', responseId: 'listen', rating: 2 },
        { agendaItemId: 'b', topicId: 'career', responseId: 'listen', rating: 5 },
      ],
    };
    const manager: Rated = {
      scale: { min: 1, max: 5 },
      overall: 3,
      items: [
        { agendaItemId: 'b', topicId: 'career', responseId: 'listen', rating: 4 },
        { topicId: 'skills', responseId: 'advice', rating: 2 },
      ],
    };
    const gap = perceptionGap(member, manager);
    expect(gap.items.map((r) => [r.key, r.member, r.manager, r.gap])).to.deep.equal([
      ['a', 2, undefined, undefined],
      ['b', 5, 4, -1],
      ['skills/advice', undefined, 2, undefined],
    ]);
    expect(gap.items[0]!.notable).to.equal(false);
    expect(itemKey({ topicId: 't', responseId: 'r' })).to.equal('t/r');
  });

  it('maps the manager onto the member scale when the scales differ', () => {
    expect(rescale(10, { min: 0, max: 10 }, { min: 1, max: 5 })).to.equal(5);
    expect(rescale(5, { min: 0, max: 10 }, { min: 1, max: 5 })).to.equal(3);
    expect(rescale(3, { min: 0, max: 10 }, { min: 1, max: 5 })).to.equal(2.2);
    const gap = perceptionGap(rated(1, []), rated(10, [], { min: 0, max: 10 }));
    expect(gap.overall).to.include({ member: 1, manager: 5, gap: 4, notable: true });
  });

  it('treats a rating outside its own scale as missing, and names it', () => {
    const bad = rated(7, [['career/listen', 0]]);
    const gap = perceptionGap(bad, rated(3, [['career/listen', 3]]));
    expect(gap.overall.member).to.equal(undefined);
    expect(gap.overall.gap).to.equal(undefined);
    expect(gap.items[0]!.member).to.equal(undefined);
    expect(gap.notable).to.deep.equal([]);
    expect(scaleProblem(bad)).to.deep.equal({ field: 'overall', reason: '7 is outside the scale 1–5' });
    expect(scaleProblem(rated(3, [['x/y', 0]]))).to.deep.equal({ field: 'items.0.rating', reason: '0 is outside the scale 1–5' });
    expect(scaleProblem(rated(3, [], { min: 5, max: 5 }))!.field).to.equal('scale');
    expect(scaleProblem(rated(3, [['x/y', 5]]))).to.equal(undefined);
  });

  it('holds for any pair of answers on one scale (property)', () => {
    const scale = fc
      .integer({ min: 0, max: 9 })
      .chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min: min + 1, max: 10 }) }));
    const prop = fc.property(
      scale,
      fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.double(), fc.double()), { maxLength: 6 }),
      fc.double(),
      fc.double(),
      fc.integer({ min: 1, max: 4 }),
      (s, raw, o1, o2, threshold) => {
        const at = (u: number) => s.min + Math.floor(Math.abs(u % 1) * (s.max - s.min + 1)) || s.min;
        const member: Rated = { scale: s, overall: at(o1), items: raw.map(([k, m]) => ({ topicId: k, responseId: 'r', rating: at(m) })) };
        const manager: Rated = {
          scale: s,
          overall: at(o2),
          items: raw.map(([k, , g]) => ({ topicId: k, responseId: 'r', rating: at(g) })),
        };
        const gap = perceptionGap(member, manager, threshold);
        expect(gap.overall.gap).to.equal(manager.overall - member.overall);
        expect(new Set(gap.items.map((r) => r.key)).size).to.equal(gap.items.length);
        expect(gap.items.length).to.equal(new Set(raw.map(([k]) => k)).size);
        for (const r of gap.items) {
          const first = raw.find(([k]) => `${k}/r` === r.key)!;
          expect([r.member, r.manager]).to.deep.equal([at(first[1]), at(first[2])]);
        }
        for (const r of [gap.overall, ...gap.items]) {
          expect(r.gap).to.equal(r.manager! - r.member!);
          expect(r.notable).to.equal(Math.abs(r.gap!) >= threshold);
          expect(Math.abs(r.gap!)).to.be.at.most(s.max - s.min);
        }
        expect(gap.notable.every((r) => r.notable)).to.equal(true);
      },
    );
    fc.assert(prop, { seed: 42, numRuns: 200 });
  });

  it("its onScale (repeated so the rater's lazy summary shares no module with its reads) agrees with scale.ts's", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double()),
        fc.integer({ min: -3, max: 12 }),
        fc.integer({ min: -3, max: 12 }),
        (v, min, max) => {
          expect(onScale(v, { min, max })).to.equal(scaleOnScale(v, { min, max }));
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});
