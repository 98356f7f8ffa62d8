import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { activeItemContext } from '../../src/core/context.js';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/hint-panel/define.js';
import { pickHints, type TaiwaHintPanel } from '../../src/elements/hint-panel/hint-panel.js';
import { weakCells } from '../../src/elements/hint-panel/hint-panel.weak-cells.js';
import { guard } from '../../src/core/guard.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { TaiwaErrorEvent } from '../../src/events/index.js';
import type { Feedback, Hint, Viewer } from '../../src/model/schemas.js';
import enHints from '../../src/model/hints/en.js';
import jaHints from '../../src/model/hints/ja.js';
import { inProvider as mountIn } from '../helpers/mount.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`[part="${name}"]`);
/** The texts of the cell's hints (outside the general section). */
const cellTexts = (el: HTMLElement) =>
  [...root(el).querySelectorAll('[part="base"] > [part="hints"] [part="text"], [part="group"] [part="text"]')].map((t) =>
    t.textContent!.trim(),
  );
const generalTexts = (el: HTMLElement) =>
  [...root(el).querySelectorAll('[part="general"] [part="text"]')].map((t) => t.textContent!.trim());
const boxes = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const texts = (list: readonly unknown[], id: (h: Hint) => boolean) => (list as Hint[]).filter(id).map((h) => h.text);
const cellOf = (list: readonly unknown[], topic: string, response: string, role: string) =>
  texts(list, (h) => h.topic === topic && h.response === response && h.role === role);

async function panel(template = html`<taiwa-hint-panel lang="en" topic="career" response="listen"></taiwa-hint-panel>`) {
  const el = await fixture<TaiwaHintPanel>(template);
  await el.updateComplete;
  return el;
}

async function inProvider(
  adapter: TaiwaAdapter,
  viewer: Viewer,
  inner = html`<taiwa-hint-panel topic="career" response="listen" session-id="s1"></taiwa-hint-panel>`,
) {
  return (await mountIn('taiwa-hint-panel', inner, { adapter, viewer })).el;
}

/** Feedback in which manager `boss` is rated 5 on work × advice and 1 on career × listen. */
function feedback(): Feedback[] {
  const at = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString();
  return Array.from({ length: 12 }, (_, i) => ({
    id: `f${i}`,
    createdAt: at(i),
    updatedAt: at(i),
    sessionId: `s${i}`,
    memberId: `m${i % 4}`,
    managerId: 'boss',
    by: 'member' as const,
    scale: { min: 1, max: 5 },
    overall: 3,
    items: [
      { topicId: 'work', responseId: 'advice', rating: 5 },
      { topicId: 'career', responseId: 'listen', rating: 1 },
      { topicId: 'skills', responseId: 'opinion', rating: 4 },
    ],
  }));
}

/** A stand-in for `taiwa-agenda`: the two properties and the event the panel relies on. */
/** An agenda as the panel sees it: whatever its tag, it provides the active item through the context. */
class StandInAgenda extends HTMLElement {
  readonly #item = new ContextProvider(this, { context: activeItemContext, initialValue: { topic: 'career', response: 'listen' } });
  connectedCallback() {
    this.#item.hostConnected();
  }
  focusItem(topic: string, response: string) {
    this.#item.setValue({ topic, response });
  }
}

