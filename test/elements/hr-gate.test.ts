/**
 * The views the HR elements and the pulse share before their figures (src/core/hr-view.ts), each
 * in its own words, in Japanese and English: HR's cadence, effect chart and engagement drivers
 * turn a member away, the pulse turns anyone else away, and a cadence unit that is not in the
 * report says there is nothing to show. Each view is axe-clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { Viewer } from '../../src/model/schemas.js';
import cadenceEn from '../../src/i18n/cadence/en.js';
import cadenceJa from '../../src/i18n/cadence/ja.js';
import effectEn from '../../src/i18n/effect-chart/en.js';
import effectJa from '../../src/i18n/effect-chart/ja.js';
import driversEn from '../../src/i18n/engagement-drivers/en.js';
import driversJa from '../../src/i18n/engagement-drivers/ja.js';
import pulseEn from '../../src/i18n/pulse/en.js';
import pulseJa from '../../src/i18n/pulse/ja.js';

const member: Viewer = { id: 'm1', role: 'member' };
const manager: Viewer = { id: 'k1', role: 'manager' };
const words = {
  en: { cadence: cadenceEn, effect: effectEn, drivers: driversEn, pulse: pulseEn },
  ja: { cadence: cadenceJa, effect: effectJa, drivers: driversJa, pulse: pulseJa },
};

/** The element's `[part=empty]` text once it has rendered past loading. */
async function emptyText(inner: TemplateResult, lang: string, viewer?: Viewer) {
  const frame = await fixture(
    viewer
      ? html`<div><taiwa-provider lang=${lang} .adapter=${createMemoryAdapter({})} .viewer=${viewer}>${inner}</taiwa-provider></div>`
      : html`<div lang=${lang}>${inner}</div>`,
  );
  const el = (viewer ? frame.querySelector('taiwa-provider')!.firstElementChild : frame.firstElementChild) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  for (let i = 0; i < 300 && !el.shadowRoot?.querySelector('[part=empty]'); i++) {
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
  }
  await expect(el).to.be.accessible();
  return el.shadowRoot!.querySelector('[part=empty]')?.textContent?.trim();
}

describe('the HR views before the figures', () => {
  for (const lang of ['en', 'ja'] as const) {
    const w = words[lang];
    it(`HR's figures turn a member away, each in its own words, ${lang}`, async () => {
      expect(await emptyText(html`<taiwa-cadence></taiwa-cadence>`, lang, member)).to.equal(w.cadence.membersOnly);
      expect(await emptyText(html`<taiwa-effect-chart></taiwa-effect-chart>`, lang, member)).to.equal(w.effect.membersOnly);
      expect(await emptyText(html`<taiwa-engagement-drivers></taiwa-engagement-drivers>`, lang, member)).to.equal(w.drivers.membersOnly);
    });

    it(`the pulse turns a manager away, and shows a member the form, ${lang}`, async () => {
      expect(await emptyText(html`<taiwa-pulse month="2026-03" manager-id="k1"></taiwa-pulse>`, lang, manager)).to.equal(
        w.pulse.membersOnly,
      );
      const frame = await fixture(
        html`<div>
          <taiwa-provider lang=${lang} .adapter=${createMemoryAdapter({})} .viewer=${member}
            ><taiwa-pulse month="2026-03" manager-id="k1"></taiwa-pulse
          ></taiwa-provider>
        </div>`,
      );
      const pulse = frame.querySelector('taiwa-pulse') as HTMLElement & { updateComplete: Promise<unknown> };
      for (let i = 0; i < 300 && !pulse.shadowRoot?.querySelector('[part=form]'); i++) await new Promise(requestAnimationFrame);
      expect(pulse.shadowRoot!.querySelector('[part=form]')).to.not.equal(null);
      expect(pulse.shadowRoot!.textContent).to.not.contain(w.pulse.membersOnly);
    });

    it(`a cadence unit the report does not have says there is nothing to show, ${lang}`, async () => {
      const source = { people: [], sessions: [], series: [] };
      const text = await emptyText(html`<taiwa-cadence unit="department:nowhere" .source=${source}></taiwa-cadence>`, lang);
      expect(text).to.equal(w.cadence.empty);
    });
  }
});
