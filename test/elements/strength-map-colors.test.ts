/**
 * The strength map's fills, read from the computed styles: estimates 0.4 of a point apart never
 * share a fill, and any two fills differ by CIEDE2000 ΔE ≥ 10, in the default theme, with the page in
 * dark mode and in every theme file (themes/*.css), where no fill comes near the surface either; masked cells say what they need, in both languages. CIEDE2000 is written here
 * from Sharma, Wu and Dalal (2005), and checked against their published test pairs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/strength-map/define.js';
import type { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import { BINS, binOf } from '../../src/elements/strength-map/strength-map.views.js';
import type { Feedback } from '../../src/model/schemas.js';

type Lab = [number, number, number];

function srgbToLab([r, g, b]: number[]): Lab {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [R, G, B] = [lin(r!), lin(g!), lin(b!)];
  const X = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
  const Y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
  const Z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}

/** CIEDE2000 colour difference (kL = kC = kH = 1). */
export function ciede2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cb7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cb7 / (Cb7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lbp = (L1 + L2) / 2;
  const Cbp = (C1p + C2p) / 2;
  let hbp = h1p + h2p;
  if (C1p * C2p !== 0) hbp = Math.abs(h1p - h2p) <= 180 ? hbp / 2 : hbp < 360 ? (hbp + 360) / 2 : (hbp - 360) / 2;
  const T =
    1 -
    0.17 * Math.cos((hbp - 30) * rad) +
    0.24 * Math.cos(2 * hbp * rad) +
    0.32 * Math.cos((3 * hbp + 6) * rad) -
    0.2 * Math.cos((4 * hbp - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hbp - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lbp - 50) ** 2) / Math.sqrt(20 + (Lbp - 50) ** 2);
  const SC = 1 + 0.045 * Cbp;
  const SH = 1 + 0.015 * Cbp * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

const AT = '2025-06-02T10:00:00.000Z';
const rating = (i: number, topicId: string, value: number): Feedback => ({
  id: `f${i}`,
  createdAt: AT,
  updatedAt: AT,
  sessionId: `s${i}`,
  memberId: `u${i % 3}`,
  managerId: 'boss',
  by: 'member',
  scale: { min: 1, max: 5 },
  overall: value,
  items: [{ topicId, responseId: 'listen', rating: value }],
});

describe('taiwa-strength-map colours', () => {
  after(() => emulateMedia({ colorScheme: 'light' }));

  it('CIEDE2000 matches Sharma et al.’s test pairs', () => {
    const pairs: [Lab, Lab, number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
      [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    ];
    for (const [a, b, want] of pairs) expect(ciede2000(a, b)).to.be.closeTo(want, 1e-4);
  });

  it('puts estimates 0.4 of a point apart in different fills, on 1–5', () => {
    // Ten steps of 0.4: the top one holds 4.6 up to and including 5.0 (the one pair that shares a fill).
    for (let x = 1; x + 0.4 < 5 - 1e-9; x += 0.05) expect(binOf(x + 0.4, 1, 5), String(x)).to.not.equal(binOf(x, 1, 5));
    expect(binOf(3.8, 1, 5)).to.not.equal(binOf(4.2, 1, 5));
  });

  /** The ten fills of the legend's ramp and the surface a masked cell shows, as Lab. */
  async function fills(): Promise<{ ramp: Lab[]; surface: Lab; el: TaiwaStrengthMap }> {
    const el = await fixture<TaiwaStrengthMap>(
      html`<taiwa-strength-map lang="en" manager-id="boss" .feedback=${[0, 1, 2].map((i) => rating(i, 'career', 4))}></taiwa-strength-map>`,
    );
    await el.updateComplete;
    const swatches = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.ramp [data-bin]')];
    expect(swatches).to.have.length(BINS);
    const lab = (colour: string) =>
      srgbToLab(
        colour
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number),
      );
    // The masked cell's fill is the surface token (what a filled cell must not look like).
    const probe = document.createElement('span');
    probe.style.color = 'var(--taiwa-color-surface, #ffffff)';
    document.body.append(probe);
    const surface = lab(getComputedStyle(probe).color);
    probe.remove();
    return { ramp: swatches.map((s) => lab(getComputedStyle(s).backgroundColor)), surface, el };
  }

  function least(labs: Lab[]): number {
    let min = Infinity;
    for (let i = 0; i < labs.length; i++) for (let j = i + 1; j < labs.length; j++) min = Math.min(min, ciede2000(labs[i]!, labs[j]!));
    return min;
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`fills differ by ΔE ≥ 10 from each other (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const { ramp, el } = await fills();
      expect(least(ramp)).to.be.at.least(10);
      // The legend carries the numbers of the scale.
      expect(el.shadowRoot!.querySelector('.scale')!.textContent).to.contain('1.0').and.contain('5.0');
    });
  }

  // Every theme file: its fills (its own tokens, or the defaults) apart by ΔE ≥ 10, and none of
  // them close to the theme's surface, which is what a masked cell shows.
  for (const theme of ['light', 'dark', 'fluent', 'horizon']) {
    it(`fills differ by ΔE ≥ 10 in themes/${theme}.css, and from its surface`, async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/themes/${theme}.css`;
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () => reject(new Error(`${theme}.css did not load`));
      });
      document.head.append(link);
      try {
        await loaded;
        const { ramp, surface } = await fills();
        expect(least(ramp), 'between fills').to.be.at.least(10);
        const nearest = Math.min(...ramp.map((f) => ciede2000(f, surface)));
        expect(nearest, 'fill against the surface').to.be.at.least(10);
      } finally {
        link.remove();
      }
    });
  }

  it('says on a masked cell what it needs, in English and Japanese', async () => {
    const two = [rating(0, 'career', 4), rating(1, 'career', 2)];
    for (const [lang, words] of [
      ['en', '1 more to show'],
      ['ja', 'あと1件で表示'],
    ]) {
      const el = await fixture<TaiwaStrengthMap>(
        html`<taiwa-strength-map lang=${lang} manager-id="boss" .feedback=${two}></taiwa-strength-map>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="needed"]')!.textContent).to.equal(words);
      await expect(el).to.be.accessible();
    }
  });
});
