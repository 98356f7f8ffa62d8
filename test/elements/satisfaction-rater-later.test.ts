/**
 * The rater's summary (the read-only answer and, for the manager, the perception gap) is not part
 * of its form: it loads once there is an answer to show. Held back by the `summaryViews` seam, a
 * submit still saves at once, a second press adds nothing, and the summary shows, with the one
 * `taiwa-submit`, once the templates arrive; a stored answer is read with its summary in one render.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Feedback } from '../../src/model/schemas.js';
import { agendaOf, AT, feedback, member, session } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { summarySheet } from '../../src/elements/satisfaction-rater/satisfaction-rater.summary-styles.js';
import { raterStyles } from '../../src/elements/satisfaction-rater/satisfaction-rater.styles.js';
import { clearWriteAhead, setReplayLoader } from '../../src/core/write-ahead.js';
import { fixture } from '@open-wc/testing';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';

const agenda = agendaOf([{ id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'private', proposedBy: 'member' }]);

function heldRater() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = 0;
  class HeldRater extends TaiwaSatisfactionRater {
    static override summaryViews = async () => {
      asked++;
      await held;
      return TaiwaSatisfactionRater.summaryViews();
    };
  }
  const tag = `held-rater-${Math.random().toString(36).slice(2)}`;
  customElements.define(tag, HeldRater);
  return { tag, release, asked: () => asked };
}

async function mount(tag: string, lang: string, stored: Feedback[] = []) {
  const adapter = createMemoryAdapter({ session: [session], agenda: [agenda], feedback: stored });
  const t = unsafeStatic(tag);
  const inner = staticHtml`<${t} session-id="s1"></${t}>`;
  const { el } = await inProvider(tag as 'taiwa-satisfaction-rater', inner, {
    adapter,
    viewer: member,
    drafts: createMemoryDraftStore(),
    lang,
  });
  return { el: el as TaiwaSatisfactionRater, adapter };
}

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

describe('taiwa-satisfaction-rater: the summary after the form', () => {
  for (const lang of ['en', 'ja']) {
    it(`(${lang}) a submit before the summary's templates arrive saves at once, once, and shows the summary when they do`, async () => {
      const { tag, release, asked } = heldRater();
      const { el, adapter } = await mount(tag, lang);
      expect(Boolean(q(el, '[part~="item-label"]')), 'the form is on screen').to.equal(true);
      expect(asked(), 'nothing asked for before an answer').to.equal(0);
      expect(el.shadowRoot!.adoptedStyleSheets.includes(summarySheet!), "the summary's styles come with it").to.equal(false);
      q(el, 'input[name="overall"][value="4"]')!.click();
      await el.updateComplete;
      const submits: Event[] = [];
      el.addEventListener('taiwa-submit', (e) => submits.push(e));
      q(el, '[part="submit"]')!.click();
      await waitUntil(() => adapter.all('feedback').length === 1, 'saved while the summary is held');
      // A second press while the summary loads adds nothing.
      q(el, '[part="submit"]')?.click();
      expect(asked()).to.equal(1);
      expect(submits).to.have.length(0);
      release();
      await el.updateComplete;
      await waitUntil(() => q(el, '[part~="summary"]'), 'the summary once released');
      expect(adapter.all('feedback')).to.have.length(1);
      expect(adapter.all('feedback')[0]).to.include({ overall: 4, by: 'member' });
      expect(submits).to.have.length(1);
      expect(q(el, '[part~="summary"]')!.textContent ?? '').to.contain('4');
      // Its styles came with it, after the form's: the answers are a two-column grid.
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      expect(sheets.indexOf(summarySheet!)).to.be.greaterThan(sheets.indexOf(raterStyles.styleSheet!));
      expect(getComputedStyle(q(el, '[part~="summary"] dl')!).display).to.equal('grid');
      await expect(el).to.be.accessible();
    });
  }

  it('a stored answer comes with its summary: no form is shown before it', async () => {
    const { tag, release, asked } = heldRater();
    const own = feedback({ id: 'f1', overall: 5, submittedAt: AT });
    const mounted = mount(tag, 'en', [own]);
    await waitUntil(() => asked() === 1, 'asked with the stored answer');
    const el = document.querySelector(tag) as TaiwaSatisfactionRater;
    // Still loading (as while any slow read): the answer is not shown without its summary.
    expect(Boolean(q(el, '[part~="summary"]'))).to.equal(false);
    expect(el.matches(':state(loading)'), 'loading while the summary is held').to.equal(true);
    release();
    await mounted;
    expect(Boolean(q(el, '[part~="summary"]')), 'the summary').to.equal(true);
    expect(Boolean(q(el, '[part~="overall"]')), 'no form').to.equal(false);
    expect(asked()).to.equal(1);
  });

  it("the summary's words come with it, and follow a change of language", async () => {
    const own = feedback({ id: 'f1', overall: 5, submittedAt: AT });
    const { tag, release } = heldRater();
    release();
    const { el } = await mount(tag, 'en', [own]);
    expect(q(el, '[part~="summary"] dt')!.textContent).to.equal('Overall');
    expect(q(el, '[part="status"]')!.textContent).to.equal('Thank you. Your answers were sent to your manager.');
    el.lang = 'ja';
    await waitUntil(() => q(el, '[part~="summary"] dt')?.textContent === '全体', 'the summary in Japanese', { timeout: 10000 });
    expect(q(el, '[part="status"]')!.textContent).to.equal('ありがとうございました。回答をマネジャーに送りました。');
    expect(q(el, '[part~="summary"]')!.textContent).to.contain('5');
    await expect(el).to.be.accessible();
  });

  it('an answer given before the draft code after content arrives is kept at once, and a reload shows it', async () => {
    // The device's default draft store (no `drafts` given), with the code that replays and confirms
    // a draft's copy held back: the answer must not wait for it.
    const viewer = { ...member, id: `m-held-${Math.random().toString(36).slice(2)}` };
    let arrive!: () => void;
    const arrived = new Promise<void>((r) => (arrive = r));
    const restore = setReplayLoader(() => arrived.then(() => import('../../src/core/write-ahead-replay.js')));
    const { tag, release } = heldRater();
    release();
    const t = unsafeStatic(tag);
    const adapter = createMemoryAdapter({ session: [{ ...session, memberId: viewer.id }], agenda: [{ ...agenda, memberId: viewer.id }] });
    const page = () =>
      fixture<TaiwaProvider>(
        staticHtml`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${viewer}><${t} session-id="s1"></${t}></taiwa-provider>`,
      );
    try {
      let provider = await page();
      let el = provider.firstElementChild as TaiwaSatisfactionRater;
      await waitUntil(() => q(el, 'input[name="overall"][value="4"]'), 'the form', { timeout: 10000 });
      q(el, 'input[name="overall"][value="4"]')!.click();
      // Kept synchronously: the form's value and the device's copy, in the click's own task.
      expect(el.value).to.equal('4');
      const copies = Object.keys(localStorage).filter((k) => k.startsWith('taiwa-wa:') && k.includes(encodeURIComponent(viewer.id)));
      expect(copies).to.have.length(1);
      expect(JSON.parse(localStorage.getItem(copies[0]!)!).value.overall).to.equal('4');
      // The page goes away before the held code ever arrived; the next page load has it.
      provider.remove();
      arrive();
      provider = await page();
      el = provider.firstElementChild as TaiwaSatisfactionRater;
      await waitUntil(() => el.value === '4', 'the answer restored after the reload', { timeout: 10000 });
      expect(q(el, 'input[name="overall"][value="4"]')!.matches(':checked')).to.equal(true);
      expect(q(el, '[part="status"]')!.textContent).to.equal('Your unsent answers were restored.');
    } finally {
      restore();
      clearWriteAhead(viewer.id);
    }
  });
});

describe('taiwa-satisfaction-rater: the submit module fails to load', () => {
  it('shows the error, fires taiwa-error, keeps the answers, and a later submit saves', async () => {
    let fail = true;
    class FailingRater extends TaiwaSatisfactionRater {
      static override recordModule = () =>
        fail ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : TaiwaSatisfactionRater.recordModule();
    }
    const tag = `failing-rater-${Math.random().toString(36).slice(2)}`;
    customElements.define(tag, FailingRater);
    const { el, adapter } = await mount(tag, 'en');
    q(el, 'input[name="overall"][value="4"]')!.click();
    await el.updateComplete;
    const errors: Event[] = [];
    el.addEventListener('taiwa-error', (e) => errors.push(e));
    q(el, '[part="submit"]')!.click();
    await el.updateComplete;
    await waitUntil(() => q(el, '[part="error"]'), 'the error is shown');
    expect(q(el, '[part="error"]')!.textContent).to.contain('Failed to fetch dynamically imported module');
    expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(errors).to.have.length(1);
    expect(adapter.all('feedback')).to.have.length(0);
    expect((q(el, 'input[name="overall"][value="4"]') as HTMLInputElement).checked, 'the answer is kept').to.equal(true);
    fail = false;
    q(el, '[part="submit"]')!.click();
    await waitUntil(() => adapter.all('feedback').length === 1, 'saved once the module loads');
    expect(adapter.all('feedback')[0]).to.include({ overall: 4 });
  });
});

describe("taiwa-satisfaction-rater: the summary's words fail to load", () => {
  it('a saved answer still says so (taiwa-submit), shows the error, and the summary comes when back online', async () => {
    let fail = true;
    class WordlessRater extends TaiwaSatisfactionRater {
      static override summaryViews = async () => {
        const m = await TaiwaSatisfactionRater.summaryViews();
        const ja = m.strings.ja as () => Promise<{ default: unknown }>;
        return {
          ...m,
          strings: { ...m.strings, ja: () => (fail ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : ja()) },
        } as typeof m;
      };
    }
    const tag = `wordless-rater-${Math.random().toString(36).slice(2)}`;
    customElements.define(tag, WordlessRater);
    const { el, adapter } = await mount(tag, 'ja');
    q(el, 'input[name="overall"][value="4"]')!.click();
    await el.updateComplete;
    const submits: Event[] = [];
    el.addEventListener('taiwa-submit', (e) => submits.push(e));
    q(el, '[part="submit"]')!.click();
    await waitUntil(() => submits.length === 1, 'taiwa-submit for the saved answer', { timeout: 10000 });
    expect(adapter.all('feedback')).to.have.length(1);
    expect(el.matches(':state(submitted)'), 'shown as sent').to.equal(true);
    await waitUntil(() => q(el, '[part="error"]'), 'the failure is shown');
    expect(q(el, '[part="error"]')!.textContent).to.contain('Failed to fetch dynamically imported module');
    expect(Boolean(q(el, '[part~="overall"]')), 'no form to send again').to.equal(false);
    fail = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => q(el, '[part~="summary"] dt')?.textContent === '全体', 'the summary once back online', { timeout: 10000 });
    expect(Boolean(q(el, '[part="error"]')), 'the error is gone').to.equal(false);
    expect(adapter.all('feedback')).to.have.length(1);
    expect(submits).to.have.length(1);
  });
});
