import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/level-check-in/define.js';
import { TaiwaLevelCheckIn } from '../../src/elements/level-check-in/level-check-in.js';

// This file runs in its own page, and this test first: no level texts are in memory before it, so
// the direct question has to load them (through `loadLevels`).
/** Whether `sel` is shown (a boolean: a failing assertion on an element stalls the runner's report). */
const has = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel) !== null;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

let asks = 0;
let fail = true;
class FailingLevels extends TaiwaLevelCheckIn {
  static override loadLevels: typeof TaiwaLevelCheckIn.loadLevels = (...args) => (
    asks++, fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : TaiwaLevelCheckIn.loadLevels(...args)
  );
}
customElements.define('failing-levels-check-in', FailingLevels);

describe('taiwa-level-check-in: levels that fail to load', () => {
  it('shows the error without a loading line, asks again at a later update (not in a loop), and shows the levels once back online', async () => {
    const el = await fixture<TaiwaLevelCheckIn>(html`<failing-levels-check-in lang="en" method="direct"></failing-levels-check-in>`);
    await el.updateComplete;
    expect(asks).to.equal(1);
    expect(has(el, '[part="error"]')).to.equal(true);
    expect(el.matches(':state(error)')).to.equal(true);
    // Not loading any more: neither the state nor the line says so.
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(has(el, '[part="loading"]')).to.equal(false);
    // The update showing the error does not ask again (offline, that would be a loop).
    await frames(3);
    await el.updateComplete;
    expect(asks).to.equal(1);
    // The next change asks again, once; still failing, the error stays.
    el.label = 'Where are we?';
    await el.updateComplete;
    await frames(3);
    await el.updateComplete;
    expect(asks).to.equal(2);
    expect(has(el, '[part="error"]')).to.equal(true);
    expect(has(el, '[part="loading"]')).to.equal(false);
    // Back online, the load works: the levels, no error.
    fail = false;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(asks).to.equal(3);
    expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(6);
    expect(el.shadowRoot!.querySelectorAll('[part="label"]')[3]!.textContent).to.equal('Level 4 · Questions and feedback');
    expect(has(el, '[part="error"]')).to.equal(false);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(el.matches(':state(loading)')).to.equal(false);
  });
});
