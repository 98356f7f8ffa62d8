import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/cadence/define.js';
import type { TaiwaCadence } from '../../src/elements/cadence/cadence.js';
import { cadenceInsight } from '../../src/insights/hr.js';
import { generateOrg } from '../helpers/hr-org.js';

const org = generateOrg({ departments: [[6, 7, 2], [8]], seed: 3 });
const Q = { period: 'quarter' as const, from: '2025-Q1', to: '2025-Q2', asOf: '2025-06-30' };

const rowIds = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'));
const cells = (el: HTMLElement, id: string) =>
  [...el.shadowRoot!.querySelector(`tbody tr[data-id="${id}"]`)!.querySelectorAll('td')].map((td) => td.textContent!.trim());

describe('taiwa-cadence', () => {
  it('shows the organisation and its departments for the last period, with the figures of the insight', async () => {
    const el = await fixture<TaiwaCadence>(
      html`<taiwa-cadence
        lang="en"
        period="quarter"
        from="2025-Q1"
        to="2025-Q2"
        as-of="2025-06-30"
        .source=${org}
        .names=${{ 'dept-0': 'Sales' }}
      ></taiwa-cadence>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(rowIds(el)).to.deep.equal(['organisation', 'department:dept-0', 'department:dept-1']);
    const expected = cadenceInsight(org, Q).groups[0]!.figures[1]!;
    const row = cells(el, 'organisation');
    expect(row[0]).to.equal('23');
    expect(row[1]).to.equal(String(expected.held));
    expect(row[5]).to.equal(String(expected.overdue));
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('2025-Q2');
    // Another period from the select.
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = '0';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cells(el, 'organisation')[1]).to.equal(String(cadenceInsight(org, Q).groups[0]!.figures[0]!.held));
  });

  it('drills down to a department by keyboard, hides a team below k with its complement, and never lists a member', async () => {
    const el = await fixture<TaiwaCadence>(
      html`<taiwa-cadence lang="ja" period="quarter" from="2025-Q1" to="2025-Q2" as-of="2025-06-30" .source=${org}></taiwa-cadence>`,
    );
    await el.updateComplete;
    const drill = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr[data-id="department:dept-0"] button')!;
    drill.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.unit).to.equal('department:dept-0');
    await expect(el).to.be.accessible();
    expect(rowIds(el)).to.deep.equal(['department:dept-0', 'manager:dept-0/m-0-0', 'manager:dept-0/m-0-1', 'manager:dept-0/m-0-2']);
    // m-0-2 has 2 members (hidden: small); m-0-0, the smallest beside it, is hidden with it.
    expect(cells(el, 'manager:dept-0/m-0-2')[0]).to.equal('非表示（5人未満）');
    expect(cells(el, 'manager:dept-0/m-0-0')[0]).to.equal('非表示（5人未満）');
    expect(cells(el, 'manager:dept-0/m-0-1')[0]).to.equal('7');
    expect(el.shadowRoot!.textContent).to.not.contain('p-0-');
    expect(el.shadowRoot!.querySelectorAll('tbody button')).to.have.length(0);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=up]')!.click();
    await el.updateComplete;
    expect(el.unit).to.equal('organisation');
  });
});
