import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';

// A rater that counts its renders, under its own tag.
const renders = new Map<Element, number>();
class CountedRater extends TaiwaSatisfactionRater {
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    renders.set(this, (renders.get(this) ?? 0) + 1);
  }
}
customElements.define('x-lang-rater', CountedRater);

const legend = (el: Element) => el.shadowRoot!.querySelector('[part="legend"]')?.textContent?.trim();

describe('lang changes (base element)', () => {
  it('a widget given its own lang renders once: the reflected attribute does not render it again', async () => {
    const el = document.createElement('x-lang-rater') as CountedRater;
    el.lang = 'en';
    el.setAttribute('value', '3');
    document.body.append(el);
    try {
      await el.updateComplete;
      // The observer's callback and any update it asked for have run by the next frame.
      await nextFrame();
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('en');
      expect(renders.get(el)).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('a widget below an element whose lang changes renders in the new locale; one beside it does not render again', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div lang="en" id="parent"><x-lang-rater id="below"></x-lang-rater></div>
      <x-lang-rater id="beside" lang="en"></x-lang-rater>
    </div>`);
    const below = box.querySelector<CountedRater>('#below')!;
    const beside = box.querySelector<CountedRater>('#beside')!;
    await Promise.all([below.updateComplete, beside.updateComplete]);
    const english = legend(below);
    expect(english).to.be.a('string').and.not.equal('');
    const before = renders.get(beside);
    box.querySelector('#parent')!.setAttribute('lang', 'ja');
    await waitUntil(() => legend(below) !== english, 'the widget below did not render in Japanese');
    await beside.updateComplete;
    expect(legend(beside)).to.equal(english);
    expect(renders.get(beside)).to.equal(before);
  });
});