describe('taiwa-hint-panel', () => {
  it('is accessible in every state: empty, member, manager, weak, error, with the sections open', async () => {
    const empty = await panel(html`<taiwa-hint-panel lang="en"></taiwa-hint-panel>`);
    await expect(empty).to.be.accessible();
    const member = await panel(html`<taiwa-hint-panel lang="ja" topic="career" response="listen" audience="member"></taiwa-hint-panel>`);
    boxes(member)[0]!.click();
    await member.updateComplete;
    root(member)
      .querySelectorAll('details')
      .forEach((d) => (d.open = true));
    await expect(member).to.be.accessible();
    const manager = await panel(
      html`<taiwa-hint-panel lang="en" topic="career" response="listen" audience="manager" heading-level="3"></taiwa-hint-panel>`,
    );
    root(manager)
      .querySelectorAll('details')
      .forEach((d) => (d.open = true));
    await expect(manager).to.be.accessible();
    const weak = await panel(
      html`<taiwa-hint-panel lang="en" topic="career" response="listen" audience="manager" weak></taiwa-hint-panel>`,
    );
    expect(part(weak, 'weak')).to.exist;
    await expect(weak).to.be.accessible();
    const error = await panel();
    error.catalog = { hints: [{ id: 'bad', role: 'boss', text: 'x' }] };
    await error.updateComplete;
    expect(part(error, 'error')).to.exist;
    await expect(error).to.be.accessible();
  });

  it('shows the cell hints for the member, then the general member hints in a collapsed section', async () => {
    const el = await panel();
    expect(part(el, 'heading')!.textContent).to.contain('Hints for you').and.contain('Future career × Just listen');
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'career', 'listen', 'member'));
    expect(cellTexts(el).length).to.be.at.least(2);
    expect(generalTexts(el)).to.deep.equal(texts(enHints, (h) => h.role === 'member' && !h.topic && !h.response));
    const general = root(el).querySelector<HTMLDetailsElement>('details[part="general"]')!;
    expect(general.open).to.equal(false);
    expect(part(el, 'instruction')!.textContent).to.contain('Pick at least one');
    expect(boxes(el).length).to.equal(cellTexts(el).length + generalTexts(el).length);
  });

  it('shows different hints per combination and per role, without checkboxes for the manager', async () => {
    const el = await panel(html`<taiwa-hint-panel lang="en" topic="work" response="advice" audience="manager"></taiwa-hint-panel>`);
    expect(part(el, 'heading')!.textContent).to.contain('Hints for the manager');
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'work', 'advice', 'manager'));
    expect(boxes(el)).to.have.length(0);
    expect(el.matches(':state(manager)')).to.equal(true);
    el.topic = 'career';
    el.response = 'listen';
    await el.updateComplete;
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'career', 'listen', 'manager'));
    expect(cellTexts(el)).to.not.include(cellOf(enHints, 'work', 'advice', 'manager')[0]);
  });

  it('speaks Japanese with lang="ja", including the 1on1 vs. business meeting table', async () => {
    const el = await panel(html`<taiwa-hint-panel lang="ja" topic="career" response="listen"></taiwa-hint-panel>`);
    expect(cellTexts(el)).to.deep.equal(cellOf(jaHints, 'career', 'listen', 'member'));
    expect(part(el, 'heading')!.textContent).to.contain('今後のキャリア');
    const about = root(el).querySelector('details[part="about"]')!;
    expect(about.querySelector('summary')!.textContent).to.equal('1on1は何のための時間か');
    const rows = [...about.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).to.deep.equal(['主体', 'マネジャー主体', 'メンバー主体']);
    expect(rows[2]).to.deep.equal(['状態', 'マネジャー ＞ メンバー', 'マネジャー ＝ メンバー']);
    expect(about.querySelectorAll('th[scope="col"]')).to.have.length(3);
  });

  it('explains a 1on1 in English: led by the member, manager = member, disclosure and feedback', async () => {
    const el = await panel();
    const about = root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!;
    expect(about.open).to.equal(false);
    const text = about.textContent!;
    expect(text).to.contain('What a 1:1 is for').and.contain('Manager = member').and.contain('Manager > member');
    expect(text).to.contain('Mutual self-disclosure and empathy, thinking together, feedback');
  });

  it('defaults the audience to the viewer role: member → member, manager and admin → manager', async () => {
    const adapter = createMemoryAdapter();
    const forMember = await inProvider(adapter, { id: 'm1', role: 'member' });
    expect(forMember.currentAudience).to.equal('member');
    expect(boxes(forMember).length).to.be.greaterThan(0);
    for (const role of ['manager', 'admin'] as const) {
      const el = await inProvider(adapter, { id: 'x', role }, html`<taiwa-hint-panel topic="career" response="listen"></taiwa-hint-panel>`);
      expect(el.currentAudience).to.equal('manager');
      expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'career', 'listen', 'manager'));
    }
    const overridden = await inProvider(
      adapter,
      { id: 'x', role: 'manager' },
      html`<taiwa-hint-panel audience="member" topic="career" response="listen"></taiwa-hint-panel>`,
    );
    expect(cellTexts(overridden)).to.deep.equal(cellOf(enHints, 'career', 'listen', 'member'));
  });

  it('shows an empty state without a topic and style, and for a combination without hints', async () => {
    const el = await panel(html`<taiwa-hint-panel lang="en"></taiwa-hint-panel>`);
    expect(part(el, 'empty')!.textContent).to.contain('Choose a topic and a response style');
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(generalTexts(el).length).to.be.greaterThan(0);
    el.topic = 'hobbies';
    el.response = 'listen';
    await el.updateComplete;
    expect(part(el, 'empty')!.textContent).to.contain('no hints for this combination');
    expect(part(el, 'cell')!.textContent).to.equal('hobbies × Just listen');
    el.topic = 'career';
    await el.updateComplete;
    expect(part(el, 'empty')).to.equal(null);
    expect(el.matches(':state(empty)')).to.equal(false);
  });

  it('applies host hints from the adapter, the provider and the element; a broken entry shows the error state and the good ones stay', async () => {
    const adapter = {
      ...createMemoryAdapter(),
      catalog: async () => ({ hints: [{ id: 'a1', role: 'member', topic: 'career', response: 'listen', text: 'From the adapter.' }] }),
    };
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider
        lang="en"
        .adapter=${adapter}
        .viewer=${{ id: 'm1', role: 'member' }}
        .catalog=${{ hints: [{ id: 'career.listen.member.1', role: 'member', topic: 'career', response: 'listen', text: 'Replaced by the provider.' }] }}
      >
        <taiwa-hint-panel topic="career" response="listen"></taiwa-hint-panel>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-hint-panel')!;
    const errors: Error[] = [];
    el.addEventListener('taiwa-error', (e: TaiwaErrorEvent) => errors.push(e.detail.error));
    await el.updateComplete;
    expect(cellTexts(el)[0]).to.equal('Replaced by the provider.');
    expect(cellTexts(el)).to.include('From the adapter.');
    expect(part(el, 'error')).to.equal(null);

    el.catalog = {
      hints: [
        { id: 'own', role: 'member', topic: 'career', text: 'Any response, career only.' },
        { id: '', role: 'member', text: 'no id' },
        { id: 'x', role: 'boss', text: 'bad role' },
        'nonsense',
      ],
    };
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('hints.2.role');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(errors).to.have.length(3);
    expect(errors.every((e) => e.name === 'TaiwaDataError')).to.equal(true);
    // Exact-cell hints lead; the topic-only host hint follows them.
    expect(cellTexts(el).at(-1)).to.equal('Any response, career only.');
    expect(cellTexts(el)[0]).to.equal('Replaced by the provider.');
  });

  it('still shows the default hints when the backend catalogue fails, with the failure shown once', async () => {
    const adapter: TaiwaAdapter = {
      ...createMemoryAdapter(),
      catalog: () => Promise.reject(new Error('catalogue offline')),
    };
    const el = await inProvider(adapter, { id: 'm1', role: 'member' });
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'career', 'listen', 'member'));
    const items = [...part(el, 'error')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items.filter((t) => t!.includes('catalogue offline'))).to.have.length(1);
  });

  it('renders a host hint as text: <img onerror> shows its characters and runs nothing', async () => {
    const el = await panel();
    const evil = '<img src=x onerror="window.__hintPwned=1"><script>window.__hintPwned=2</script>';
    el.catalog = { hints: [{ id: 'evil', role: 'member', topic: 'career', response: 'listen', text: evil }] };
    await el.updateComplete;
    expect(cellTexts(el)).to.include(evil);
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as { __hintPwned?: number }).__hintPwned).to.equal(undefined);
  });

  it('marks with the keyboard: Tab to a checkbox, Space marks it and fires change', async () => {
    const wrap = await fixture(
      html`<div><button>before</button><taiwa-hint-panel lang="en" topic="work" response="listen"></taiwa-hint-panel></div>`,
    );
    const el = wrap.querySelector('taiwa-hint-panel')!;
    await el.updateComplete;
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(boxes(el)[0]);
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Space' });
    await changed;
    await el.updateComplete;
    const first = enHints.find((h) => h.id === 'work.listen.member.1')!;
    expect(el.marked).to.deep.equal([first.id]);
    expect(part(el, 'tag')!.textContent).to.equal("I'll try this");
    expect(part(el, 'status')!.textContent).to.contain('1 marked');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(el.marked).to.deep.equal(['work.listen.member.1', 'work.listen.member.2']);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    expect(el.marked).to.deep.equal(['work.listen.member.1']);
  });

  it('opens and closes the sections with Enter and Space', async () => {
    const el = await panel();
    const about = root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!;
    about.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(about.open).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(about.open).to.equal(false);
    const general = root(el).querySelector<HTMLDetailsElement>('details[part="general"]')!;
    general.querySelector('summary')!.focus();
    await sendKeys({ press: 'Space' });
    expect(general.open).to.equal(true);
  });

  it('stores marks through the adapter (real IndexedDB) and shows them again after a remount', async () => {
    const dbName = `hint-panel-${crypto.randomUUID()}`;
    const viewer: Viewer = { id: 'm1', role: 'member' };
    const mount = async () => {
      const adapter = createIndexedDbAdapter({ dbName, viewerId: viewer.id });
      return { adapter, el: await inProvider(adapter, viewer) };
    };
    const first = await mount();
    expect(first.el.marked).to.deep.equal([]);
    boxes(first.el)[1]!.click();
    const saved = await oneEvent(first.el, 'taiwa-save');
    expect(saved.detail.kind).to.equal('hint-mark');
    expect(saved.detail.record).to.include({
      sessionId: 's1',
      memberId: 'm1',
      by: 'member',
      hintId: 'career.listen.member.2',
      marked: true,
    });
    // Toggled off and on again: still one record for the hint.
    boxes(first.el)[1]!.click();
    await oneEvent(first.el, 'taiwa-save');
    boxes(first.el)[1]!.click();
    await oneEvent(first.el, 'taiwa-save');
    boxes(first.el)[0]!.click();
    await oneEvent(first.el, 'taiwa-save');
    boxes(first.el)[0]!.click();
    await oneEvent(first.el, 'taiwa-save');
    first.adapter.close();
    first.el.closest('taiwa-provider')!.remove();

    const second = await mount();
    expect(second.el.marked).to.deep.equal(['career.listen.member.2']);
    expect(
      boxes(second.el)
        .map((b) => b.checked)
        .slice(0, 3),
    ).to.deep.equal([false, true, false]);
    const stored = await second.adapter.query('hint-mark', { sessionId: 's1' });
    expect(stored).to.have.length(2);
    expect(stored.find((m) => m.hintId === 'career.listen.member.1')!.marked).to.equal(false);
    second.adapter.close();
  });

  it('starts afresh when the session changes: marks belong to one 1on1', async () => {
    const adapter = createMemoryAdapter();
    const el = await inProvider(adapter, { id: 'm1', role: 'member' });
    boxes(el)[0]!.click();
    await oneEvent(el, 'taiwa-save');
    el.sessionId = 's2';
    await el.updateComplete;
    expect(el.marked).to.deep.equal([]);
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    el.sessionId = 's1';
    await el.updateComplete;
    expect(el.marked).to.deep.equal(['career.listen.member.1']);
  });

  it('shows a failed save as an error and keeps the mark on the page', async () => {
    const broken: TaiwaAdapter = {
      ...createMemoryAdapter(),
      put: async () => {
        throw new Error('disk full');
      },
    };
    const el = await inProvider(broken, { id: 'm1', role: 'member' });
    const failed = oneEvent(el, 'taiwa-error');
    boxes(el)[0]!.click();
    expect((await failed).detail.error.message).to.contain('disk full');
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('disk full');
    expect(part(el, 'status')!.textContent).to.equal('Could not save. Your choice is kept here; try again.');
    expect(el.marked).to.deep.equal(['career.listen.member.1']);
    expect(boxes(el)[0]!.checked).to.equal(true);
  });

  it('does not save marks outside a provider, or without a session', async () => {
    const el = await panel();
    let saves = 0;
    el.addEventListener('taiwa-save', () => saves++);
    boxes(el)[0]!.click();
    await el.updateComplete;
    expect(el.marked).to.have.length(1);
    const adapter = createMemoryAdapter();
    const noSession = await inProvider(
      adapter,
      { id: 'm1', role: 'member' },
      html`<taiwa-hint-panel topic="career" response="listen"></taiwa-hint-panel>`,
    );
    noSession.addEventListener('taiwa-save', () => saves++);
    boxes(noSession)[0]!.click();
    await noSession.updateComplete;
    expect(saves).to.equal(0);
    expect(adapter.all('hint-mark')).to.have.length(0);
  });

  it('reads topic and style from an enclosing agenda (any tag) that upgrades later, then follows its active item', async () => {
    const wrap = await fixture(
      html`<div lang="en">
        <x-stand-in-agenda><taiwa-hint-panel></taiwa-hint-panel></x-stand-in-agenda>
      </div>`,
    );
    const el = wrap.querySelector('taiwa-hint-panel')!;
    await el.updateComplete;
    expect(part(el, 'empty')).to.exist;
    if (!customElements.get('x-stand-in-agenda')) customElements.define('x-stand-in-agenda', StandInAgenda);
    await customElements.whenDefined('x-stand-in-agenda');
    await el.updateComplete;
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'career', 'listen', 'member'));
    const agenda = wrap.querySelector('x-stand-in-agenda') as unknown as StandInAgenda;
    agenda.focusItem('policy', 'opinion');
    await el.updateComplete;
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'policy', 'opinion', 'member'));
    // Its own attributes win over the agenda.
    el.topic = 'work';
    el.response = 'report';
    await el.updateComplete;
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'work', 'report', 'member'));
  });

  it('finds the agenda through the context across a shadow root and stops listening once removed', async () => {
    if (!customElements.get('x-stand-in-agenda')) customElements.define('x-stand-in-agenda', StandInAgenda);
    const agenda = (await fixture(html`<x-stand-in-agenda lang="en"></x-stand-in-agenda>`)) as unknown as StandInAgenda;
    render(html`<section><taiwa-hint-panel audience="manager"></taiwa-hint-panel></section>`, agenda.attachShadow({ mode: 'open' }));
    const el = agenda.shadowRoot!.querySelector('taiwa-hint-panel')!;
    await el.updateComplete;
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'career', 'listen', 'manager'));
    agenda.focusItem('wellbeing', 'think-together');
    await el.updateComplete;
    expect(part(el, 'cell')!.textContent).to.equal('Physical and mental condition × Think it through with me');
    expect(cellTexts(el)).to.deep.equal(cellOf(enHints, 'wellbeing', 'think-together', 'manager'));
    el.remove();
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof original>) => {
      updates++;
      return original(...args);
    };
    agenda.focusItem('work', 'advice');
    expect(updates).to.equal(0);
  });

  it('says so in one sentence and leads with the hints when the parent marks the combination weak', async () => {
    const el = await panel(html`<taiwa-hint-panel lang="en" topic="career" response="listen" audience="manager" weak></taiwa-hint-panel>`);
    const note = part(el, 'weak')!;
    expect(note.textContent).to.equal(
      'With this topic and response, your members have tended to be less satisfied. Start with the hints below.',
    );
    expect(el.matches(':state(weak)')).to.equal(true);
    // The note sits right before the cell's hints, which come before the general ones.
    expect(note.nextElementSibling!.getAttribute('part')).to.equal('hints');
    el.weak = false;
    await el.updateComplete;
    expect(part(el, 'weak')).to.equal(null);
    expect(el.matches(':state(weak)')).to.equal(false);
    const member = await panel(
      html`<taiwa-hint-panel lang="ja" topic="career" response="listen" audience="member" weak></taiwa-hint-panel>`,
    );
    expect(part(member, 'weak')).to.equal(null);
  });

  it("works out a manager's weak combinations from the members' feedback", async () => {
    const adapter = createMemoryAdapter({ feedback: feedback() });
    const viewer: Viewer = { id: 'boss', role: 'manager' };
    const weak = await inProvider(adapter, viewer, html`<taiwa-hint-panel topic="career" response="listen"></taiwa-hint-panel>`);
    expect(part(weak, 'weak')!.textContent).to.contain('less satisfied');
    expect(weak.matches(':state(weak)')).to.equal(true);
    await expect(weak).to.be.accessible();
    const strong = await inProvider(adapter, viewer, html`<taiwa-hint-panel topic="work" response="advice"></taiwa-hint-panel>`);
    expect(part(strong, 'weak')).to.equal(null);
    // A parent's explicit answer wins over the panel's own.
    const told = await inProvider(
      adapter,
      viewer,
      html`<taiwa-hint-panel topic="career" response="listen" .weak=${false}></taiwa-hint-panel>`,
    );
    expect(part(told, 'weak')).to.equal(null);
    // Another manager has no feedback: nothing is weak for them.
    const other = await inProvider(
      adapter,
      { id: 'other', role: 'manager' },
      html`<taiwa-hint-panel topic="career" response="listen"></taiwa-hint-panel>`,
    );
    expect(part(other, 'weak')).to.equal(null);
  });
});

