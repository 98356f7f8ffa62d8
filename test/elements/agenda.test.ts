import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaErrorEvent } from '../../src/events/index.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import type { TaiwaResponseSelector } from '../../src/elements/response-selector/response-selector.js';
import type { TaiwaAgendaFocusEvent } from '../../src/events/index.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory.js';
import { createDraftStore, createMemoryDraftStore, type DraftStore } from '../../src/adapters/drafts.js';
import type { Agenda, Viewer } from '../../src/model/schemas.js';
import { normalizeDraft } from '../../src/elements/agenda/agenda.model.js';
import { deepActive } from '../helpers/a11y.js';
import { gatedWrites } from '../helpers/gated-adapter.js';
import { manager, member } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';

const at = '2025-05-01T09:00:00.000Z';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const picker = (el: TaiwaAgenda) => $<TaiwaTopicPicker>(el, 'taiwa-topic-picker');
const selector = (el: TaiwaAgenda) => $<TaiwaResponseSelector>(el, 'taiwa-response-selector');
const topicBox = (el: TaiwaAgenda, id: string) => picker(el).shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
const styleRadio = (el: TaiwaAgenda, topic: string, id: string) =>
  selector(el).shadowRoot!.querySelector<HTMLInputElement>(`input[data-topic="${topic}"][value="${id}"]`)!;
/** The focused element, looking through shadow roots. */

interface Mount {
  adapter?: TaiwaAdapter;
  viewer?: Viewer;
  drafts?: DraftStore;
  lang?: string;
  attrs?: string;
}

async function mount(
  { adapter = createMemoryAdapter(), viewer = member, drafts = createMemoryDraftStore(), lang = 'en' }: Mount = {},
  memberId = '',
) {
  const inner = html`<taiwa-agenda session-id="s1" member-id=${memberId}></taiwa-agenda>`;
  return (await inProvider('taiwa-agenda', inner, { adapter, viewer, drafts, lang })).el;
}

/** Fills the form the way the inner controls report a user's choice. */
async function choose(el: TaiwaAgenda, topics: string[], styles: Record<string, string> = {}) {
  for (const t of topics) topicBox(el, t).click();
  await el.updateComplete;
  for (const [t, r] of Object.entries(styles)) styleRadio(el, t, r).click();
  await el.updateComplete;
}

