/**
 * Who sees what in the rater, as a matrix: the member's share switch (its default from the
 * adapter's policy, else the provider's, else off), the sentence before sending, what the record
 * carries, and what the manager's view shows of the member's answers in each case.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/satisfaction-rater/define.js';
import type { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { SharingPolicy, TaiwaAdapter } from '../../src/model/adapter.js';
import type { TaiwaSubmitEvent } from '../../src/events/index.js';
import type { Feedback, Viewer } from '../../src/model/schemas.js';
import { agendaOf, feedback, manager, member, session } from '../helpers/records.js';

type Rater = TaiwaSatisfactionRater;
const agenda = agendaOf([{ id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'shared', proposedBy: 'member' }]);
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(adapter: TaiwaAdapter, viewer: Viewer, policy?: SharingPolicy, lang = 'en') {
  const provider = await fixture<TaiwaProvider>(
    html`<taiwa-provider lang=${lang} .adapter=${adapter} .viewer=${viewer} .drafts=${createMemoryDraftStore()} .policy=${policy}
      ><taiwa-satisfaction-rater session-id="s1"></taiwa-satisfaction-rater
    ></taiwa-provider>`,
  );
  const el = provider.querySelector<Rater>('taiwa-satisfaction-rater')!;
  for (let i = 0; i < 4; i++) await el.updateComplete;
  return el;
}

/** A memory adapter with a backend's policy answer. */
function withPolicy(policy: SharingPolicy) {
  const inner = createMemoryAdapter({ session: [session], agenda: [agenda] });
  return Object.assign(inner, { policy: () => Promise.resolve(policy) });
}

async function rateAndSend(el: Rater) {
  q<HTMLInputElement>(el, 'input[name="overall"][value="2"]')!.click();
  q<HTMLInputElement>(el, 'input[name="r0"][value="1"]')!.click();
  await el.updateComplete;
  const sent = oneEvent(el, 'taiwa-submit') as Promise<TaiwaSubmitEvent>;
  q<HTMLButtonElement>(el, '[part="submit"]')!.click();
  const record = (await sent).detail.record as Feedback;
  await el.updateComplete;
  return record;
}

const fb = (over: Partial<Feedback>): Feedback =>
  feedback({
    id: 'f-member',
    overall: 2,
    items: [{ topicId: 'career', responseId: 'listen', rating: 1, agendaItemId: 'i1' }],
    comment: 'Please listen first.',
    ...over,
  });
const reflection: Feedback = { ...fb({}), id: 'f-boss', by: 'manager', overall: 4, comment: undefined } as Feedback;
delete (reflection as Partial<Feedback>).comment;

describe('who sees what: the rater', () => {
  // [where the default comes from, the adapter's policy, the provider's policy, switch expected on]
  const cases: [string, SharingPolicy | undefined, SharingPolicy | undefined, boolean, number][] = [
    ['nothing set: off', undefined, undefined, false, 3],
    ['the provider shares by default', undefined, { shareRatingsByDefault: true, k: 4 }, true, 4],
    [
      'the backend does not, whatever the provider says',
      { shareRatingsByDefault: false, k: 5 },
      { shareRatingsByDefault: true, k: 4 },
      false,
      5,
    ],
    ['the backend shares by default', { shareRatingsByDefault: true, k: 3 }, undefined, true, 3],
  ];
  for (const [title, backend, provided, on, k] of cases) {
    it(`member: ${title}; the sentence says who will see it, and the record keeps the choice`, async () => {
      const adapter = backend ? withPolicy(backend) : createMemoryAdapter({ session: [session], agenda: [agenda] });
      const el = await mount(adapter, member, provided);
      const box = q<HTMLInputElement>(el, 'input[name="share"]')!;
      expect(box.checked).to.equal(on);
      const sentence = text(q(el, '#who-sees'));
      expect(sentence).to.match(/^Who will see this:/);
      if (on) expect(sentence).to.contain('with your name');
      else expect(sentence).to.contain(`at least ${k} answers from two or more members`).and.contain('never with your name');
      expect(q(el, '[part="submit"]')!.getAttribute('aria-describedby')).to.equal('who-sees');
      await expect(el).to.be.accessible();
      const record = await rateAndSend(el);
      expect(record.sharedWithManager).to.equal(on);
      expect(text(q(el, '[part="summary"] [part~="who-sees"]'))).to.equal(
        on ? 'Shown to your manager with your name.' : 'Not shown to your manager with your name: counted only in totals.',
      );
    });
  }

  it('member: the switch works with the keyboard (Space), and its sentence follows; Japanese too', async () => {
    const el = await mount(createMemoryAdapter({ session: [session], agenda: [agenda] }), member, undefined, 'ja');
    const box = q<HTMLInputElement>(el, 'input[name="share"]')!;
    expect(text(q(el, '#who-sees'))).to.contain('名前は出ません');
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(text(q(el, '#who-sees'))).to.contain('名前付きで');
    expect(text(q(el, '.switch'))).to.equal('この1on1のすっきり度と回答を、名前付きでマネジャーに見せる');
    await expect(el).to.be.accessible();
    expect((await rateAndSend(el)).sharedWithManager).to.equal(true);
  });

  // [the member's choice, the policy's default, the manager sees the answers by name]
  const views: [boolean | undefined, boolean, boolean][] = [
    [true, false, true],
    [false, true, false],
    [false, false, false],
    [undefined, true, true],
    [undefined, false, false],
  ];
  for (const [choice, byDefault, named] of views) {
    it(`manager: member chose ${String(choice)}, policy default ${byDefault} → ${named ? 'the gap by name' : 'only the comment'}`, async () => {
      const member = fb(choice === undefined ? {} : { sharedWithManager: choice });
      const adapter = createMemoryAdapter({ session: [session], agenda: [agenda], feedback: [member, reflection] });
      for (const lang of ['en', 'ja']) {
        const el = await mount(adapter, manager, { shareRatingsByDefault: byDefault, k: 3 }, lang);
        expect(q(el, '[part="gap"]') !== null).to.equal(named);
        expect(q(el, '[part="not-shared"]') !== null).to.equal(!named);
        // The comment is addressed to the manager: shown either way.
        expect(text(q(el, '[part="comment"]'))).to.equal('Please listen first.');
        if (!named) expect(el.shadowRoot!.textContent).to.not.match(/Overall\s*2|全体\s*2/);
        await expect(el).to.be.accessible();
      }
    });
  }

  it('manager: the reflection form says only the manager will see it', async () => {
    const el = await mount(createMemoryAdapter({ session: [session], agenda: [agenda] }), manager);
    expect(q(el, 'input[name="share"]')).to.equal(null);
    expect(text(q(el, '#who-sees'))).to.equal('Who will see this: only you. Your reflection is not shown to the member or to HR.');
  });
});
