import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/level-check-in/define.js';
import type { TaiwaLevelCheckIn } from '../../src/elements/level-check-in/level-check-in.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { LevelAssessment } from '../../src/model/schemas.js';
import type { TaiwaErrorEvent, TaiwaSubmitEvent } from '../../src/core/events.js';
import { runFormConformance } from '../helpers/form-conformance.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const q = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<E>(sel);
const qa = <E extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...root(el).querySelectorAll<E>(sel)];
const text = (el: HTMLElement, sel: string) => q(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function checkIn(template: TemplateResult) {
  const el = await fixture<TaiwaLevelCheckIn>(template);
  await el.updateComplete;
  return el;
}

describe('taiwa-level-check-in', () => {
  it('is accessible as a check-in and as a direct assessment, in both languages', async () => {
    await expect(await checkIn(html`<taiwa-level-check-in lang="en"></taiwa-level-check-in>`)).to.be.accessible();
    await expect(await checkIn(html`<taiwa-level-check-in lang="ja" by="manager" value="1 3"></taiwa-level-check-in>`)).to.be.accessible();
    const direct = await checkIn(html`<taiwa-level-check-in lang="ja" method="direct" value="4"></taiwa-level-check-in>`);
    await expect(direct).to.be.accessible();
    expect(qa(direct, 'input[type="radio"]')).to.have.length(6);
    expect(text(direct, 'legend')).to.equal('今、どの段階にいますか？');
    expect(qa(direct, '[part="label"]')[3]!.textContent).to.equal('レベル4 · 問いやフィードバック');
  });

  it("asks the six statements in the answering side's words", async () => {
    const member = await checkIn(html`<taiwa-level-check-in lang="en"></taiwa-level-check-in>`);
    expect(qa(member, '[part="label"]').map((l) => l.textContent)).to.deep.equal([
      'We talked more than before.',
      'I shared something about myself.',
      'We confirmed what goes well.',
      'A question or feedback gave me a new insight.',
      'I will try something new because of it.',
      'I felt results and growth, and shared them.',
    ]);
    const manager = await checkIn(html`<taiwa-level-check-in lang="en" by="manager"></taiwa-level-check-in>`);
    expect(qa(manager, '[part="label"]')[4]!.textContent).to.equal('The member will try something new because of it.');
  });

  it('is completed with the keyboard alone and submits the record outside a provider', async () => {
    const el = await checkIn(html`<taiwa-level-check-in lang="en" member-id="m1" manager-id="k1"></taiwa-level-check-in>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    qa(el, 'input')[1]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(el.values).to.deep.equal(['2', '4']);
    expect(events).to.deep.equal(['input', 'change', 'input', 'change']);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(q(el, '[part="submit"]'));
    const submitted = oneEvent(el, 'taiwa-submit') as Promise<TaiwaSubmitEvent>;
    await sendKeys({ press: 'Enter' });
    const { record } = (await submitted).detail as { record: LevelAssessment };
    expect(record).to.include({ memberId: 'm1', managerId: 'k1', by: 'member', method: 'check-in', level: 4 });
    expect(record.signals).to.deep.equal([2, 4]);
    await el.updateComplete;
    expect(text(el, '[part="status"]')).to.equal('Saved: level 4.');
  });

  it('direct assessment: arrow keys choose one level', async () => {
    const el = await checkIn(
      html`<taiwa-level-check-in lang="en" method="direct" by="manager" member-id="m1" manager-id="k1"></taiwa-level-check-in>`,
    );
    qa(el, 'input')[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('3');
    const record = await el.submit();
    expect(record).to.include({ method: 'direct', level: 3, by: 'manager' });
    expect(record!.signals).to.equal(undefined);
  });

  it('says what is missing instead of saving, and moves focus to the first statement', async () => {
    const el = await checkIn(html`<taiwa-level-check-in lang="en" member-id="m1" manager-id="k1"></taiwa-level-check-in>`);
    let submitted = 0;
    el.addEventListener('taiwa-submit', () => submitted++);
    q(el, '[part="submit"]')!.click();
    await el.updateComplete;
    expect(text(el, '[part="status"]')).to.equal('Tick at least one statement.');
    expect(root(el).activeElement).to.equal(qa(el, 'input')[0]);
    const anonymous = await checkIn(html`<taiwa-level-check-in lang="en" value="2"></taiwa-level-check-in>`);
    expect(await anonymous.submit()).to.equal(undefined);
    await anonymous.updateComplete;
    expect(text(anonymous, '[part="status"]')).to.contain('member-id and manager-id');
    expect(submitted).to.equal(0);
    await expect(anonymous).to.be.accessible();
  });

  it('inside a provider saves one record per side and session, shown again after a reload', async () => {
    const dbName = `check-in-${crypto.randomUUID()}`;
    const mount = async () => {
      const adapter = createIndexedDbAdapter({ dbName, viewerId: 'k1' });
      const provider = await fixture<TaiwaProvider>(
        html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'k1', role: 'manager' }}>
          <taiwa-level-check-in member-id="m1" session-id="s7"></taiwa-level-check-in>
        </taiwa-provider>`,
      );
      const el = provider.querySelector('taiwa-level-check-in')!;
      await el.updateComplete;
      return { adapter, el, provider };
    };
    const first = await mount();
    expect(qa(first.el, '[part="label"]')[1]!.textContent).to.equal('We shared something about ourselves.');
    qa<HTMLInputElement>(first.el, 'input')[2]!.click();
    const saved = await first.el.submit();
    expect(saved).to.include({ by: 'manager', managerId: 'k1', memberId: 'm1', sessionId: 's7', level: 3 });
    first.adapter.close();
    first.provider.remove();

    const second = await mount();
    expect(second.el.values).to.deep.equal(['3']);
    expect(second.el.matches(':state(saved)')).to.equal(true);
    qa<HTMLInputElement>(second.el, 'input')[4]!.click();
    const again = await second.el.submit();
    expect(again!.id).to.equal(saved!.id);
    const stored = await second.adapter.query('level', { sessionId: 's7' });
    expect(stored).to.have.length(1);
    expect(stored[0]).to.include({ level: 5 });
    expect(stored[0]!.signals).to.deep.equal([3, 5]);
    second.adapter.close();
  });

  it('keeps the answer and shows an error when the backend refuses the save', async () => {
    const memory = createMemoryAdapter();
    // A host backend that is down for writes.
    const down: TaiwaAdapter = {
      query: (k, query) => memory.query(k, query),
      put: async () => Promise.reject(new Error('503 Service Unavailable')),
    };
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${down} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-check-in manager-id="k1" session-id="s1" value="1 2"></taiwa-level-check-in>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-level-check-in')!;
    await el.updateComplete;
    const failed = oneEvent(el, 'taiwa-error') as Promise<TaiwaErrorEvent>;
    expect(await el.submit()).to.equal(undefined);
    expect((await failed).detail.error.message).to.contain('503');
    await el.updateComplete;
    expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(el.values).to.deep.equal(['1', '2']);
    expect(el.matches(':state(saved)')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('refuses to save for an admin viewer', async () => {
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${createMemoryAdapter()} .viewer=${{ id: 'a1', role: 'admin' }}>
        <taiwa-level-check-in member-id="m1" manager-id="k1" value="2"></taiwa-level-check-in>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-level-check-in')!;
    await el.updateComplete;
    expect(await el.submit()).to.equal(undefined);
    await el.updateComplete;
    expect(text(el, '[part="status"]')).to.contain('Only the member and the manager');
  });
});

runFormConformance<TaiwaLevelCheckIn>({
  tag: 'taiwa-level-check-in',
  attrs: { lang: 'en' },
  defaultValue: '1 2',
  choose: async (el) => {
    const boxes = el.shadowRoot!.querySelectorAll('input');
    if (!boxes[0]!.checked) boxes[0]!.click();
    boxes[3]!.click();
    return el.values.join(' ');
  },
});

runFormConformance<TaiwaLevelCheckIn>({
  tag: 'taiwa-level-check-in',
  attrs: { lang: 'en', method: 'direct' },
  defaultValue: '5',
  choose: async (el) => {
    el.shadowRoot!.querySelectorAll('input')[1]!.click();
    return '2';
  },
});
