import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/topic-picker/define.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';

// This file runs in its own page: what it fetched is what an English-only page fetches.
const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('locale content loads lazily', () => {
  it('an English picker never fetches Japanese texts, a Japanese one then does', async () => {
    const el = await fixture<TaiwaTopicPicker>(html`<taiwa-topic-picker lang="en"></taiwa-topic-picker>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Progress and ways of working');
    expect(fetched().filter((p) => p.endsWith('/ja.ts'))).to.deep.equal([]);
    // Only the section it shows, and no Japanese one.
    expect(fetched().filter((p) => p.includes('/src/model/catalog/'))).to.deep.equal(['/src/model/catalog/en/topics.ts']);
    // The built-in catalogue is trusted code: no validation, so zod and the schemas never load.
    expect(fetched().filter((p) => /zod|\/model\/(schemas|validate|catalog-merge)\.ts$/.test(p))).to.deep.equal([]);
    // The error block's words come with a first error only.
    expect(fetched().filter((p) => p.includes('/i18n/core/') && p.includes('.errors.'))).to.deep.equal([]);
    // Hint texts are for the hint panel; a picker never loads them.
    expect(fetched().filter((p) => p.includes('/hints/'))).to.deep.equal([]);

    el.lang = 'ja';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('業務の進捗や進め方');
    // Japanese: the topics, requested then; neither the whole catalogue nor the sections a picker does not show.
    expect(fetched().filter((p) => p.includes('/src/model/catalog/'))).to.deep.equal(['/src/model/catalog/en/topics.ts', '/src/model/catalog/ja/topics.ts']);
  });

  it('a host catalogue is external data: it is checked, so the validation loads then', async () => {
    const el = await fixture<TaiwaTopicPicker>(html`<taiwa-topic-picker lang="en" .catalog=${{ topics: [{ id: 'okr', label: 'OKRs' }, { id: 7 }] }}></taiwa-topic-picker>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('OKRs');
    // The bad entry is shown, titled in the element's words, which were requested with it.
    expect(el.shadowRoot!.querySelector('[part="error"] strong')!.textContent).to.equal('Some data could not be shown');
    expect(fetched().filter((p) => p.endsWith('.errors.ts'))).to.deep.equal(['/src/i18n/core/en.errors.ts']);
    expect(fetched().some((p) => p.endsWith('/src/model/catalog-merge.ts'))).to.equal(true);
  });
});
