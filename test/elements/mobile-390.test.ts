/**
 * Every form and summary at 390 × 844, in English and Japanese (with Noto Sans CJK, installed by
 * .ci/run): no element in the widgets' shadow roots scrolls horizontally and no text is clipped
 * (scrollWidth ≤ clientWidth everywhere), except the strength map's one scroll container, whose
 * topic column stays put (sticky). Each form says who will see what before it is sent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Feedback, Viewer } from '../../src/model/schemas.js';
import { agendaOf, AT, manager, member, session } from '../helpers/records.js';
import { overflowing } from '../helpers/overflow.js';

const agenda = agendaOf([
  { id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'shared', proposedBy: 'member' },
  { id: 'i2', topicId: 'work', responseId: 'advice', memoVisibility: 'private', proposedBy: 'member' },
]);
const items = [
  { id: 'i1', topicId: 'career', responseId: 'listen' },
  { id: 'i2', topicId: 'work', responseId: 'advice' },
];
const TOPICS = ['career', 'work', 'skills', 'wellbeing', 'policy', 'private'];
const RESPONSES = ['listen', 'advice', 'think-together', 'opinion', 'report'];
const feedback: Feedback[] = Array.from({ length: 90 }, (_, i) => ({
  id: `f${i}`,
  createdAt: new Date(Date.parse(AT) + i * 60_000).toISOString(),
  updatedAt: AT,
  sessionId: `s${i}`,
  memberId: `u${i % 4}`,
  managerId: 'boss',
  by: 'member',
  scale: { min: 1, max: 5 },
  overall: 1 + (i % 5),
  items: [{ topicId: TOPICS[i % 6]!, responseId: RESPONSES[(i * 7) % 5]!, rating: 1 + ((i * 3) % 5) }],
}));

async function mount(lang: string, viewer: Viewer, inner: TemplateResult) {
  const adapter = createMemoryAdapter({ session: [session], agenda: [agenda], feedback });
  const provider = await fixture(
    html`<div style="inline-size: 100%; box-sizing: border-box; padding: 16px">
      <taiwa-provider lang=${lang} .adapter=${adapter} .viewer=${viewer} .drafts=${createMemoryDraftStore()}>${inner}</taiwa-provider>
    </div>`,
  );
  const el = provider.querySelector('taiwa-provider')!.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  for (let i = 0; i < 5; i++) await el.updateComplete;
  await document.fonts.ready;
  return el;
}

const screens: [string, Viewer, TemplateResult, boolean][] = [
  ['rater (member form)', member, html`<taiwa-satisfaction-rater session-id="s1"></taiwa-satisfaction-rater>`, true],
  ['rater (manager form)', manager, html`<taiwa-satisfaction-rater session-id="s1"></taiwa-satisfaction-rater>`, true],
  ['level check-in', member, html`<taiwa-level-check-in session-id="s1"></taiwa-level-check-in>`, true],
  ['agenda', member, html`<taiwa-agenda session-id="s1"></taiwa-agenda>`, true],
  ['strength map', manager, html`<taiwa-strength-map></taiwa-strength-map>`, false],
  ['sync status', member, html`<taiwa-sync-status></taiwa-sync-status>`, false],
];

describe('390 × 844', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
    document.body.style.margin = '0';
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('has the Japanese fonts the check measures with', async () => {
    await document.fonts.load('16px "Noto Sans CJK JP"');
    expect(document.fonts.check('16px "Noto Sans CJK JP"', 'あ')).to.equal(true);
  });

  for (const lang of ['en', 'ja']) {
    for (const [name, viewer, inner, form] of screens) {
      it(`${name} fits, ${lang}`, async () => {
        const el = await mount(lang, viewer, inner);
        expect(overflowing(el), name).to.deep.equal([]);
        if (form)
          expect(el.shadowRoot!.querySelector('[part~="who-sees"]')?.textContent ?? '').to.match(/^(Who will see this:|閲覧できる人：)/);
        await expect(el).to.be.accessible();
      });
    }
    it(`the rater's summary and the strength map's sticky topic column, ${lang}`, async () => {
      const rater = await mount(lang, member, html`<taiwa-satisfaction-rater session-id="s1"></taiwa-satisfaction-rater>`);
      for (const v of ['5', '1']) (rater.shadowRoot!.querySelector(`input[name="overall"][value="${v}"]`) as HTMLInputElement).click();
      (rater.shadowRoot!.querySelector('input[name="r0"][value="2"]') as HTMLInputElement).click();
      await rater.updateComplete;
      (rater.shadowRoot!.querySelector('[part="submit"]') as HTMLButtonElement).click();
      for (let i = 0; i < 50 && !rater.shadowRoot!.querySelector('[part="summary"]'); i++) await new Promise(requestAnimationFrame);
      expect(rater.shadowRoot!.querySelector('[part="summary"]')).to.not.equal(null);
      expect(overflowing(rater)).to.deep.equal([]);
      const map = await mount(lang, manager, html`<taiwa-strength-map></taiwa-strength-map>`);
      const th = map.shadowRoot!.querySelector('tbody th')!;
      expect(getComputedStyle(th).position).to.equal('sticky');
      const caption = map.shadowRoot!.querySelector('caption')!;
      expect(caption.scrollWidth).to.be.at.most(caption.clientWidth);
    });
  }

  it('the rater’s scale is one point per row', async () => {
    const rater = await mount(
      'en',
      member,
      html`<taiwa-satisfaction-rater .items=${items} member-id="m1" manager-id="boss"></taiwa-satisfaction-rater>`,
    );
    const points = [...rater.shadowRoot!.querySelectorAll('[part="overall"] [part="point"]')].map((p) => p.getBoundingClientRect().top);
    expect(new Set(points.map(Math.round)).size).to.equal(5);
    const box = rater.shadowRoot!.querySelector<HTMLInputElement>('input[name="share"]')!.getBoundingClientRect();
    const words = rater.shadowRoot!.querySelector('.switch span')!.getBoundingClientRect();
    // The switch stays beside its words.
    expect(Math.abs(words.top - box.top)).to.be.below(12);
    expect(words.left - box.right).to.be.within(0, 16);
  });
});
