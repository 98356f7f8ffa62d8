import { expect, fixture, html } from '@open-wc/testing';
import { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import { TaiwaLevelCheckIn } from '../../src/elements/level-check-in/level-check-in.js';
import type { TaiwaErrorEvent } from '../../src/events/index.js';
import '../../src/elements/provider/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';

// A host registers the exported classes under its own names and calls nothing of the kit's: each
// class carries its texts, in both languages. This file runs in its own page, so what it fetched is
// what such a page fetches.
customElements.define('my-picker', TaiwaTopicPicker);
customElements.define('my-check-in', TaiwaLevelCheckIn);

const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
const catalogueFiles = () => fetched().filter((p) => p.includes('/src/model/catalog/'));
const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((l) => l.textContent);

async function withErrors<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  template: ReturnType<typeof html>,
): Promise<{ el: T; errors: Error[] }> {
  const errors: Error[] = [];
  const listen = (e: Event) => errors.push((e as TaiwaErrorEvent).detail.error);
  document.addEventListener('taiwa-error', listen, true);
  try {
    const el = await fixture<T>(template);
    await el.updateComplete;
    return { el, errors };
  } finally {
    document.removeEventListener('taiwa-error', listen, true);
  }
}

describe('a class registered under a host’s own name', () => {
  it('renders its texts and the catalogue sections it shows in English, with no request for them', async () => {
    const picker = await fixture<TaiwaTopicPicker>(html`<my-picker lang="en"></my-picker>`);
    const checkIn = await fixture<TaiwaLevelCheckIn>(html`<my-check-in lang="en"></my-check-in>`);
    await picker.updateComplete;
    await checkIn.updateComplete;
    expect(labels(picker)[0]).to.equal('Progress and ways of working');
    expect(labels(checkIn)[3]).to.equal('A question or feedback gave me a new insight.');
    // The picker's English topics came with its module; a check-in shows no catalogue (its
    // statements are its strings), so it asks for none; nothing Japanese, no other section.
    expect(catalogueFiles()).to.have.members(['/src/model/catalog/en/topics.ts']);
    expect(fetched().filter((p) => p.endsWith('/ja.ts'))).to.deep.equal([]);
    // The direct question shows the levels: they are asked for where it is shown (the English copy,
    // one request, since no element on this page carries the English levels).
    const direct = await fixture<TaiwaLevelCheckIn>(html`<my-check-in lang="en" method="direct"></my-check-in>`);
    await direct.updateComplete;
    expect(labels(direct)[3]).to.equal('Level 4 · Questions and feedback');
    expect(catalogueFiles()).to.have.members(['/src/model/catalog/en/topics.ts', '/src/model/catalog/en-copy.ts']);
  });

  it('renders in Japanese too, loading that language’s strings and only the sections it shows', async () => {
    const picker = await fixture<TaiwaTopicPicker>(html`<my-picker lang="ja"></my-picker>`);
    const checkIn = await fixture<TaiwaLevelCheckIn>(html`<my-check-in lang="ja" method="direct"></my-check-in>`);
    await picker.updateComplete;
    await checkIn.updateComplete;
    expect(labels(picker)[0]).to.equal('業務の進捗や進め方');
    expect(picker.shadowRoot!.querySelector('legend')!.textContent).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(labels(checkIn)[3]).to.equal('レベル4 · 問いやフィードバック');
    expect(catalogueFiles()).to.have.members([
      '/src/model/catalog/en/topics.ts',
      '/src/model/catalog/en-copy.ts',
      '/src/model/catalog/ja/topics.ts',
      '/src/model/catalog/ja/levels.ts',
    ]);
  });

  it('checks an override over the sections it shows only: a check-in says nothing of bad topics, a picker does', async () => {
    const override = { topics: [{ id: 'okr', label: 'OKRs' }, { id: 42 }], responses: 'not a list' };
    const checkIn = await withErrors<TaiwaLevelCheckIn>(html`<my-check-in lang="en" method="direct" .catalog=${override}></my-check-in>`);
    expect(checkIn.errors).to.deep.equal([]);
    expect(checkIn.el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(labels(checkIn.el)).to.have.length(6);

    // The picker shows topics: the same error as the whole catalogue's merge gives (topics.1.id),
    // and nothing about the response styles it never shows.
    const picker = await withErrors<TaiwaTopicPicker>(html`<my-picker lang="en" .catalog=${override}></my-picker>`);
    expect(picker.errors.map((e) => (e as { field?: string }).field)).to.deep.equal(['topics.1.id']);
    expect(labels(picker.el)[0]).to.equal('OKRs');
    expect(labels(picker.el)).to.have.length(9);

    // What is not a catalogue at all is reported by every element, whatever it shows.
    const bad = await withErrors<TaiwaLevelCheckIn>(html`<my-check-in lang="ja" method="direct" .catalog=${'nonsense'}></my-check-in>`);
    expect(bad.el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('expected a catalogue object');
    expect(labels(bad.el)[0]).to.equal('レベル1 · コミュニケーション量の増加');
  });

  it('merges an adapter’s catalogue over its sections too, from the first update (before its Japanese texts are in)', async () => {
    const adapter: TaiwaAdapter = {
      ...createMemoryAdapter(),
      catalog: async () => ({ topics: [{ id: 'okr', label: '目標' }, { id: 7 }], responses: 'not a list' }),
    };
    const errors: string[] = [];
    const listen = (e: Event) => errors.push(`${(e.target as Element).localName}:${(e as TaiwaErrorEvent).detail.error.message}`);
    document.addEventListener('taiwa-error', listen, true);
    try {
      const provider = await fixture<TaiwaProvider>(
        html`<taiwa-provider lang="ja" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
          <my-picker></my-picker><my-check-in method="direct"></my-check-in>
        </taiwa-provider>`,
      );
      const picker = provider.querySelector<TaiwaTopicPicker>('my-picker')!;
      const checkIn = provider.querySelector<TaiwaLevelCheckIn>('my-check-in')!;
      await picker.updateComplete;
      await checkIn.updateComplete;
      expect(labels(picker).slice(0, 2)).to.deep.equal(['目標', '業務の進捗や進め方']);
      expect(labels(checkIn)[0]).to.equal('レベル1 · コミュニケーション量の増加');
      // One error, the picker's bad topic; the response styles neither shows are not checked.
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^my-picker:/);
    } finally {
      document.removeEventListener('taiwa-error', listen, true);
    }
  });
});
