/**
 * The agenda as the manager sees it on a 390 px screen, in the demo's card: a 316 px box (390 less
 * the page's and the card's padding), in the demo's fonts, in English and Japanese. The English
 * topic labels are the long ones: the "propose a topic" select is as wide as its longest option
 * unless it may shrink, and it once pushed the agenda to 325 px (the demo walk's finding). Before
 * and after the member shares the agenda (the shared one has the manager's hint panels).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Agenda } from '../../src/model/schemas.js';
import { agendaOf, AT, manager, session } from '../helpers/records.js';
import { overflowing } from '../helpers/overflow.js';

const shared: Agenda = {
  ...agendaOf([
    {
      id: 'i1',
      topicId: 'career',
      responseId: 'think-together',
      memoVisibility: 'shared',
      memo: 'Whether to apply for the platform-engineering rotation',
      proposedBy: 'member',
    },
    { id: 'i2', topicId: 'work', responseId: 'advice', memoVisibility: 'private', proposedBy: 'member' },
  ]),
  submittedAt: AT,
};

async function mount(lang: string, agendas: Agenda[]) {
  const adapter = createMemoryAdapter({ session: [session], agenda: agendas });
  const frame = await fixture(
    html`<div style="inline-size: 316px; font-family: system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', sans-serif">
      <taiwa-provider lang=${lang} .adapter=${adapter} .viewer=${manager} .drafts=${createMemoryDraftStore()}>
        <taiwa-agenda session-id="s1" member-id="m1"></taiwa-agenda>
      </taiwa-provider>
    </div>`,
  );
  const el = frame.querySelector('taiwa-agenda') as HTMLElement & { updateComplete: Promise<unknown> };
  // Settled: the manager's view (its title) is rendered, not the loading line.
  for (let i = 0; i < 300 && !el.shadowRoot?.querySelector('[part="base"] [part="title"]'); i++) {
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
  }
  await document.fonts.ready;
  return el;
}

describe('390 × 844, the manager’s agenda in the demo’s 316 px card', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
    document.body.style.margin = '0';
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'ja'])
    for (const [state, agendas] of [
      ['not shared yet', []],
      ['shared', [shared]],
    ] as const)
      it(`fits, ${state}, ${lang}`, async () => {
        const el = await mount(lang, [...agendas]);
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="propose-select"]');
        // The case this guards: the select of topics to propose is there.
        expect(select, 'the propose select').to.not.equal(null);
        expect(overflowing(el, 390).join(' | ')).to.equal('');
        expect(el.getBoundingClientRect().width).to.equal(316);
        // Narrower than its longest option, every option still reads in full in the open list.
        expect(select!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        await expect(el).to.be.accessible();
      });
});
