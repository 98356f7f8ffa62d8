import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/effect-chart/define.js';
import type { TaiwaEffectChart } from '../../src/elements/effect-chart/effect-chart.js';
import type { EffectRow } from '../../src/insights/effect.js';
import { seeded } from '../../src/insights/random.js';

/** The seed's shares (agree / somewhat agree) by 1on1s held: 1 / 2 / 3 / 4+. */
const SEED: Record<string, number[]> = {
  insight: [0.43, 0.57, 0.66, 0.68],
  trust: [0.43, 0.56, 0.68, 0.71],
  growth: [0.3, 0.42, 0.47, 0.51],
  productivity: [0.3, 0.4, 0.47, 0.5],
};
const IDS = ['insight', 'trust', 'growth', 'productivity'];

/** `perBucket` members per bucket, each answering every statement with the seed's probability. */
function generate(perBucket: number[], seed = 7): EffectRow[] {
  const random = seeded(seed);
  const rows: EffectRow[] = [];
  perBucket.forEach((n, b) => {
    for (let i = 0; i < n; i++) {
      const held = b < 3 ? b + 1 : 4 + Math.floor(random() * 4);
      rows.push({
        held,
        answers: IDS.map((id) => (random() < SEED[id]![b]! ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3))),
      });
    }
  });
  rows.push({ held: 0, answers: [5, 5, 5, 5] });
  return rows;
}

describe('taiwa-effect-chart', () => {
  it("draws the seed's shares from counts generated with them, with the same figures in the table", async () => {
    const el = await fixture<TaiwaEffectChart>(
      html`<taiwa-effect-chart lang="ja" .rows=${generate([1500, 1500, 1500, 1500])}></taiwa-effect-chart>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    for (const id of IDS) {
      const cells = [...root.querySelectorAll(`tbody tr[data-statement=${id}] td`)].map((td) => td.textContent!.trim());
      const shares = cells.map((t) => Number(/^(\d+)%/.exec(t)![1]) / 100);
      shares.forEach((v, b) => expect(v, `${id} ${b}`).to.be.closeTo(SEED[id]![b]!, 0.04));
      // The bars are as long as the shares: rising with the number of 1on1s where the seed rises by 3+ points.
      const widths = [...root.querySelectorAll(`svg g[data-statement=${id}] rect`)].map((r) => Number(r.getAttribute('width')));
      expect(widths).to.have.length(4);
      expect(widths[0]).to.be.below(widths[1]!);
      expect(widths[1]).to.be.below(widths[3]!);
    }
    expect(root.querySelector('tbody th')!.textContent).to.equal('1on1で得た新たな気づきが行動につながった');
    expect(root.querySelector('[part=note]')!.textContent).to.contain('1人');
  });

  it('uses no style attribute anywhere (a strict CSP refuses them): presentation by attributes and classes', async () => {
    const el = await fixture<TaiwaEffectChart>(
      html`<taiwa-effect-chart lang="en" .rows=${generate([30, 30, 30, 30])}></taiwa-effect-chart>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('rect')).to.have.length(16);
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    const rect = el.shadowRoot!.querySelector('rect')!;
    expect(getComputedStyle(rect).fill).to.not.equal('rgb(0, 0, 0)');
  });

  it('hides a bucket of fewer than k people and the next smallest with it', async () => {
    const el = await fixture<TaiwaEffectChart>(
      html`<taiwa-effect-chart lang="en" .rows=${generate([3, 40, 20, 40])}></taiwa-effect-chart>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const cells = [...el.shadowRoot!.querySelectorAll('tbody tr[data-statement=trust] td')].map((td) => td.textContent!.trim());
    expect(cells[0]).to.equal('hidden: fewer than 5 people');
    expect(cells[2]).to.equal('hidden: fewer than 5 people');
    expect(cells[1]).to.match(/^\d+% \(\d+ of 40\)$/);
    expect(el.shadowRoot!.querySelector('svg g[data-statement=trust] rect[data-bucket="1"]')!.getAttribute('width')).to.equal('0');
  });
});
