/**
 * `taiwa/define` registers every tag at once with its real class, while the instance code of the
 * elements a page rarely shows (the action list outside the agenda among them; handlers, templates, styles, English strings: their part, see
 * src/core/part-element.ts) loads at an instance's first connect: a page that registers them but
 * shows none loads none of it. A property set before the upgrade still applies. Nothing from src/
 * is imported statically here, so what the page requested is what the kit asked for.
 */
import { expect } from '@open-wc/testing';

// The dev server serves each module as its own request (as .ts): the Resource Timing entries name them.
performance.setResourceTimingBufferSize(100_000);
const requested = (path: RegExp) => performance.getEntriesByType('resource').some((e) => path.test(new URL(e.name).pathname));

const PARTS: Record<string, RegExp[]> = {
  'taiwa-action-list': [/\/action-list\.part\.[jt]s$/, /\/action-list\.save\.[jt]s$/, /\/i18n\/action-list\/en\.[jt]s$/],
  'taiwa-scheduler': [/\/scheduler\.part\.[jt]s$/, /\/i18n\/scheduler\/en\.[jt]s$/],
  'taiwa-sync-status': [/\/sync-status\.part\.[jt]s$/, /\/i18n\/sync-status\/en\.[jt]s$/],
  'taiwa-session-list': [/\/session-list\.part\.[jt]s$/, /\/session-list\.reminders\.[jt]s$/, /\/i18n\/session-list\/en\.[jt]s$/],
  'taiwa-team-overview': [/\/team-overview\.part\.[jt]s$/, /\/i18n\/team-overview\/en\.[jt]s$/],
  'taiwa-pulse': [/\/pulse\.views\.[jt]s$/, /\/i18n\/pulse\/en\.[jt]s$/],
  'taiwa-cadence': [/\/cadence\.views\.[jt]s$/, /\/i18n\/cadence\/en\.[jt]s$/],
  'taiwa-effect-chart': [/\/effect-chart\.views\.[jt]s$/, /\/i18n\/effect-chart\/en\.[jt]s$/],
  'taiwa-engagement-drivers': [/\/engagement-drivers\.views\.[jt]s$/, /\/i18n\/engagement-drivers\/en\.[jt]s$/],
};

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('instance code loaded at first connect', () => {
  it('registers every tag with its real class before any part loads, and a property set before the upgrade applies', async () => {
    // Made before the tag is defined: the property lands on a plain element, the class picks it up.
    const early = document.createElement('taiwa-pulse') as Lit & { k: number };
    early.k = 7;
    await import('../../src/define.js');
    const classes = await import('../../src/index.js');
    expect(customElements.get('taiwa-action-list')).to.equal(classes.TaiwaActionList);
    expect(customElements.get('taiwa-scheduler')).to.equal(classes.TaiwaScheduler);
    expect(customElements.get('taiwa-sync-status')).to.equal(classes.TaiwaSyncStatus);
    expect(customElements.get('taiwa-session-list')).to.equal(classes.TaiwaSessionList);
    expect(customElements.get('taiwa-team-overview')).to.equal(classes.TaiwaTeamOverview);
    expect(customElements.get('taiwa-pulse')).to.equal(classes.TaiwaPulse);
    expect(customElements.get('taiwa-cadence')).to.equal(classes.TaiwaCadence);
    expect(customElements.get('taiwa-effect-chart')).to.equal(classes.TaiwaEffectChart);
    expect(customElements.get('taiwa-engagement-drivers')).to.equal(classes.TaiwaEngagementDrivers);
    for (const [tag, paths] of Object.entries(PARTS)) for (const p of paths) expect(requested(p), `${tag}: ${p}`).to.equal(false);

    document.body.append(early);
    try {
      await early.updateComplete;
      expect(early.k).to.equal(7);
      expect(early.shadowRoot!.querySelector('[part="who"]')!.textContent).to.contain('7');
    } finally {
      early.remove();
    }
  });

  it('loads each part at the first connect of its element, which then renders past loading', async () => {
    await import('../../src/define.js');
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    try {
      for (const [tag, paths] of Object.entries(PARTS)) {
        const el = document.createElement(tag) as Lit;
        host.append(el);
        await el.updateComplete;
        for (const p of paths) expect(requested(p), `${tag}: ${p}`).to.equal(true);
        const root = el.shadowRoot!;
        expect(root.querySelector('[part="loading"]'), tag).to.equal(null);
        expect(root.querySelector('[part~="base"], [part="form"], [part="empty"]'), tag).not.to.equal(null);
        await expect(el).to.be.accessible();
      }
    } finally {
      host.remove();
    }
  });
});
