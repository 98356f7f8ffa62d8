import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { TaiwaErrorEvent } from '../../src/events/index.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { Agenda } from '../../src/model/schemas.js';
import { runFormConformance } from '../helpers/form-conformance.js';
import { nameOf, refText } from '../helpers/a11y.js';

const inputs = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('input')];
const labels = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((l) => l.textContent!.trim());


async function picker(template = html`<taiwa-topic-picker lang="en"></taiwa-topic-picker>`) {
  const el = await fixture<TaiwaTopicPicker>(template);
  await el.updateComplete;
  return el;
}

describe('taiwa-topic-picker', () => {
  it('is accessible in single and multiple mode', async () => {
    const single = await picker();
    await expect(single).to.be.accessible();
    const multi = await picker(html`<taiwa-topic-picker lang="ja" multiple max="2" value="work career"></taiwa-topic-picker>`);
    await expect(multi).to.be.accessible();
  });

  it('shows the eight default topics with descriptions, as radios by default', async () => {
    const el = await picker();
    expect(labels(el)).to.deep.equal([
      'Progress and ways of working',
      'Relationships',
      'Physical and mental condition',
      'Future career',
      'Skills and growth',
      'Personal life',
      'Company and department direction',
      'Something on my mind',
    ]);
    expect(inputs(el).every((i) => i.type === 'radio')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part="description"]')).to.have.length(8);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('choose one');
  });

  it('names each input by its label alone and describes it by the description, read once', async () => {
    const el = await picker();
    await expect(el).to.be.accessible();
    const input = inputs(el)[0]!;
    expect(nameOf(input)).to.equal('Progress and ways of working');
    expect(refText(input, 'aria-describedby')).to.equal('How the work is going, what you want to hold on to or change');
    expect(nameOf(input)).to.not.contain(refText(input, 'aria-describedby'));
    // The card is still the input's <label>: a click on the description chooses it.
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part="description"]')[3]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('career');
    el.catalog = { topics: [{ id: 'private', disabled: true }] };
    await el.updateComplete;
    expect(nameOf(inputs(el).find((i) => i.value === 'private')!)).to.equal('Personal life (not available)');
  });

  it('lays out each card as its control beside its texts, the name above the description, at 390 px and wide', async () => {
    for (const width of [390, 900]) {
      const el = await picker(html`<taiwa-topic-picker lang="en" style="width: ${width}px"></taiwa-topic-picker>`);
      const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"]')];
      for (const card of cards) {
        const [control, name, description] = ['input', '[part="label"]', '[part="description"]'].map((s) => card.querySelector(s)!.getBoundingClientRect());
        expect(control!.right).to.be.at.most(name!.left);
        expect(description!.left).to.equal(name!.left);
        expect(description!.top).to.be.at.least(name!.bottom - 0.5);
        expect(description!.bottom).to.be.at.most(card.getBoundingClientRect().bottom);
      }
      // The cards of one row are as tall as each other; at 390 px there is one per row.
      const rows = new Map<number, HTMLElement[]>();
      for (const c of cards) rows.set(Math.round(c.getBoundingClientRect().top), [...(rows.get(Math.round(c.getBoundingClientRect().top)) ?? []), c]);
      expect(rows.size).to.equal(width === 390 ? cards.length : Math.ceil(cards.length / 3));
      for (const row of rows.values()) expect(new Set(row.map((c) => c.getBoundingClientRect().height)).size).to.equal(1);
    }
  });

  it('describes only the topics that have a description, and shows no empty one', async () => {
    const el = await picker();
    el.catalog = { topics: [{ id: 'okr', label: 'OKRs' }] };
    await el.updateComplete;
    const okr = inputs(el).find((i) => i.value === 'okr')!;
    expect(okr.hasAttribute('aria-describedby')).to.equal(false);
    expect(nameOf(okr)).to.equal('OKRs');
    const text = okr.closest('label')!.querySelector<HTMLElement>('[part="description"]')!;
    expect(getComputedStyle(text).display).to.equal('none');
    // The others keep theirs.
    expect(refText(inputs(el).find((i) => i.value === 'work')!, 'aria-describedby')).to.equal('How the work is going, what you want to hold on to or change');
    await expect(el).to.be.accessible();
  });

  it('follows lang: element, ancestor, then html', async () => {
    const wrap = await fixture(html`<div lang="ja"><taiwa-topic-picker></taiwa-topic-picker></div>`);
    const el = wrap.querySelector('taiwa-topic-picker')!;
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('業務の進捗や進め方');
    wrap.setAttribute('lang', 'en');
    await el.updateComplete;
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Progress and ways of working');
  });

  it('applies a host catalogue: renamed, disabled, reordered and added topics', async () => {
    const el = await picker();
    el.catalog = { topics: [{ id: 'okr', label: { en: 'OKRs', ja: '目標' } }, { id: 'work', label: 'Projects' }, { id: 'private', disabled: true }] };
    await el.updateComplete;
    expect(labels(el).slice(0, 3)).to.deep.equal(['OKRs', 'Projects', 'Personal life (not available)']);
    expect(inputs(el)[2]!.disabled).to.equal(true);
  });

  it('selects with the arrow keys (radio group) and fires input then change', async () => {
    const el = await picker();
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    inputs(el)[0]!.focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal('work');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('relationships');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change']);
  });

  it('in multiple mode toggles with Space, moves with Tab, and stops at max', async () => {
    const el = await picker(html`<taiwa-topic-picker lang="en" multiple max="2"></taiwa-topic-picker>`);
    expect(inputs(el).every((i) => i.type === 'checkbox')).to.equal(true);
    inputs(el)[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.values).to.deep.equal(['work', 'relationships']);
    expect(inputs(el).slice(2).every((i) => i.disabled)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('chosen 2');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.values).to.deep.equal(['work']);
    expect(inputs(el).some((i) => !i.checked && i.disabled)).to.equal(false);
  });

  it('shows an error state for an invalid catalogue and keeps working, with no uncaught exception', async () => {
    const el = await picker();
    const errors: Error[] = [];
    el.addEventListener('taiwa-error', (e: TaiwaErrorEvent) => errors.push(e.detail.error));
    el.catalog = { topics: [{ id: '', label: 5 }, { id: 'okr', label: 'OKRs' }, '<img src=x onerror=alert(1)>'] };
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error).to.exist;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('topics.0');
    expect(errors.length).to.equal(2);
    expect(errors[0]!.name).to.equal('TaiwaDataError');
    expect(labels(el)[0]).to.equal('OKRs');
    await expect(el).to.be.accessible();
    el.catalog = 'garbage';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('expected a catalogue object');
    expect(labels(el)).to.have.length(8);
  });

  it('renders topic text as text, never as HTML', async () => {
    const el = await picker();
    el.catalog = { topics: [{ id: 'x', label: '<img src=x onerror="window.__pwned=1">', description: '<b>bold</b>' }] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(labels(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('inside a provider with a session-id saves the choice and shows it again after a reload', async () => {
    const dbName = `picker-${crypto.randomUUID()}`;
    const viewer = { id: 'm1', role: 'member' as const };
    const mount = async () => {
      const adapter = createIndexedDbAdapter({ dbName, viewerId: viewer.id });
      const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${viewer}>
        <taiwa-topic-picker multiple session-id="s1"></taiwa-topic-picker>
      </taiwa-provider>`);
      const el = provider.querySelector('taiwa-topic-picker')!;
      await el.updateComplete;
      return { adapter, el };
    };
    const first = await mount();
    expect(first.el.values).to.deep.equal([]);
    inputs(first.el)[3]!.click();
    const saved = await oneEvent(first.el, 'taiwa-save');
    expect(saved.detail.record).to.include({ sessionId: 's1', memberId: 'm1' });
    first.adapter.close();
    first.el.closest('taiwa-provider')!.remove();

    const second = await mount();
    expect(second.el.values).to.deep.equal(['career']);
    expect(inputs(second.el)[3]!.checked).to.equal(true);
    const stored = await second.adapter.query('agenda', { sessionId: 's1' });
    expect(stored).to.have.length(1);
    expect(stored[0]!.items.map((i) => i.topicId)).to.deep.equal(['career']);
    second.adapter.close();
  });

  it('a click before the stored agenda is in updates that agenda (no second one), and loads the latest of several', async () => {
    const at = (m: number) => new Date(Date.UTC(2025, 3, 1, 9, m)).toISOString();
    const agenda = (id: string, m: number, topicId: string): Agenda => ({
      id,
      createdAt: at(0),
      updatedAt: at(m),
      sessionId: 's1',
      memberId: 'u1',
      items: [{ id: `${id}-i`, topicId, memoVisibility: 'private', proposedBy: 'member' }],
    });
    // Two agendas for one session (a backend that once got a duplicate): the later one is the choice.
    const memory = createMemoryAdapter({ agenda: [agenda('a-new', 5, 'career'), agenda('a-old', 1, 'skills')].reverse() });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: TaiwaAdapter = { local: true, put: (k, r) => memory.put(k, r), query: async (k, q) => (await gate, memory.query(k, q)) };
    const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .adapter=${slow} .viewer=${{ id: 'u1', role: 'member' }}>
      <taiwa-topic-picker session-id="s1"></taiwa-topic-picker>
    </taiwa-provider>`);
    const el = provider.querySelector('taiwa-topic-picker')!;
    await waitUntil(() => inputs(el).length === 8);
    inputs(el)[0]!.click();
    release();
    const saved = await oneEvent(el, 'taiwa-save');
    expect(saved.detail.record).to.include({ id: 'a-new', sessionId: 's1' });
    const stored = memory.all('agenda');
    expect(stored.map((a) => a.id).sort()).to.deep.equal(['a-new', 'a-old']);
    expect(stored.find((a) => a.id === 'a-new')!.items.map((i) => i.topicId)).to.deep.equal(['work']);

    // A fresh picker shows the latest agenda's choice.
    const again = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .adapter=${memory} .viewer=${{ id: 'u1', role: 'member' }}>
      <taiwa-topic-picker session-id="s1"></taiwa-topic-picker>
    </taiwa-provider>`);
    const second = again.querySelector('taiwa-topic-picker')!;
    await second.updateComplete;
    expect(second.values).to.deep.equal(['work']);
    const first = createMemoryAdapter({ agenda: [agenda('a-old', 1, 'skills'), agenda('a-new', 5, 'career')] });
    const third = (
      await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .adapter=${first} .viewer=${{ id: 'u1', role: 'member' }}>
        <taiwa-topic-picker session-id="s1"></taiwa-topic-picker>
      </taiwa-provider>`)
    ).querySelector('taiwa-topic-picker')!;
    await third.updateComplete;
    expect(third.values).to.deep.equal(['career']);
  });

  it('taiwa-save carries the agenda without the text of private memos; the device keeps them', async () => {
    const at = new Date(Date.UTC(2025, 3, 1)).toISOString();
    const memory = createMemoryAdapter({
      agenda: [
        {
          id: 'a1',
          createdAt: at,
          updatedAt: at,
          sessionId: 's1',
          memberId: 'u1',
          items: [
            { id: 'i1', topicId: 'career', memo: 'thinking of leaving', memoVisibility: 'private', proposedBy: 'member' },
            { id: 'i2', topicId: 'work', memo: 'deadline on Friday', memoVisibility: 'shared', proposedBy: 'member' },
          ],
        },
      ],
    });
    const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .adapter=${memory} .viewer=${{ id: 'u1', role: 'member' }}>
      <taiwa-topic-picker multiple session-id="s1"></taiwa-topic-picker>
    </taiwa-provider>`);
    const el = provider.querySelector('taiwa-topic-picker')!;
    await el.updateComplete;
    expect(el.values).to.deep.equal(['career', 'work']);
    inputs(el)[1]!.click();
    const saved = await oneEvent(el, 'taiwa-save');
    const items = (saved.detail.record as Agenda).items;
    expect(items.map((i) => i.topicId)).to.deep.equal(['career', 'work', 'relationships']);
    expect(items[0]).to.not.have.property('memo');
    expect(items[1]!.memo).to.equal('deadline on Friday');
    expect(JSON.stringify(saved.detail)).to.not.contain('thinking of leaving');
    expect(memory.all('agenda')[0]!.items[0]!.memo).to.equal('thinking of leaving');
  });

  it('skips a catalogue label longer than a topic label may be, with an error, instead of loading forever', async () => {
    const el = await picker();
    el.catalog = { topics: [{ id: 'work', label: 'W'.repeat(201) }, { id: 'okr', label: 'OKRs' }] };
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('topics.0.label');
    expect(labels(el)[0]).to.equal('OKRs');
    expect(labels(el)).to.include('Progress and ways of working');
  });

  it('reaches a provider that upgrades after it (ContextRoot)', async () => {
    const adapter = createMemoryAdapter();
    const wrap = await fixture(html`<div><taiwa-late-provider lang="ja"><taiwa-topic-picker session-id="s9"></taiwa-topic-picker></taiwa-late-provider></div>`);
    const el = wrap.querySelector('taiwa-topic-picker')!;
    await el.updateComplete;
    const { TaiwaProvider } = await import('../../src/elements/provider/provider.js');
    customElements.define('taiwa-late-provider', class extends TaiwaProvider {});
    const provider = wrap.querySelector('taiwa-late-provider') as TaiwaProvider;
    provider.adapter = adapter;
    provider.viewer = { id: 'm2', role: 'member' };
    await provider.updateComplete;
    await el.updateComplete;
    inputs(el)[0]!.click();
    await oneEvent(el, 'taiwa-save');
    expect(adapter.all('agenda')[0]!.memberId).to.equal('m2');
  });
});

runFormConformance<TaiwaTopicPicker>({
  tag: 'taiwa-topic-picker',
  attrs: { lang: 'en' },
  defaultValue: 'career',
  choose: async (el) => {
    el.shadowRoot!.querySelectorAll('input')[1]!.click();
    return 'relationships';
  },
});

runFormConformance<TaiwaTopicPicker>({
  tag: 'taiwa-topic-picker',
  attrs: { lang: 'en', multiple: '' },
  defaultValue: 'work policy',
  choose: async (el) => {
    const boxes = el.shadowRoot!.querySelectorAll('input');
    if (!boxes[0]!.checked) boxes[0]!.click();
    boxes[4]!.click();
    return el.values.join(' ');
  },
});