async function typeMemo(el: TaiwaAgenda, index: number, text: string) {
  const area = $$<HTMLTextAreaElement>(el, 'textarea')[index]!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const submitted = (memberId = 'm1', items: Agenda['items'] = []): Agenda => ({
  id: `a-${memberId}`,
  createdAt: at,
  updatedAt: at,
  sessionId: 's1',
  memberId,
  items,
  nextDate: '2025-06-15',
  submittedAt: at,
});

describe('taiwa-agenda', () => {
  it('is accessible empty, filled, submitted, in error and in the manager view', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();

    await choose(el, ['work', 'career'], { work: 'advice' });
    await typeMemo(el, 0, 'Ship the beta before the holidays');
    $<HTMLInputElement>(el, '[part="share"] input').click();
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await el.updateComplete;
    expect($(el, '[part="problems"]').textContent).to.contain('Future career');
    await expect(el).to.be.accessible();

    styleRadio(el, 'career', 'listen').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await oneEvent(el, 'taiwa-submit');
    await el.updateComplete;
    expect($(el, '[part="summary"]')).to.exist;
    await expect(el).to.be.accessible();

    const broken: TaiwaAdapter = { put: async () => undefined, query: async () => Promise.reject(new Error('backend down')) };
    const failing = await mount({ adapter: broken });
    expect($(failing, '[part="error"]').textContent).to.contain('backend down');
    expect(picker(failing)).to.exist;
    await expect(failing).to.be.accessible();

    const adapter = createMemoryAdapter({
      agenda: [
        submitted('m1', [
          { id: 'i1', topicId: 'career', responseId: 'listen', memo: 'Shared thoughts', memoVisibility: 'shared', proposedBy: 'member' },
        ]),
      ],
    });
    const boss = await mount({ adapter, viewer: manager }, 'm1');
    expect($$(boss, '[part="memo-text"]').map((p) => p.textContent)).to.deep.equal(['Shared thoughts']);
    await expect(boss).to.be.accessible();

    const empty = await mount({ viewer: manager }, 'm1');
    expect($(empty, '[part="empty"]').textContent).to.equal('The member has not shared an agenda yet.');
    await expect(empty).to.be.accessible();
  });

  it('a member completes the agenda with the keyboard alone, from the first topic to submit', async () => {
    const adapter = createMemoryAdapter();
    const wrap = await fixture(
      html`<div>
        <button id="before">before</button>
        <taiwa-provider lang="en" .adapter=${adapter} .viewer=${member} .drafts=${createMemoryDraftStore()}>
          <taiwa-agenda session-id="s1"></taiwa-agenda>
        </taiwa-provider>
      </div>`,
    );
    const el = wrap.querySelector('taiwa-agenda')!;
    await el.updateComplete;
    const tab = async (times = 1) => {
      for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      return deepActive()!;
    };
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();

    expect((await tab()) as HTMLInputElement).to.have.property('value', 'work');
    await sendKeys({ press: 'Space' });
    expect((await tab(3)) as HTMLInputElement).to.have.property('value', 'career');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(picker(el).values).to.deep.equal(['work', 'career']);

    // Past the other topics to the first style group ("work").
    let focused = await tab(5);
    expect(focused.dataset['topic']).to.equal('work');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    focused = await tab();
    expect(focused.dataset['topic']).to.equal('career');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.activeTopic).to.equal('career');
    expect(el.activeResponse).to.equal('listen');

    expect((await tab()).localName).to.equal('textarea');
    await sendKeys({ type: 'Agree on the release plan' });
    expect(((await tab()) as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    // The active item's hints come next (their checkboxes are in the tab order), then the next item.
    const tabPast = async (want: (e: HTMLElement) => boolean) => {
      const passed: string[] = [];
      for (let f = await tab(); passed.length < 40; f = await tab()) {
        if (want(f)) return passed;
        passed.push((f.getRootNode() as ShadowRoot).host?.getAttribute('part') ?? f.localName);
      }
      throw new Error(`not reached past ${passed.join(', ')}`);
    };
    expect(await tabPast((e) => e.localName === 'textarea')).to.include('hints');
    await sendKeys({ type: 'Where do I want to be in three years?' });
    expect(await tabPast((e) => e.getAttribute('type') === 'date')).to.include('hints');
    // The date's fields come in the browser locale's order (mm/dd/yyyy in en-US).
    const digits: Record<string, string> = { month: '06', day: '15', year: '2026' };
    const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 5, 15)).filter((p) => p.type in digits);
    await sendKeys({ type: order.map((p) => digits[p.type]).join('') });
    // Tab leaves the date's last field (Chrome may stop once on its calendar button first).
    for (let i = 0; i < 3 && deepActive()?.getAttribute('part') !== 'submit'; i++) await tab();
    expect(deepActive()!.getAttribute('part')).to.equal('submit');
    const sent = oneEvent(el, 'taiwa-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    const record = detail.record as Agenda;
    // The event leaves the element's shadow root: a private memo's text is not in it.
    expect(record.items.map((i) => [i.topicId, i.responseId, i.memo, i.memoVisibility])).to.deep.equal([
      ['work', 'think-together', 'Agree on the release plan', 'shared'],
      ['career', 'listen', undefined, 'private'],
    ]);
    expect(record.nextDate).to.equal('2026-06-15');
    expect(record).to.include({ sessionId: 's1', memberId: 'm1' });
    expect(record.submittedAt).to.be.a('string');
    await el.updateComplete;
    expect(deepActive()!.getAttribute('part')).to.equal('summary');
    expect(adapter.all('agenda')).to.have.length(1);
  });

  it('blocks a submit without a topic or a style, says why, and points at what is missing', async () => {
    const el = await mount();
    let fired = 0;
    el.addEventListener('taiwa-submit', () => fired++);
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await el.updateComplete;
    expect($(el, '[part="problems"]').textContent).to.contain('Choose at least one topic.');
    expect(picker(el).shadowRoot!.contains(deepActive())).to.equal(true);
    await choose(el, ['relationships', 'policy'], { relationships: 'opinion' });
    // The alert follows the form as it changes.
    expect($(el, '[part="problems"]').textContent).to.not.contain('at least one topic');
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await el.updateComplete;
    expect($(el, '[part="problems"]').textContent).to.contain('Company and department direction');
    expect(deepActive()!.dataset['topic']).to.equal('policy');
    expect(fired).to.equal(0);
  });

  it('submits through the adapter, keeps private memos on the device, shows a summary and lets the member edit', async () => {
    const adapter = createMemoryAdapter();
    const drafts = createMemoryDraftStore();
    const el = await mount({ adapter, drafts });
    await choose(el, ['wellbeing'], { wellbeing: 'listen' });
    await typeMemo(el, 0, 'Sleeping badly since the reorg');
    expect($(el, '[part="visibility"]').textContent).to.contain('Private');
    expect($<HTMLInputElement>(el, '[part="share"] input').checked).to.equal(false);
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    const { detail } = await oneEvent(el, 'taiwa-submit');
    expect(detail.kind).to.equal('agenda');
    expect((detail.record as Agenda).items[0]).to.include({ topicId: 'wellbeing', memoVisibility: 'private' });
    expect((detail.record as Agenda).items[0]).to.not.have.property('memo');
    await el.updateComplete;
    expect($(el, '[part="memo-text"]').textContent).to.equal('Sleeping badly since the reorg');
    expect($(el, '[part="memo-label"]').textContent).to.contain('Private memo');
    const draft = await drafts.get<{ status: string; items: { memo: string }[] }>('agenda:s1');
    expect(draft!.status).to.equal('submitted');
    expect(draft!.items[0]!.memo).to.equal('Sleeping badly since the reorg');

    $<HTMLButtonElement>(el, '[part="edit"]').click();
    await el.updateComplete;
    expect(picker(el).values).to.deep.equal(['wellbeing']);
    expect(selector(el).values).to.deep.equal(['wellbeing:listen']);
    await choose(el, ['skills'], { skills: 'advice' });
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await oneEvent(el, 'taiwa-submit');
    // The same agenda, replaced: an upsert by id, never a duplicate.
    expect(adapter.all('agenda')).to.have.length(1);
    expect(adapter.all('agenda')[0]!.items.map((i) => i.topicId)).to.deep.equal(['wellbeing', 'skills']);
  });

  it('tells the hints which item the member works on', async () => {
    const el = await mount();
    const seen: string[] = [];
    el.addEventListener('taiwa-agenda-focus', (e: TaiwaAgendaFocusEvent) => seen.push(`${e.detail.topic}/${e.detail.response}`));
    await choose(el, ['work', 'career'], { work: 'report', career: 'think-together' });
    expect(el.activeTopic).to.equal('career');
    $$<HTMLTextAreaElement>(el, 'textarea')[0]!.focus();
    await el.updateComplete;
    expect(el.activeTopic).to.equal('work');
    expect(el.activeResponse).to.equal('report');
    const panels = $$(el, 'taiwa-hint-panel');
    expect(panels).to.have.length(1);
    expect(panels[0]!.getAttribute('topic')).to.equal('work');
    expect(panels[0]!.getAttribute('response')).to.equal('report');
    expect(panels[0]!.getAttribute('audience')).to.equal('member');
    expect(panels[0]!.closest('[part="item"]')!.getAttribute('data-topic')).to.equal('work');
    expect(seen).to.deep.equal(['career/', 'career/think-together', 'work/report']);
  });

  it('shows the manager the submitted agenda with hints and shared memos only, never a private one', async () => {
    const adapter = createMemoryAdapter({
      agenda: [
        submitted('m1', [
          {
            id: 'i1',
            topicId: 'career',
            responseId: 'listen',
            memo: 'Thinking about a move to design',
            memoVisibility: 'shared',
            proposedBy: 'member',
          },
          // A record that (wrongly) carries private text: still never shown.
          {
            id: 'i2',
            topicId: 'wellbeing',
            responseId: 'listen',
            memo: 'PRIVATE: tired all the time',
            memoVisibility: 'private',
            proposedBy: 'member',
          },
        ]),
        submitted('someone-else', [{ id: 'x', topicId: 'work', memo: 'not this one', memoVisibility: 'shared', proposedBy: 'member' }]),
      ],
    });
    const el = await mount({ adapter, viewer: manager }, 'm1');
    expect(el.shadowRoot!.textContent).to.not.contain('PRIVATE');
    expect(el.shadowRoot!.textContent).to.not.contain('not this one');
    expect($$(el, '[part="topic"]').map((t) => t.textContent)).to.deep.equal(['Future career', 'Physical and mental condition']);
    expect($$(el, '[part="memo-text"]').map((t) => t.textContent)).to.deep.equal(['Thinking about a move to design']);
    const panels = $$(el, 'taiwa-hint-panel');
    expect(panels.map((p) => [p.getAttribute('topic'), p.getAttribute('response'), p.getAttribute('audience')])).to.deep.equal([
      ['career', 'listen', 'manager'],
      ['wellbeing', 'listen', 'manager'],
    ]);
    expect($(el, '[part="next"]').textContent).to.contain('June 15, 2025');
    expect(el.shadowRoot!.querySelector('form:not([part="propose"])')).to.equal(null);
  });

  it('tells a manager without member-id what happened in plain words; the attribute goes to taiwa-error and the console', async () => {
    const logged: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(...args);
    const reported: Error[] = [];
    const onError = (e: Event) => reported.push((e as TaiwaErrorEvent).detail.error);
    document.addEventListener('taiwa-error', onError);
    try {
      const boss = await mount({ viewer: manager });
      await waitUntil(() => $(boss, '[part="note"]'));
      expect($(boss, '[part="note"]').textContent).to.equal(
        'The information for this 1:1 could not be loaded. Please contact your system administrator.',
      );
      expect(boss.shadowRoot!.textContent).not.to.match(/member-id|provider/);
      await waitUntil(() => reported.length > 0);
      expect(reported[0]!.message).to.contain('member-id');
      expect(logged).to.include(reported[0]);
    } finally {
      console.error = consoleError;
      document.removeEventListener('taiwa-error', onError);
    }
  });

  it('lets the manager propose a topic, which the member then sees on the agenda', async () => {
    const adapter = createMemoryAdapter();
    const boss = await mount({ adapter, viewer: manager }, 'm1');
    expect($(boss, '[part="empty"]')).to.exist;
    const select = $<HTMLSelectElement>(boss, 'select');
    expect(select.options).to.have.length(8);
    select.value = 'policy';
    const saved = oneEvent(boss, 'taiwa-save');
    $<HTMLButtonElement>(boss, '[part="propose-button"]').click();
    const { detail } = await saved;
    expect((detail.record as Agenda).items).to.deep.include({
      id: (detail.record as Agenda).items[0]!.id,
      topicId: 'policy',
      memoVisibility: 'private',
      proposedBy: 'manager',
    });
    await boss.updateComplete;
    expect($(boss, '[part="proposed"]').textContent).to.equal('You proposed this topic');
    // The member chooses the response style: the manager is not asked to, and gets no "choose a style" hint panel.
    expect($(boss, '[part="item"] [part="response"]').textContent).to.equal('your member chooses how you should respond');
    expect(boss.shadowRoot!.querySelector('[part="item"] taiwa-hint-panel')).to.equal(null);
    expect(boss.shadowRoot!.textContent).not.to.contain('Choose a topic and a response style');
    expect($(boss, '[part="status"]').textContent).to.equal('Topic proposed: Company and department direction.');
    expect($<HTMLSelectElement>(boss, 'select').options).to.have.length(7);

    const el = await mount({ adapter });
    expect(picker(el).values).to.deep.equal(['policy']);
    expect($(el, '[part="proposed"]').textContent).to.equal('Proposed by your manager');
    await choose(el, [], { policy: 'think-together' });
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await oneEvent(el, 'taiwa-submit');
    // One record per side: the manager's proposals, and the member's agenda that took the proposal in.
    const stored = adapter.all('agenda');
    expect(stored.map((r) => r.author ?? 'member').sort()).to.deep.equal(['manager', 'member']);
    const mine = stored.find((r) => r.author !== 'manager')!;
    expect(mine.items[0]).to.include({ topicId: 'policy', responseId: 'think-together', proposedBy: 'manager' });
    expect(stored.find((r) => r.author === 'manager')!.items.map((i) => i.topicId)).to.deep.equal(['policy']);
  });

  it('a manager’s proposal never overwrites the member’s newer resubmission; both show, on both sides', async () => {
    const adapter = createMemoryAdapter();
    const el = await mount({ adapter });
    await choose(el, ['career'], { career: 'listen' });
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await oneEvent(el, 'taiwa-submit');
    // The manager opens the agenda, then the member reopens and resubmits with another topic.
    const boss = await mount({ adapter, viewer: manager }, 'm1');
    $<HTMLButtonElement>(el, '[part="edit"]').click();
    await el.updateComplete;
    await choose(el, ['work'], { work: 'advice' });
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await oneEvent(el, 'taiwa-submit');
    $<HTMLSelectElement>(boss, 'select').value = 'policy';
    const saved = oneEvent(boss, 'taiwa-save');
    $<HTMLButtonElement>(boss, '[part="propose-button"]').click();
    expect(((await saved).detail.record as Agenda).author).to.equal('manager');
    const member = adapter.all('agenda').find((r) => r.author !== 'manager')!;
    expect(member.items.map((i) => i.topicId)).to.deep.equal(['career', 'work']);
    // The member sees the proposal beside their own items, and takes it in with the next submit.
    const again = await mount({ adapter });
    $<HTMLButtonElement>(again, '[part="edit"]').click();
    await again.updateComplete;
    expect(picker(again).values).to.deep.equal(['career', 'work', 'policy']);
    // The manager sees the member's submitted agenda as it was sent, newer than their proposal's base.
    const boss2 = await mount({ adapter, viewer: manager }, 'm1');
    expect($$(boss2, '[part="item"]')).to.have.length(2);
    // A record stored before proposals were the manager's own (a proposal inside the member's agenda) still shows.
    const { submittedAt: _sent, ...unsent } = member;
    const legacy = createMemoryAdapter({
      agenda: [{ ...unsent, id: 'old', items: [{ id: 'p', topicId: 'policy', memoVisibility: 'private', proposedBy: 'manager' }] }],
    });
    const old = await mount({ adapter: legacy });
    expect(picker(old).values).to.deep.equal(['policy']);
    expect($(old, '[part="proposed"]').textContent).to.equal('Proposed by your manager');
  });

  it('speaks Japanese', async () => {
    const el = await mount({ lang: 'ja' });
    await choose(el, ['career'], { career: 'listen' });
    expect($(el, 'label[for="memo-0"]').textContent).to.equal('「今後のキャリア」のメモ');
    expect($(el, '[part="share"]').textContent!.trim()).to.equal('「今後のキャリア」のメモをマネジャーに共有する');
    expect($(el, '[part="submit"]').textContent).to.equal('アジェンダをマネジャーと共有する');
  });

  it('works outside a provider (pure UI mode): composes and fires taiwa-submit with the record', async () => {
    const el = await fixture<TaiwaAgenda>(html`<taiwa-agenda lang="en" session-id="s9" member-id="m9"></taiwa-agenda>`);
    await el.updateComplete;
    await choose(el, ['skills'], { skills: 'opinion' });
    await typeMemo(el, 0, 'Which course next?');
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    const { detail } = await oneEvent(el, 'taiwa-submit');
    expect(detail.record).to.include({ sessionId: 's9', memberId: 'm9' });
    expect((detail.record as Agenda).items[0]).to.include({ topicId: 'skills', responseId: 'opinion', memoVisibility: 'private' });
    expect(JSON.stringify(detail)).to.not.contain('Which course next?');
  });

  it('shows nothing of an agenda to an admin', async () => {
    const el = await mount({ viewer: { id: 'hr', role: 'admin' } });
    expect($(el, '[part="empty"]').textContent).to.contain('only to the member and their manager');
    expect(el.shadowRoot!.querySelector('textarea, taiwa-topic-picker')).to.equal(null);
  });

  it('saves the draft at once when the page is hidden (pagehide), not only after the pause', async () => {
    const drafts = createMemoryDraftStore();
    const el = await mount({ drafts });
    el.autosaveDelay = 10_000_000;
    await el.updateComplete;
    await choose(el, ['private']);
    await typeMemo(el, 0, 'Moving house in May');
    expect(await drafts.get('agenda:s1')).to.equal(undefined);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await drafts.get<{ items: { memo: string }[] }>('agenda:s1'))?.items[0]?.memo === 'Moving house in May');
    expect($(el, '[part="status"]').textContent).to.equal('Draft saved on this device.');
  });

  it('loses nothing typed across a reload (real IndexedDB, fresh adapter and draft store)', async () => {
    const dbName = `agenda-${crypto.randomUUID()}`;
    const draftDb = `agenda-drafts-${crypto.randomUUID()}`;
    const open = async () => {
      const adapter = createIndexedDbAdapter({ dbName, viewerId: member.id });
      const drafts = createDraftStore({ dbName: draftDb, viewerId: member.id });
      return { adapter, el: await mount({ adapter, drafts }) };
    };
    const first = await open();
    await choose(first.el, ['work', 'skills'], { work: 'report', skills: 'advice' });
    $$<HTMLTextAreaElement>(first.el, 'textarea')[1]!.focus();
    await sendKeys({ type: 'Learn Rust — 学びたい 🦀' });
    $$<HTMLInputElement>(first.el, '[part="share"] input')[1]!.click();
    const date = $<HTMLInputElement>(first.el, 'input[type="date"]');
    date.value = '2025-07-01';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    // The tab goes away: the element leaves the page with the last keystrokes not yet saved.
    first.el.closest('taiwa-provider')!.remove();
    await first.el.saveDraft();
    first.adapter.close();

    const second = await open();
    expect(picker(second.el).values).to.deep.equal(['work', 'skills']);
    expect(selector(second.el).values).to.deep.equal(['work:report', 'skills:advice']);
    expect($$<HTMLTextAreaElement>(second.el, 'textarea').map((t) => t.value)).to.deep.equal(['', 'Learn Rust — 学びたい 🦀']);
    expect($$<HTMLInputElement>(second.el, '[part="share"] input').map((s) => s.checked)).to.deep.equal([false, true]);
    expect($<HTMLInputElement>(second.el, 'input[type="date"]').value).to.equal('2025-07-01');
    second.adapter.close();
  });

  it('keeps the submitted agenda and its private memos across a reload', async () => {
    const adapter: MemoryAdapter = createMemoryAdapter();
    const drafts = createMemoryDraftStore();
    const el = await mount({ adapter, drafts });
    await choose(el, ['relationships'], { relationships: 'listen' });
    await typeMemo(el, 0, 'Friction with the other team');
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await oneEvent(el, 'taiwa-submit');
    el.closest('taiwa-provider')!.remove();
    await el.saveDraft();
    const again = await mount({ adapter, drafts });
    expect($(again, '[part="summary"]')).to.exist;
    expect($(again, '[part="memo-text"]').textContent).to.equal('Friction with the other team');
  });

  it('shows, keeps and saves nothing of one viewer for the next; a pending draft goes to its own store', async () => {
    const m2: Viewer = { id: 'm2', role: 'member' };
    const [drafts1, drafts2] = [createMemoryDraftStore(), createMemoryDraftStore()];
    const el = await mount({ drafts: drafts1 });
    const provider = el.closest('taiwa-provider')!;
    el.autosaveDelay = 10_000_000;
    await el.updateComplete;
    await choose(el, ['private']);
    await typeMemo(el, 0, 'SECRET of m1');
    expect(await drafts1.get('agenda:s1')).to.equal(undefined, 'still waiting for the pause');

    provider.viewer = m2;
    provider.drafts = drafts2;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.contain('SECRET');
    expect($$<HTMLTextAreaElement>(el, 'textarea')).to.have.length(0);
    expect(picker(el).values).to.deep.equal([]);
    await el.saveDraft();
    expect(await drafts2.get('agenda:s1')).to.equal(undefined);
    // m1's last keystrokes were not lost: they went to m1's store, under m1's session.
    expect((await drafts1.get<{ items: { memo: string }[] }>('agenda:s1'))!.items[0]!.memo).to.equal('SECRET of m1');

    await choose(el, ['work']);
    await typeMemo(el, 0, 'note of m2');
    await el.saveDraft();
    expect((await drafts2.get<{ items: { memo: string }[] }>('agenda:s1'))!.items.map((i) => i.memo)).to.deep.equal(['note of m2']);
    expect(JSON.stringify(await drafts2.get('agenda:s1'))).to.not.contain('SECRET');
    expect((await drafts1.get<{ items: { memo: string }[] }>('agenda:s1'))!.items.map((i) => i.memo)).to.deep.equal(['SECRET of m1']);

    // Back to m1: their draft, read back from their store.
    provider.viewer = member;
    provider.drafts = drafts1;
    await el.updateComplete;
    expect($$<HTMLTextAreaElement>(el, 'textarea').map((t) => t.value)).to.deep.equal(['SECRET of m1']);
  });

  it('keeps a draft per session: a change of session-id saves the old one under its own key and starts afresh', async () => {
    const drafts = createMemoryDraftStore();
    const el = await mount({ drafts });
    el.autosaveDelay = 10_000_000;
    await el.updateComplete;
    await choose(el, ['career'], { career: 'listen' });
    await typeMemo(el, 0, 'For session one');
    el.sessionId = 's2';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.contain('For session one');
    expect(picker(el).values).to.deep.equal([]);
    await choose(el, ['skills']);
    await el.saveDraft();
    expect((await drafts.get<{ items: { memo: string; topicId: string }[] }>('agenda:s1'))!.items[0]).to.include({
      topicId: 'career',
      memo: 'For session one',
    });
    expect((await drafts.get<{ items: { topicId: string }[] }>('agenda:s2'))!.items.map((i) => i.topicId)).to.deep.equal(['skills']);
  });

  it('never puts the text of a private memo in a taiwa-submit or taiwa-save detail, even with a local adapter', async () => {
    // A local adapter keeps private memos on the device; the events still must not carry them.
    const adapter = createMemoryAdapter();
    const el = await mount({ adapter });
    await choose(el, ['work', 'career'], { work: 'advice', career: 'listen' });
    await typeMemo(el, 0, 'PRIVATE-1 keep me here');
    await typeMemo(el, 1, 'Shared with the boss');
    $$<HTMLInputElement>(el, '[part="share"] input')[1]!.click();
    await el.updateComplete;
    const seen: Event[] = [];
    document.addEventListener('taiwa-submit', (e) => seen.push(e), { once: true });
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    const { detail } = await oneEvent(el, 'taiwa-submit');
    expect(JSON.stringify(detail)).to.not.contain('PRIVATE-1');
    expect((detail.record as Agenda).items.map((i) => i.memo)).to.deep.equal([undefined, 'Shared with the boss']);
    expect(seen).to.have.length(1, 'the event reaches the document');
    // The member and this device still have it.
    await el.updateComplete;
    expect($$(el, '[part="memo-text"]').map((p) => p.textContent)).to.deep.equal(['PRIVATE-1 keep me here', 'Shared with the boss']);
    expect(JSON.stringify(adapter.all('agenda'))).to.contain('PRIVATE-1');

    const boss = await mount({ adapter, viewer: manager }, 'm1');
    $<HTMLSelectElement>(boss, 'select').value = 'policy';
    const saved = oneEvent(boss, 'taiwa-save');
    $<HTMLButtonElement>(boss, '[part="propose-button"]').click();
    const proposal = (await saved).detail;
    // The manager's own record: only the proposal, nothing of the member's agenda.
    expect((proposal.record as Agenda).items.map((i) => i.topicId)).to.deep.equal(['policy']);
    expect(JSON.stringify(proposal)).to.not.contain('PRIVATE-1');
    expect(JSON.stringify(proposal)).to.not.contain('Shared with the boss');
  });

  it('submits once while a slow save is under way, and keeps what was typed meanwhile', async () => {
    const { memory, adapter: slow, release, puts } = gatedWrites();
    const drafts = createMemoryDraftStore();
    const el = await mount({ adapter: slow, drafts });
    await choose(el, ['wellbeing'], { wellbeing: 'listen' });
    await typeMemo(el, 0, 'First words');
    const button = $<HTMLButtonElement>(el, '[part="submit"]');
    const sent = oneEvent(el, 'taiwa-submit');
    button.click();
    await waitUntil(() => puts() === 1);
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[part="status"]').textContent).to.equal('Sharing…');
    button.click();
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await typeMemo(el, 0, 'First words, and more typed while it was sent');
    release();
    await sent;
    await el.updateComplete;
    expect(puts()).to.equal(1);
    expect(memory.all('agenda')).to.have.length(1);
    expect($(el, '[part="memo-text"]').textContent).to.equal('First words, and more typed while it was sent');
    const draft = await drafts.get<{ status: string; items: { memo: string }[] }>('agenda:s1');
    expect(draft).to.deep.include({ status: 'submitted' });
    expect(draft!.items[0]!.memo).to.equal('First words, and more typed while it was sent');
    $<HTMLButtonElement>(el, '[part="edit"]').click();
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part="submit"]').hasAttribute('aria-disabled')).to.equal(false);
  });

  it('drops a damaged date from a stored draft instead of failing to render', async () => {
    expect(normalizeDraft({ id: 'd', items: [], nextDate: '2025-13-45' })!.nextDate).to.equal('');
    expect(normalizeDraft({ id: 'd', items: [], nextDate: '2025-02-30' })!.nextDate).to.equal('');
    expect(normalizeDraft({ id: 'd', items: [], nextDate: '2024-02-29' })!.nextDate).to.equal('2024-02-29');
    expect(normalizeDraft({ id: 'd', items: [], submittedAt: 'last Tuesday-ish' })).to.not.have.property('submittedAt');
    expect(normalizeDraft({ id: 'd', items: [], submittedAt: at })!.submittedAt).to.equal(at);

    const drafts = createMemoryDraftStore();
    await drafts.set('agenda:s1', {
      id: 'd1',
      createdAt: at,
      items: [{ id: 'x', topicId: 'work', responseId: 'listen', memo: 'Still here', memoVisibility: 'private', proposedBy: 'member' }],
      nextDate: '2025-13-45',
      status: 'submitted',
      submittedAt: 'not a date',
      removed: [],
    });
    const el = await mount({ drafts });
    expect($(el, '[part="memo-text"]').textContent).to.equal('Still here');
    expect(el.shadowRoot!.querySelector('[part="next"], [part="submitted"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