describe('pickHints', () => {
  const hints: Hint[] = [
    { id: 'g', role: 'member', text: 'general' },
    { id: 't', role: 'member', topic: 'career', text: 'topic only' },
    { id: 'c', role: 'member', topic: 'career', response: 'listen', text: 'cell' },
    { id: 'r', role: 'member', response: 'listen', text: 'response only' },
    { id: 'm', role: 'manager', topic: 'career', response: 'listen', text: 'manager' },
    { id: 'o', role: 'member', topic: 'work', response: 'listen', text: 'other cell' },
  ];
  it('puts exact-cell hints first, then partial ones, and keeps general hints apart', () => {
    const { cell, general } = pickHints(hints, 'member', 'career', 'listen');
    expect(cell.map((h) => h.id)).to.deep.equal(['c', 't', 'r']);
    expect(general.map((h) => h.id)).to.deep.equal(['g']);
    expect(pickHints(hints, 'manager', 'career', 'listen').cell.map((h) => h.id)).to.deep.equal(['m']);
    expect(pickHints(hints, 'member', '', 'listen').cell).to.have.length(0);
  });
});

describe('weakCells', () => {
  it("classifies the manager's cells from member ratings only, and shares one read among panels opened together", async () => {
    const memory = createMemoryAdapter({ feedback: feedback() });
    let reads = 0;
    const adapter: TaiwaAdapter = { ...memory, aggregate: (insight, query) => (reads++, memory.aggregate(insight, query)) };
    const [a, b] = [weakCells(guard, adapter, 'boss'), weakCells(guard, adapter, 'boss')];
    expect(a).to.equal(b);
    expect([...(await a).cells]).to.deep.equal(['career|listen']);
    expect(reads).to.equal(1);
    // Once settled, a new panel reads again (new feedback may have arrived).
    await memory.put('feedback', {
      ...feedback()[0]!,
      id: 'mine',
      by: 'manager',
      items: [{ topicId: 'work', responseId: 'advice', rating: 1 }],
    });
    expect([...(await weakCells(guard, adapter, 'boss')).cells]).to.deep.equal(['career|listen']);
    expect(reads).to.equal(2);
  });
});
