// Truthful pure mode: a widget never says "sent" when nothing was sent, and a 1on1 whose session or
// people are unknown is a developer error (console.error and taiwa-error) while the member reads one
// plain sentence (GLOSSARY.md, row 12).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/satisfaction-rater/define.js';
import '../../src/elements/level-check-in/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaLevelCheckIn } from '../../src/elements/level-check-in/level-check-in.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { TaiwaErrorEvent, TaiwaSubmitEvent } from '../../src/events/index.js';
import type { Feedback } from '../../src/model/schemas.js';

const JA = 'この1on1の情報を読み込めませんでした。お手数ですが、システム管理者にお問い合わせください。';
const EN = 'The information for this 1:1 could not be loaded. Please contact your system administrator.';

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const status = (el: Element) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

async function settle(el: TaiwaSatisfactionRater) {
  await el.updateComplete;
  await el.updateComplete;
}

/** Chooses the overall rating and presses the submit button. */
async function rateAndSend(el: TaiwaSatisfactionRater, overall = '4') {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="overall"][value="${overall}"]`)!.click();
  await settle(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

function captureConsoleErrors(): { errors: unknown[]; restore(): void } {
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(...args);
  return { errors, restore: () => (console.error = original) };
}

/**
 * Rates and sends where the widget must refuse: the `taiwa-error` it fires, what reached the console
 * meanwhile, and how many `taiwa-submit` events fired.
 */
async function sendRefused(el: TaiwaSatisfactionRater, overall = '4') {
  await settle(el);
  let submits = 0;
  el.addEventListener('taiwa-submit', () => submits++);
  const reported = oneEvent(el, 'taiwa-error') as Promise<TaiwaErrorEvent>;
  const console_ = captureConsoleErrors();
  try {
    await rateAndSend(el, overall);
    const { error } = (await reported).detail as { error: Error & { field?: string } };
    await settle(el);
    return { error, consoleErrors: console_.errors, submits: () => submits };
  } finally {
    console_.restore();
  }
}

describe('truthful pure mode: taiwa-satisfaction-rater', () => {
  for (const [lang, notSent] of [
    ['en', 'Your answers are entered in this form. This form has not sent them to your manager.'],
    ['ja', '回答はこのフォームに入力されています。このフォームからはマネジャーに送信されていません。'],
  ] as const) {
    it(`outside a provider (${lang}) fires the answers as an event and says they were not sent`, async () => {
      const el = await fixture<TaiwaSatisfactionRater>(
        html`<taiwa-satisfaction-rater lang=${lang} session-id="s1" member-id="m1" manager-id="k1"></taiwa-satisfaction-rater>`,
      );
      await settle(el);
      const submitted = oneEvent(el, 'taiwa-submit') as Promise<TaiwaSubmitEvent>;
      await rateAndSend(el);
      const record = (await submitted).detail.record as Feedback;
      await settle(el);
      expect(record).to.include({ sessionId: 's1', memberId: 'm1', managerId: 'k1', overall: 4 });
      expect(status(el)).to.equal(notSent);
      expect(status(el)).not.to.match(/was sent|送りました/);
      await expect(el).to.be.accessible();
    });
  }

  it('in a provider, a session the adapter does not know: nothing is saved, the member reads the glossary sentence, the developer the detail', async () => {
    const adapter = createMemoryAdapter();
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="ja" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }} .drafts=${createMemoryDraftStore()}>
        <taiwa-satisfaction-rater session-id="s-unknown"></taiwa-satisfaction-rater>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-satisfaction-rater')!;
    const { error, consoleErrors, submits } = await sendRefused(el);
    expect(error.name).to.equal('TaiwaDataError');
    expect(error.field).to.equal('managerId');
    expect(error.message).to.contain('manager-id').and.contain('s-unknown');
    expect(consoleErrors).to.include(error);
    expect(adapter.all('feedback')).to.deep.equal([]);
    expect(submits()).to.equal(0);
    const text = shown(el);
    expect(text).to.contain(JA);
    expect(text).not.to.match(/managerId|Invalid input|manager-id|送りました/);
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('outside a provider without a session id: the same plain sentence (en), and no event with empty ids', async () => {
    const el = await fixture<TaiwaSatisfactionRater>(html`<taiwa-satisfaction-rater lang="en"></taiwa-satisfaction-rater>`);
    const { error, consoleErrors, submits } = await sendRefused(el, '3');
    expect(error.field).to.equal('sessionId');
    expect(consoleErrors).to.have.length(1);
    expect(submits()).to.equal(0);
    expect(shown(el)).to.contain(EN);
    // The answer is kept in the form: choosing again clears the sentence.
    expect(el.value).to.equal('3');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="overall"][value="4"]')!.click();
    await settle(el);
    expect(shown(el)).not.to.contain(EN);
  });
});

describe('truthful pure mode: taiwa-level-check-in', () => {
  it('outside a provider says the level was answered, not saved', async () => {
    const el = await fixture<TaiwaLevelCheckIn>(html`<taiwa-level-check-in lang="ja" method="direct" member-id="m1" manager-id="k1" value="3"></taiwa-level-check-in>`);
    await el.updateComplete;
    const record = await el.submit();
    await el.updateComplete;
    expect(record).to.include({ memberId: 'm1', managerId: 'k1', level: 3 });
    expect(status(el)).to.equal('回答しました：レベル3。このフォームからは保存も送信もされていません。');
    await expect(el).to.be.accessible();
  });

  it('without its people: a developer error for the console and taiwa-error, the glossary sentence for the member', async () => {
    const el = await fixture<TaiwaLevelCheckIn>(html`<taiwa-level-check-in lang="ja" member-id="m1" value="2"></taiwa-level-check-in>`);
    await el.updateComplete;
    const reported: Error[] = [];
    el.addEventListener('taiwa-error', (e) => reported.push((e as TaiwaErrorEvent).detail.error));
    const console_ = captureConsoleErrors();
    try {
      expect(await el.submit()).to.equal(undefined);
    } finally {
      console_.restore();
    }
    await el.updateComplete;
    expect(reported).to.have.length(1);
    expect(reported[0]).to.include({ name: 'TaiwaDataError', field: 'managerId' });
    expect(reported[0]!.message).to.contain('manager-id');
    expect(console_.errors).to.deep.equal(reported);
    expect(el.shadowRoot!.querySelector('[part="problem"]')!.textContent!.trim()).to.equal(JA);
    expect(shown(el)).not.to.contain('manager-id');
  });
});

describe('truthful pure mode: taiwa-agenda', () => {
  async function compose(el: TaiwaAgenda) {
    await el.updateComplete;
    const picker = el.shadowRoot!.querySelector('taiwa-topic-picker')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="career"]')!.click();
    await el.updateComplete;
    const selector = el.shadowRoot!.querySelector('taiwa-response-selector')!;
    await (selector as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    selector.shadowRoot!.querySelector<HTMLInputElement>('input[data-topic="career"][value="listen"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  }

  it('outside a provider fires the agenda as an event and says it was not shared', async () => {
    const el = await fixture<TaiwaAgenda>(html`<taiwa-agenda lang="en" session-id="s9" member-id="m9"></taiwa-agenda>`);
    const submitted = oneEvent(el, 'taiwa-submit') as Promise<TaiwaSubmitEvent>;
    await compose(el);
    expect((await submitted).detail.record).to.include({ sessionId: 's9', memberId: 'm9' });
    await el.updateComplete;
    expect(status(el)).to.equal('Your agenda is complete in this form. This form has not shared it with your manager.');
    expect(shown(el)).not.to.match(/submitted|shared with your manager\./i);
    await expect(el).to.be.accessible();
  });

  it('without a member: nothing is fired, the developer reads why, the member the glossary sentence', async () => {
    const el = await fixture<TaiwaAgenda>(html`<taiwa-agenda lang="ja" session-id="s9"></taiwa-agenda>`);
    let submits = 0;
    el.addEventListener('taiwa-submit', () => submits++);
    const reported = oneEvent(el, 'taiwa-error') as Promise<TaiwaErrorEvent>;
    const console_ = captureConsoleErrors();
    try {
      await compose(el);
      expect((await reported).detail.error).to.include({ name: 'TaiwaDataError', field: 'memberId' });
      expect(console_.errors).to.have.length(1);
    } finally {
      console_.restore();
    }
    await el.updateComplete;
    expect(submits).to.equal(0);
    expect(status(el)).to.equal(JA);
  });
});
