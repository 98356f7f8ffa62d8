import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isLater, latest, latestBy } from '../../src/model/records.js';

const rec = (id: string, createdAt: string, updatedAt: string, key = 'k') => ({ id, createdAt, updatedAt, key });

describe('model/records latestBy', () => {
  it('picks the latest by updatedAt, then createdAt, then id, comparing instants (offsets included)', () => {
    const a = rec('a', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z');
    const b = rec('b', '2025-01-01T00:00:00Z', '2025-01-02T08:00:00+09:00'); // 2025-01-01T23:00Z: earlier than a
    const c = rec('c', '2025-01-01T01:00:00Z', '2025-01-02T00:00:00Z'); // same update as a, created later
    const d = rec('d', '2025-01-01T01:00:00Z', '2025-01-02T00:00:00Z'); // ties with c: the greater id
    expect(isLater(a, b)).to.equal(true);
    expect(latest([a, b])).to.equal(a);
    expect(latest([c, a])).to.equal(c);
    expect(latest([d, c, a, b])).to.equal(d);
    expect(latest([])).to.equal(undefined);
    const x = rec('x', '2025-01-01T00:00:00Z', '2025-01-03T00:00:00Z', 'other');
    const map = latestBy([a, x, c, b], (r) => r.key);
    expect([...map.entries()].map(([k, r]) => [k, r.id])).to.deep.equal([
      ['k', 'c'],
      ['other', 'x'],
    ]);
  });

  it('property: the choice does not depend on the order of the records', () => {
    const stamp = fc.integer({ min: 0, max: 5 }).map((n) => new Date(Date.UTC(2025, 0, 1, n)).toISOString());
    const list = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), createdAt: stamp, updatedAt: stamp }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(list, (records) => {
        const first = latest(records)!;
        expect(latest([...records].reverse())).to.deep.equal(first);
        for (const r of records) expect(isLater(r, first)).to.equal(false);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
