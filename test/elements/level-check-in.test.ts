import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/level-check-in/define.js';
import type { TaiwaLevelCheckIn } from '../../src/elements/level-check-in/level-check-in.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { LevelAssessment } from '../../src/model/schemas.js';
import type { TaiwaErrorEvent, TaiwaSubmitEvent } from '../../src/events/index.js';
import { runFormConformance } from '../helpers/form-conformance.js';
import { gatedWrites } from '../helpers/gated-adapter.js';
import enStrings from '../../src/i18n/level-check-in/en.js';

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
    expect(text(direct, 'legend')).to.equal('マネジャーとのコミュニケーションは、今どの段階だと思いますか？');
    const byManager = await checkIn(html`<taiwa-level-check-in lang="ja" method="direct" by="manager"></taiwa-level-check-in>`);
    expect(text(byManager, 'legend')).to.equal('メンバーとのコミュニケーションは、今どの段階だと思いますか？');
    expect(qa(direct, '[part="label"]')[3]!.textContent).to.equal('レベル4 · 問いやフィードバック');
  });

  it("asks the six statements in the answering side's words", async () => {
    const member = await checkIn(html`<taiwa-level-check-in lang="en"></taiwa-level-check-in>`);
    const asked = qa(member, '[part="label"]').map((l) => l.textContent);
    expect(asked).to.deep.equal(enStrings.memberStatements);
    expect(asked[1]).to.equal('I shared something about myself.');
    const manager = await checkIn(html`<taiwa-level-check-in lang="en" by="manager"></taiwa-level-check-in>`);
    expect(qa(manager, '[part="label"]')[4]!.textContent).to.equal('Because of it, the member decided what to try next.');
  });

  it('is completed with the keyboard alone and submits the record outside a provider', async () => {
    const el = await checkIn(html`<taiwa-level-check-in lang="en" member-id="m1" manager-id="k1"></taiwa-level-check-in>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    qa(el, 'input')[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(el.values).to.deep.equal(['1', '2', '4']);
    expect(events).to.deep.equal(['input', 'change', 'input', 'change', 'input', 'change']);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(q(el, '[part="submit"]'));
    const submitted = oneEvent(el, 'taiwa-submit') as Promise<TaiwaSubmitEvent>;
    await sendKeys({ press: 'Enter' });
    const { record } = (await submitted).detail as { record: LevelAssessment };
    // Ticking 1, 2 and 4 reads as level 2: the highest contiguous level from 1 (the ladder has no gaps).
    expect(record).to.include({ memberId: 'm1', managerId: 'k1', by: 'member', method: 'check-in', level: 2 });
    expect(record.signals).to.deep.equal([1, 2, 4]);
    await el.updateComplete;
    // Outside a provider nothing was saved: the status says so.
    expect(text(el, '[part="status"]')).to.equal('Answered: level 2. This form has not saved or sent it.');
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
    // An error, not a status: an alert the fieldset points to and is marked invalid by, in the danger colour.
    const problem = q(el, '[part="problem"]')!;
    expect(text(el, '[part="problem"]')).to.equal('Choose at least one.');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(getComputedStyle(problem).color).to.equal('rgb(122, 39, 26)');
    const fieldset = q(el, 'fieldset')!;
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.deep.equal(['help', problem.id]);
    expect(text(el, '[part="status"]')).to.equal('');
    expect(root(el).activeElement).to.equal(qa(el, 'input')[0]);
    await expect(el).to.be.accessible();
    qa<HTMLInputElement>(el, 'input')[0]!.click();
    await el.updateComplete;
    expect(q(el, '[part="problem"]')).to.equal(null);
    expect(fieldset.hasAttribute('aria-invalid')).to.equal(false);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('help');
    const direct = await checkIn(
      html`<taiwa-level-check-in lang="ja" method="direct" member-id="m1" manager-id="k1"></taiwa-level-check-in>`,
    );
    await direct.submit();
    await direct.updateComplete;
    expect(text(direct, '[part="problem"]')).to.equal('レベルを選んでください。');
    expect(q(direct, 'fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(direct, 'fieldset')!.getAttribute('aria-describedby')).to.equal('problem');
    const anonymous = await checkIn(html`<taiwa-level-check-in lang="en" value="2"></taiwa-level-check-in>`);
    // The person reads what happened and what to do; the attributes go to taiwa-error and the console.
    const logged: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(...args);
    let reported: Error | undefined;
    anonymous.addEventListener('taiwa-error', (e) => (reported = (e as TaiwaErrorEvent).detail.error));
    try {
      expect(await anonymous.submit()).to.equal(undefined);
    } finally {
      console.error = consoleError;
    }
    await anonymous.updateComplete;
    expect(text(anonymous, '[part="problem"]')).to.equal(
      'The information for this 1:1 could not be loaded. Please contact your system administrator.',
    );
    expect(text(anonymous, '[part="problem"]')).not.to.match(/member-id|manager-id|provider/);
    expect(reported?.message).to.match(/member-id|manager-id/);
    expect(logged).to.include(reported);
    expect(q(anonymous, 'fieldset')!.hasAttribute('aria-invalid')).to.equal(false, 'what is chosen is fine');
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
    for (const i of [0, 1, 2]) qa<HTMLInputElement>(first.el, 'input')[i]!.click();
    const saved = await first.el.submit();
    expect(saved).to.include({ by: 'manager', managerId: 'k1', memberId: 'm1', sessionId: 's7', level: 3 });
    first.adapter.close();
    first.provider.remove();

    const second = await mount();
    expect(second.el.values).to.deep.equal(['1', '2', '3']);
    expect(second.el.matches(':state(saved)')).to.equal(true);
    qa<HTMLInputElement>(second.el, 'input')[4]!.click();
    const again = await second.el.submit();
    expect(again!.id).to.equal(saved!.id);
    const stored = await second.adapter.query('level', { sessionId: 's7' });
    expect(stored).to.have.length(1);
    // 1, 2, 3 and 5: the gap at 4 keeps it at level 3.
    expect(stored[0]).to.include({ level: 3 });
    expect(stored[0]!.signals).to.deep.equal([1, 2, 3, 5]);
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
    expect(text(el, '[part="problem"]')).to.contain('Only the member and the manager');
  });

  it('saves once while a save is under way: a second submit is ignored and the button says it is busy', async () => {
    const { memory, adapter: slow, release, puts } = gatedWrites();
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${slow} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-check-in manager-id="k1" session-id="s1" value="1 2"></taiwa-level-check-in>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-level-check-in')!;
    await el.updateComplete;
    let submitted = 0;
    el.addEventListener('taiwa-submit', () => submitted++);
    const first = el.submit();
    const button = q<HTMLButtonElement>(el, '[part="submit"]')!;
    button.click();
    const second = await el.submit();
    await el.updateComplete;
    expect(second).to.equal(undefined);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '[part="status"]')).to.equal('Saving…');
    release();
    expect(await first).to.include({ level: 2, sessionId: 's1' });
    await el.updateComplete;
    expect(puts()).to.equal(1);
    expect(submitted).to.equal(1);
    expect(memory.all('level')).to.have.length(1);
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('gives another session its own record, never overwriting the one before', async () => {
    // Outside a provider: the host stores what taiwa-submit carries, by id.
    const el = await checkIn(html`<taiwa-level-check-in lang="en" member-id="m1" manager-id="k1" session-id="s1"></taiwa-level-check-in>`);
    for (const i of [0, 1]) qa<HTMLInputElement>(el, 'input')[i]!.click();
    const one = (await el.submit())!;
    expect(one).to.include({ sessionId: 's1', level: 2 });
    el.sessionId = 's2';
    await el.updateComplete;
    expect(el.values).to.deep.equal([]);
    expect(text(el, '[part="status"]')).to.equal('');
    for (const i of [0, 1, 2, 3]) qa<HTMLInputElement>(el, 'input')[i]!.click();
    const two = (await el.submit())!;
    expect(two).to.include({ sessionId: 's2', level: 4 });
    expect(two.id).to.not.equal(one.id);
    // Within a session, saving again still updates the same record.
    qa<HTMLInputElement>(el, 'input')[4]!.click();
    expect((await el.submit())!.id).to.equal(two.id);

    // Inside a provider too, with the first session's record in the store.
    const adapter = createMemoryAdapter();
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-check-in manager-id="k1" session-id="s1"></taiwa-level-check-in>
      </taiwa-provider>`,
    );
    const inside = provider.querySelector('taiwa-level-check-in')!;
    await inside.updateComplete;
    for (const i of [0, 1, 2]) qa<HTMLInputElement>(inside, 'input')[i]!.click();
    const s1 = (await inside.submit())!;
    inside.sessionId = 's2';
    await inside.updateComplete;
    expect(inside.values).to.deep.equal([]);
    expect(inside.matches(':state(saved)')).to.equal(false);
    for (const i of [0, 1, 2, 3, 4, 5]) qa<HTMLInputElement>(inside, 'input')[i]!.click();
    const s2 = (await inside.submit())!;
    expect(s2.id).to.not.equal(s1.id);
    expect(adapter.all('level').map((r) => [r.sessionId, r.level])).to.have.deep.members([
      ['s1', 3],
      ['s2', 6],
    ]);
    inside.sessionId = 's1';
    await inside.updateComplete;
    expect(inside.values).to.deep.equal(['1', '2', '3']);
    expect(inside.matches(':state(saved)')).to.equal(true);
  });

  it('over an outbox while offline says "saved on this device", then "saved" once it is sent', async () => {
    const memory = createMemoryAdapter();
    let online = false;
    const remote: TaiwaAdapter = {
      local: false,
      query: (kind, query) => memory.query(kind, query),
      put: async (kind, record) => {
        if (!online) throw Object.assign(new Error('offline'), { code: 'network' });
        await memory.put(kind, record);
      },
    };
    const outbox = withOutbox(remote, { viewerId: 'm1', dbName: `check-in-outbox-${crypto.randomUUID()}`, baseDelayMs: 5, maxDelayMs: 20 });
    try {
      const provider = await fixture<TaiwaProvider>(
        html`<taiwa-provider lang="en" .adapter=${outbox} .viewer=${{ id: 'm1', role: 'member' }}>
          <taiwa-level-check-in manager-id="k1" session-id="s1" value="1 2 3"></taiwa-level-check-in>
        </taiwa-provider>`,
      );
      const el = provider.querySelector('taiwa-level-check-in')!;
      await el.updateComplete;
      const record = (await el.submit())!;
      await el.updateComplete;
      expect(text(el, '[part="status"]')).to.equal('Saved on this device: level 3. It will be sent when you are online.');
      expect(memory.all('level')).to.have.length(0);
      online = true;
      await outbox.flush({ all: true });
      await waitUntil(() => outbox.stateOf('level', record.id) === 'sent');
      await el.updateComplete;
      expect(memory.all('level').map((r) => r.id)).to.deep.equal([record.id]);
      expect(text(el, '[part="status"]')).to.equal('Saved: level 3.');
      await expect(el).to.be.accessible();
    } finally {
      outbox.close();
    }
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
