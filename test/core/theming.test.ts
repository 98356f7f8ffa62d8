import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';

/** A light-DOM stylesheet on the test page, removed after each test. */
function pageStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

describe('theme tokens and parts', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());

  it('falls back to the literal when no theme is loaded, and follows a page token when one is', async () => {
    const el = await fixture<TaiwaTopicPicker>(html`<taiwa-topic-picker lang="en" value="work"></taiwa-topic-picker>`);
    await el.updateComplete;
    const chosen = () => getComputedStyle(el.shadowRoot!.querySelector('.option:has(:checked)')!);
    expect(chosen().borderTopColor).to.equal('rgb(47, 111, 222)');
    style = pageStyle('taiwa-topic-picker { --taiwa-color-accent: rgb(200, 10, 20); --taiwa-space-m: 31px; }');
    expect(chosen().borderTopColor).to.equal('rgb(200, 10, 20)');
    // The card's end padding is the space token alone (its start adds the control's width beside it).
    expect(chosen().paddingInlineEnd).to.equal('31px');
  });

  it("lets the page style the agenda's inner picker, selector and hint panel through ::part", async () => {
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${createMemoryAdapter()} .viewer=${{ id: 'm1', role: 'member' }} .drafts=${createMemoryDraftStore()}>
        <taiwa-agenda session-id="s1"></taiwa-agenda>
      </taiwa-provider>`,
    );
    const agenda = provider.querySelector('taiwa-agenda')!;
    await agenda.updateComplete;
    style = pageStyle(`
      taiwa-agenda::part(topic-option) { outline: 3px solid rgb(1, 2, 3); }
      taiwa-agenda::part(topic-label) { color: rgb(4, 5, 6); }
      taiwa-agenda::part(response-option) { outline: 3px solid rgb(7, 8, 9); }
      taiwa-agenda::part(hint-heading) { color: rgb(10, 11, 12); }
      taiwa-topic-picker::part(option) { color: rgb(250, 0, 0); }
    `);
    const picker = agenda.shadowRoot!.querySelector('taiwa-topic-picker')!;
    const option = picker.shadowRoot!.querySelector('[part="option"]')!;
    expect(getComputedStyle(option).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(picker.shadowRoot!.querySelector('[part="label"]')!).color).to.equal('rgb(4, 5, 6)');
    // A rule for the picker's own tag does not reach into another shadow tree: the export is what works.
    expect(getComputedStyle(option).color).to.not.equal('rgb(250, 0, 0)');

    picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="career"]')!.click();
    await agenda.updateComplete;
    const selector = agenda.shadowRoot!.querySelector('taiwa-response-selector')!;
    await selector.updateComplete;
    expect(getComputedStyle(selector.shadowRoot!.querySelector('[part="option"]')!).outlineColor).to.equal('rgb(7, 8, 9)');

    selector.shadowRoot!.querySelector<HTMLInputElement>('input[value="listen"]')!.click();
    await agenda.updateComplete;
    agenda.shadowRoot!.querySelector<HTMLElement>('textarea')!.focus();
    await agenda.updateComplete;
    const panel = agenda.shadowRoot!.querySelector('taiwa-hint-panel');
    expect(panel, 'a hint panel for the active item').to.exist;
    await panel!.updateComplete;
    expect(getComputedStyle(panel!.shadowRoot!.querySelector('[part="heading"]')!).color).to.equal('rgb(10, 11, 12)');
  });
});
