import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import { agendaOf, session } from '../helpers/records.js';

// Subclasses under their own tags count their renders; each class loads its strings and views afresh.
let renders = new Map<Element, number>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin constructor
const counted = <T extends new (...args: any[]) => HTMLElement>(Base: T) =>
  class extends Base {
    protected updated(changed: Map<PropertyKey, unknown>): void {
      (Base.prototype as unknown as { updated(c: unknown): void }).updated.call(this, changed);
      renders.set(this, (renders.get(this) ?? 0) + 1);
    }
  };
customElements.define('x-settle-picker', counted(TaiwaTopicPicker));
customElements.define('x-settle-picker-2', counted(TaiwaTopicPicker));
customElements.define('x-settle-rater', counted(TaiwaSatisfactionRater));
customElements.define('x-settle-rater-2', counted(TaiwaSatisfactionRater));

const agenda = agendaOf([{ id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'private', proposedBy: 'member' }]);

/** Waits until the element's work is done and two more frames passed without a render. */
async function settled(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

describe('an element settles in one pass', () => {
  beforeEach(() => (renders = new Map()));

  it('a picker with properties renders once, complete, the first time its class loads', async () => {
    const el = await fixture<TaiwaTopicPicker>(html`<x-settle-picker lang="en" value="career"></x-settle-picker>`);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('[part="option"]')).to.have.length(8);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="career"]')!.checked).to.equal(true);
    expect(renders.get(el)).to.equal(1);
  });

  it('a rater with properties renders once, complete', async () => {
    const el = await fixture<TaiwaSatisfactionRater>(html`<x-settle-rater lang="ja"></x-settle-rater>`);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('input[name="overall"]')).to.have.length(5);
    expect(renders.get(el)).to.equal(1);
  });

  it('with data from an adapter, a picker and a rater render at most twice', async () => {
    // The code that reads and checks records, and these classes' strings and views, load once per
    // page (beside the first render when there is an adapter); what is counted here is render passes.
    const warm = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .adapter=${createMemoryAdapter({ session: [session] })} .viewer=${{ id: 'm1', role: 'member' }} .drafts=${createMemoryDraftStore()}>
      <x-settle-rater-2 session-id="s1"></x-settle-rater-2><x-settle-picker-2 session-id="s1"></x-settle-picker-2>
    </taiwa-provider>`);
    for (const el of warm.children) await settled(el as TaiwaTopicPicker);
    renders = new Map();
    const adapter = createMemoryAdapter({ session: [session], agenda: [agenda] });
    const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }} .drafts=${createMemoryDraftStore()}>
      <x-settle-picker-2 session-id="s1" multiple></x-settle-picker-2>
      <x-settle-rater-2 session-id="s1"></x-settle-rater-2>
    </taiwa-provider>`);
    const picker = provider.querySelector<TaiwaTopicPicker>('x-settle-picker-2')!;
    const rater = provider.querySelector<TaiwaSatisfactionRater>('x-settle-rater-2')!;
    await settled(picker);
    await settled(rater);
    // The stored data are on screen.
    expect(picker.values).to.deep.equal(['career']);
    expect(rater.shadowRoot!.textContent).to.include('Future career');
    expect(renders.get(picker), 'picker renders').to.be.at.most(2);
    expect(renders.get(rater), 'rater renders').to.be.at.most(2);
  });
});
