import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/engagement-drivers/define.js';
import '../../src/elements/provider/define.js';
import type { TaiwaEngagementDrivers } from '../../src/elements/engagement-drivers/engagement-drivers.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { simulate } from '../insights/drivers-simulation.js';
import { inProvider } from '../helpers/mount.js';

const rows = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => ({
    id: tr.getAttribute('data-id'),
    band: tr.querySelector('[part~=band]')!.textContent!.trim(),
  }));

describe('taiwa-engagement-drivers', () => {
  it('from the issue simulation (2,000 members, a third of topic answers missing), in a Worker: the five non-zero predictors in the generated order, none for the four zeros', async () => {
    const el = await fixture<TaiwaEngagementDrivers>(
      html`<taiwa-engagement-drivers lang="ja" .input=${simulate(2000, 1, 1 / 3, 0.5)}></taiwa-engagement-drivers>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const got = rows(el);
    const order = got.map((r) => r.id);
    // overall and career were generated with the same effect (0.35): either may come first.
    expect(order[0]).to.equal('policy');
    expect(order.slice(1, 3).sort()).to.deep.equal(['career', 'overall']);
    expect(order.slice(3, 5)).to.deep.equal(['skills', 'work']);
    for (const r of got.slice(0, 5)) expect(r.band, r.id!).to.match(/^\++$/);
    for (const r of got.slice(5)) expect(r.band, r.id!).to.equal('なし');
    expect(
      got
        .slice(5)
        .map((r) => r.id)
        .sort(),
    ).to.deep.equal(['free', 'private', 'relationships', 'wellbeing']);
    expect(got[0]!.band).to.equal('++++');
    // Numbers beneath each band; labels from the catalogue.
    expect(el.shadowRoot!.querySelector('tbody tr th')!.textContent).to.equal('会社や部署の方針');
    expect(el.shadowRoot!.querySelector('[part~=numbers]')!.textContent).to.match(/%/);
  });

  it('says why it shows nothing below the minimum group', async () => {
    const el = await fixture<TaiwaEngagementDrivers>(
      html`<taiwa-engagement-drivers lang="en" .input=${simulate(24, 1)}></taiwa-engagement-drivers>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.contain('at least 25 people').and.contain('24 so far');
  });

  it('inside a provider: asks the adapter, and a group below k stays hidden', async () => {
    const adapter = createMemoryAdapter();
    for (let i = 0; i < 3; i++)
      await adapter.put('pulse', {
        id: `pl-${i}`,
        createdAt: '2025-02-01T00:00:00Z',
        updatedAt: '2025-02-01T00:00:00Z',
        memberId: `p${i}`,
        month: '2025-02',
        growth: 3,
        engagement: 40 + i,
      });
    for (let i = 0; i < 3; i++)
      await adapter.put('session', {
        id: `s-${i}`,
        createdAt: '2025-02-01T00:00:00Z',
        updatedAt: '2025-02-01T00:00:00Z',
        memberId: `p${i}`,
        managerId: 'm1',
        heldAt: '2025-02-03T00:00:00Z',
      });
    for (let i = 0; i < 3; i++)
      await adapter.put('feedback', {
        id: `f-${i}`,
        createdAt: '2025-02-03T00:00:00Z',
        updatedAt: '2025-02-03T00:00:00Z',
        sessionId: `s-${i}`,
        memberId: `p${i}`,
        managerId: 'm1',
        by: 'member',
        scale: { min: 1, max: 5 },
        overall: 3 + (i % 2),
        items: [],
      });
    const { el } = await inProvider(
      'taiwa-engagement-drivers',
      html`<taiwa-engagement-drivers period="month" from="2025-02" to="2025-02"></taiwa-engagement-drivers>`,
      { adapter, viewer: { id: 'hr', role: 'admin' } },
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(el.result).to.deep.include({ status: 'suppressed', hidden: 'small', k: 5 });
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.contain('fewer than 5 people');
  });
});
