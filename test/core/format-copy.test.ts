/**
 * The parts' copy of `format` (src/core/format.ts) fills placeholders exactly as core/locale.ts's:
 * the same output for names present and missing, repeated, numbers, and text that looks like a
 * placeholder but is not one.
 */
import { expect } from '@open-wc/testing';
import { format as copy } from '../../src/core/format.js';
import { format } from '../../src/core/locale.js';

describe("the parts' format", () => {
  it('gives what core/locale.ts gives', () => {
    const cases: Array<[string, Record<string, string | number>]> = [
      ['{n} of {total}', { n: 3, total: 10 }],
      ['{name} and {name}', { name: 'Aoi' }],
      ['{missing} stays', {}],
      ['{a-b} {a_b} {} {{a}}', { a: 'x', a_b: 'y' }],
      ['no placeholders', { a: 1 }],
      ['{zero} {empty}', { zero: 0, empty: '' }],
      ['{toString} {constructor}', { toString: 't' }],
    ];
    for (const [template, values] of cases) expect(copy(template, values), template).to.equal(format(template, values));
  });
});
