import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/pulse/define.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { inProvider } from '../helpers/mount.js';
import type { TaiwaPulse } from '../../src/elements/pulse/pulse.js';
import type { Pulse } from '../../src/model/schemas.js';

const member = { id: 'u-pulse', role: 'member' as const };
let serial = 0;

async function mount(lang = 'ja', inner = html`<taiwa-pulse month="2025-03" manager-id="m1"></taiwa-pulse>`) {
  const adapter = createIndexedDbAdapter({ dbName: `pulse-test-${Date.now()}-${serial++}`, viewerId: member.id });
  const earlier: Pulse = {
    id: 'pulse-u-pulse-2025-02',
    createdAt: '2025-02-20T00:00:00Z',
    updatedAt: '2025-02-20T00:00:00Z',
    memberId: member.id,
    month: '2025-02',
    growth: 2,
    engagement: 40,
  };
  await adapter.put('pulse', earlier);
  const { el } = await inProvider('taiwa-pulse', inner, { adapter, viewer: member, lang });
  return { el: el as TaiwaPulse, adapter };
}

const radios = (el: HTMLElement, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

describe('taiwa-pulse', () => {
  it('says who will see the answers before the send button, and refuses to send until every question is answered', async () => {
    const { el, adapter } = await mount();
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    const who = root.querySelector('[part=who]')!;
    expect(who.textContent).to.contain('5人以上').and.contain('集計だけ');
    expect(who.compareDocumentPosition(root.querySelector('[part=submit]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // Three default items, growth and four statements, each on a 5-point scale.
    expect(root.querySelectorAll('[role=radiogroup]')).to.have.length(8);
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[part=status]')!.textContent).to.equal('すべての質問に回答してください。');
    expect((await adapter.query('pulse', {})).map((p) => p.month)).to.deep.equal(['2025-02']);
  });

  it('saves the month as one pulse record (engagement index from the items, statements, growth) and shows the trend', async () => {
    const { el, adapter } = await mount('en');
    const root = el.shadowRoot!;
    // Items 4, 5, 3 → mean 4 → index 75; by keyboard for the first one.
    radios(el, 'item:proud')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radios(el, 'item:proud')[3]!.checked).to.equal(true);
    radios(el, 'item:recommend')[4]!.click();
    radios(el, 'item:motivated')[2]!.click();
    radios(el, 'growth')[3]!.click();
    ['insight', 'trust', 'growth', 'productivity'].forEach((id, i) => radios(el, `statement:${id}`)[i]!.click());
    await el.updateComplete;
    const saved = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('taiwa-save', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const record = await el.submit();
    await saved;
    expect(record).to.deep.include({
      id: 'pulse-u-pulse-2025-03',
      memberId: 'u-pulse',
      managerId: 'm1',
      month: '2025-03',
      growth: 4,
      engagement: 75,
    });
    expect(record!.statements).to.deep.equal([
      { id: 'insight', value: 1 },
      { id: 'trust', value: 2 },
      { id: 'growth', value: 3 },
      { id: 'productivity', value: 4 },
    ]);
    const stored = await adapter.query('pulse', {});
    expect(stored.map((p) => p.month).sort()).to.deep.equal(['2025-02', '2025-03']);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect([...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-month'))).to.deep.equal(['2025-02', '2025-03']);
    expect(root.querySelector('tbody tr[data-month="2025-03"] td')!.textContent).to.equal('75');
    expect(root.querySelectorAll('svg circle')).to.have.length(2);
    expect(root.querySelectorAll('[style]')).to.have.length(0);
  });

  it('asks the host’s items (3 to 5) in the page’s language', async () => {
    const items = [
      { id: 'a', label: { ja: 'A項目', en: 'Item A' } },
      { id: 'b', label: 'B' },
      { id: 'c', label: { en: 'Item C' } },
    ];
    const { el } = await mount('ja', html`<taiwa-pulse month="2025-03" .items=${items}></taiwa-pulse>`);
    const texts = [...el.shadowRoot!.querySelectorAll('fieldset:first-of-type [role=radiogroup] > span')].map((s) => s.textContent);
    expect(texts).to.deep.equal(['A項目', 'B', 'Item C', '先月を振り返って、成長を実感できた']);
  });
});
