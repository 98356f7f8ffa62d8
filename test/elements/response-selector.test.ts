import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/response-selector/define.js';
import type { TaiwaResponseSelector } from '../../src/elements/response-selector/response-selector.js';
import { runFormConformance } from '../helpers/form-conformance.js';
import { deepActive, nameOf, refText } from '../helpers/a11y.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const radios = (el: HTMLElement, group = 0) => {
  const groups = root(el).querySelectorAll('[part="group"]');
  const scope = groups.length ? groups[group]! : root(el);
  return [...scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
};
const texts = (el: HTMLElement, part: string) => [...root(el).querySelectorAll(`[part="${part}"]`)].map((n) => n.textContent!.trim());
/** The focused element, looking through shadow roots. */


async function selector(template = html`<taiwa-response-selector lang="en"></taiwa-response-selector>`) {
  const el = await fixture<TaiwaResponseSelector>(template);
  await el.updateComplete;
  return el;
}

describe('taiwa-response-selector', () => {
  it('is accessible as one group and as one group per topic', async () => {
    const single = await selector();
    await expect(single).to.be.accessible();
    const perTopic = await selector(
      html`<taiwa-response-selector lang="ja" required topics="work career" value="work:listen"></taiwa-response-selector>`,
    );
    await expect(perTopic).to.be.accessible();
  });

  it('offers the five default styles, each with what the member will get', async () => {
    const el = await selector();
    expect(texts(el, 'label')).to.deep.equal([
      'Give me concrete advice',
      'Think it through with me',
      'Just listen',
      'Tell me what you think',
      "I'd like to give an update",
    ]);
    expect(texts(el, 'description')).to.have.length(5);
    expect(texts(el, 'description')[2]).to.contain('listens to the end');
    expect(radios(el).every((r) => r.type === 'radio')).to.equal(true);
    expect(root(el).querySelector('fieldset')!.getAttribute('role')).to.equal('radiogroup');
    expect(el.value).to.equal('');
  });

  it('speaks Japanese', async () => {
    const el = await selector(html`<taiwa-response-selector lang="ja"></taiwa-response-selector>`);
    expect(texts(el, 'label')).to.deep.equal([
      '具体的なアドバイスがほしい',
      '一緒に考えてほしい',
      '話を聞いてほしい',
      '意見を聞きたい',
      '報告したい',
    ]);
    expect(texts(el, 'legend')[0]).to.equal('マネジャーにどう対応してほしいですか？');
  });

  it('asks once per topic, with the topic as the legend, and submits topic:response pairs', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><taiwa-response-selector lang="en" name="style" topics="work career"></taiwa-response-selector></form>`,
    );
    const el = form.querySelector('taiwa-response-selector')!;
    await el.updateComplete;
    expect(texts(el, 'topic')).to.deep.equal(['Progress and ways of working', 'Future career']);
    expect(root(el).querySelectorAll('[part="group"][role="radiogroup"]')).to.have.length(2);
    radios(el, 1)[2]!.click();
    radios(el, 0)[0]!.click();
    await el.updateComplete;
    // Pairs follow the topics' order, not the order of the clicks.
    expect(el.values).to.deep.equal(['work:advice', 'career:listen']);
    expect(el.responseFor('career')).to.equal('listen');
    expect(new FormData(form).getAll('style')).to.deep.equal(['work:advice', 'career:listen']);
    radios(el, 0)[3]!.click();
    await el.updateComplete;
    expect(el.values).to.deep.equal(['work:opinion', 'career:listen']);
  });

  it('takes topics as a property too, and drops the choice of a topic taken off', async () => {
    const el = await selector();
    el.topics = ['work', 'career'];
    el.setValues(['work:report', 'career:advice']);
    await el.updateComplete;
    expect(radios(el, 0)[4]!.checked).to.equal(true);
    el.topics = ['career'];
    await el.updateComplete;
    expect(el.values).to.deep.equal(['career:advice']);
    expect(texts(el, 'topic')).to.deep.equal(['Future career']);
  });

  it('is required per topic: every listed topic needs a style', async () => {
    const el = await selector(html`<taiwa-response-selector lang="en" required topics="work career"></taiwa-response-selector>`);
    expect(el.validity.valueMissing).to.equal(true);
    radios(el, 0)[1]!.click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Please choose a response for each topic.');
    expect(root(el).querySelector('[data-missing] legend')!.textContent).to.equal('Future career');
    radios(el, 1)[1]!.click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('names each radio by its label alone and describes it by the description, read once', async () => {
    const el = await selector(html`<taiwa-response-selector lang="en" topics="work career"></taiwa-response-selector>`);
    await expect(el).to.be.accessible();
    const radio = radios(el, 1)[2]!;
    expect(nameOf(radio)).to.equal('Just listen');
    expect(refText(radio, 'aria-describedby')).to.contain('listens to the end');
    expect(nameOf(radio)).to.not.contain('listens to the end');
    // The card is still the radio's <label>: a click on the description chooses it.
    root(el).querySelectorAll<HTMLElement>('[part="group"]')[1]!.querySelectorAll<HTMLElement>('[part="description"]')[2]!.click();
    await el.updateComplete;
    expect(el.values).to.deep.equal(['career:listen']);
  });

  it('marks the groups still without a choice aria-invalid once the user interacted or validation failed', async () => {
    const el = await selector(html`<taiwa-response-selector lang="en" required topics="work career"></taiwa-response-selector>`);
    const groups = () => [...root(el).querySelectorAll('[part="group"]')];
    expect(groups().map((g) => g.getAttribute('aria-invalid'))).to.deep.equal([null, null]);
    radios(el, 0)[1]!.click();
    await el.updateComplete;
    expect(groups().map((g) => g.getAttribute('aria-invalid'))).to.deep.equal([null, 'true']);
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    radios(el, 1)[0]!.click();
    await el.updateComplete;
    expect(groups().map((g) => g.getAttribute('aria-invalid'))).to.deep.equal([null, null]);

    // Untouched, a failed validation (as on submit) marks the missing single group.
    const form = await fixture<HTMLFormElement>(
      html`<form><taiwa-response-selector lang="en" name="style" required></taiwa-response-selector></form>`,
    );
    const single = form.querySelector('taiwa-response-selector')!;
    await single.updateComplete;
    const base = root(single).querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-invalid')).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
    await single.updateComplete;
    expect(base.getAttribute('aria-invalid')).to.equal('true');
    await expect(single).to.be.accessible();
    form.reset();
    await single.updateComplete;
    expect(base.getAttribute('aria-invalid')).to.equal(null);
    // Not required: never invalid.
    const optional = await selector(html`<taiwa-response-selector lang="en" topics="work career"></taiwa-response-selector>`);
    radios(optional, 0)[0]!.click();
    await optional.updateComplete;
    expect(root(optional).querySelectorAll('[aria-invalid]')).to.have.length(0);
  });

  it('follows the radio-group keyboard pattern in each group; input and change fire once per choice', async () => {
    const el = await selector(html`<taiwa-response-selector lang="en" topics="work career"></taiwa-response-selector>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    radios(el, 0)[0]!.focus();
    await sendKeys({ press: 'Space' });
    expect(el.values).to.deep.equal(['work:advice']);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.values).to.deep.equal(['work:think-together']);
    // Tab leaves the group for the next topic's group.
    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLInputElement).dataset['topic']).to.equal('career');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.values).to.deep.equal(['work:think-together', 'career:listen']);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((deepActive() as HTMLInputElement).value).to.equal('think-together');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change', 'input', 'change', 'input', 'change']);
  });

  it('offers a style the host adds through the catalogue, and honours a disabled one', async () => {
    const el = await selector(html`<taiwa-response-selector lang="en" topics="work"></taiwa-response-selector>`);
    el.catalog = {
      responses: [
        { id: 'coach', label: { en: 'Coach me', ja: 'コーチしてほしい' }, description: 'Questions that help me find my own answer' },
        { id: 'report', disabled: true },
      ],
    };
    await el.updateComplete;
    expect(texts(el, 'label').slice(0, 2)).to.deep.equal(['Coach me', "I'd like to give an update (not available)"]);
    expect(texts(el, 'label')).to.have.length(6);
    expect(radios(el)[1]!.disabled).to.equal(true);
    radios(el)[0]!.click();
    expect(el.values).to.deep.equal(['work:coach']);
    await expect(el).to.be.accessible();
  });

  it('renders styles given as a property (pure UI mode) as text, never as HTML', async () => {
    const el = await selector();
    el.responses = [{ id: 'x', label: '<img src=x onerror="window.__pwned=1">', description: '<b>bold</b>' }];
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('b')).to.equal(null);
    expect(texts(el, 'label')).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows an error for a broken catalogue and keeps the default styles', async () => {
    const el = await selector();
    el.catalog = { responses: 'nope' };
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('responses');
    expect(texts(el, 'label')).to.have.length(5);
    await expect(el).to.be.accessible();
  });
});

runFormConformance<TaiwaResponseSelector>({
  tag: 'taiwa-response-selector',
  attrs: { lang: 'en' },
  defaultValue: 'listen',
  choose: async (el) => {
    radios(el)[1]!.click();
    return 'think-together';
  },
});

runFormConformance<TaiwaResponseSelector>({
  tag: 'taiwa-response-selector',
  attrs: { lang: 'en', topics: 'work career' },
  defaultValue: 'work:advice career:listen',
  choose: async (el) => {
    radios(el, 0)[3]!.click();
    if (!el.responseFor('career')) radios(el, 1)[4]!.click();
    return el.values.join(' ');
  },
});
