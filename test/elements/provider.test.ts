import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { DraftStore } from '../../src/adapters/drafts.js';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { draftsContext } from '../../src/core/context.js';

/** Records every draft store the provider hands its widgets, in order. */
class DraftsProbe extends LitElement {
  readonly seen: (DraftStore | undefined)[] = [];
  readonly drafts = new ContextConsumer(this, { context: draftsContext, subscribe: true, callback: (v) => this.seen.push(v) });
}
customElements.define('taiwa-test-drafts-probe', DraftsProbe);

const labels = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((l) => l.textContent!.trim());

async function mount(adapter: TaiwaAdapter = createMemoryAdapter()) {
  const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang="ja" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
    <section><taiwa-topic-picker></taiwa-topic-picker></section>
  </taiwa-provider>`);
  const picker = provider.querySelector<TaiwaTopicPicker>('taiwa-topic-picker')!;
  await picker.updateComplete;
  return { provider, picker };
}

describe('taiwa-provider', () => {
  it('is accessible and adds no box of its own', async () => {
    const { provider } = await mount();
    await expect(provider).to.be.accessible();
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('gives its locale to the widgets inside and follows a change of the property', async () => {
    const { provider, picker } = await mount();
    expect(labels(picker)[0]).to.equal('業務の進捗や進め方');
    provider.lang = 'en';
    await provider.updateComplete;
    await picker.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('en');
    expect(labels(picker)[0]).to.equal('Progress and ways of working');
  });

  it('applies its catalogue, and the adapter\'s before it, to every widget inside', async () => {
    const adapter: TaiwaAdapter = { ...createMemoryAdapter(), catalog: async () => ({ topics: [{ id: 'okr', label: '目標' }] }) };
    const { provider, picker } = await mount(adapter);
    expect(labels(picker)[0]).to.equal('目標');
    provider.catalog = { topics: [{ id: 'okr', label: 'OKR（四半期）' }, { id: 'work', disabled: true }] };
    await provider.updateComplete;
    await picker.updateComplete;
    expect(labels(picker).slice(0, 2)).to.deep.equal(['OKR（四半期）', '業務の進捗や進め方 (選択できません)']);
  });

  it('shows a failing adapter catalogue as the widget\'s error state, with the defaults still usable', async () => {
    const adapter: TaiwaAdapter = {
      ...createMemoryAdapter(),
      catalog: async () => {
        throw new Error('catalogue service down');
      },
    };
    const { picker } = await mount(adapter);
    expect(picker.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('catalogue service down');
    expect(labels(picker)).to.have.length(8);
  });

  it('keeps one draft store per viewer id, and clears it at once when the viewer really changes', async () => {
    const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .viewer=${{ id: 'u1', role: 'member' }}>
      <taiwa-test-drafts-probe></taiwa-test-drafts-probe>
    </taiwa-provider>`);
    const probe = provider.querySelector<DraftsProbe>('taiwa-test-drafts-probe')!;
    await waitUntil(() => probe.drafts.value !== undefined);
    const first = probe.drafts.value!;
    // The same viewer in a new object (a host that rebuilds it on every render): the same store.
    provider.viewer = { id: 'u1', role: 'member' };
    await provider.updateComplete;
    await import('../../src/adapters/drafts.js');
    await Promise.resolve();
    expect(probe.drafts.value).to.equal(first);
    expect(probe.seen.filter(Boolean)).to.have.length(1);
    // Another viewer: u2's store at once (its code loads on first use), never u1's meanwhile.
    provider.viewer = { id: 'u2', role: 'member' };
    await provider.updateComplete;
    expect(probe.drafts.value).to.not.equal(first);
    expect(probe.drafts.value).to.not.equal(undefined);
    const values = probe.seen.slice(probe.seen.indexOf(first));
    expect(values).to.have.length(2);
    expect(values[0]).to.equal(first);
    expect(values[1]).to.not.equal(first);
    // A store the host gives wins; taking it away brings a default store back.
    const own: DraftStore = { get: async () => undefined, set: async () => {}, delete: async () => {}, keys: async () => [] };
    provider.drafts = own;
    await provider.updateComplete;
    expect(probe.drafts.value).to.equal(own);
    provider.drafts = undefined;
    await provider.updateComplete;
    await waitUntil(() => probe.drafts.value !== undefined);
    expect(probe.drafts.value).to.not.equal(own);
  });
});
