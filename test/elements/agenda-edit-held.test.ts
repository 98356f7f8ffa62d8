/**
 * What only changing and sending the agenda needs (agenda.edit.ts: the tabs agreement, the submit,
 * the frame, the thread's read) comes after its content. Held back by the `editing` seam: the agenda
 * shows its stored items and takes the member's typing; each keystroke is copied on this device in
 * the input's own task (the write-ahead copy), so a reload before the part arrives finds the text;
 * and a second tab that writes before the tabs agreement is in loses nothing of either tab.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createDraftStore, type DraftStore } from '../../src/adapters/drafts.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { draftKey, type AgendaDraft } from '../../src/elements/agenda/agenda.model.js';
import type { Viewer } from '../../src/model/schemas.js';

const key = draftKey('s1');

/** An agenda class whose edit part arrives only when the test releases it. */
function heldAgenda() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = 0;
  class HeldAgenda extends TaiwaAgenda {
    static override editing = async () => {
      asked++;
      await held;
      return TaiwaAgenda.editing();
    };
  }
  const tag = `edit-held-agenda-${Math.random().toString(36).slice(2)}`;
  customElements.define(tag, HeldAgenda);
  return { tag, release, asked: () => asked };
}

async function mount(tag: string, viewer: Viewer, { drafts, lang = 'en' }: { drafts?: DraftStore; lang?: string } = {}) {
  const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang=${lang}></taiwa-provider>`);
  Object.assign(provider, { adapter: createMemoryAdapter(), viewer, ...(drafts ? { drafts } : {}) });
  const el = document.createElement(tag) as TaiwaAgenda;
  el.setAttribute('session-id', 's1');
  provider.append(el);
  return { el, provider };
}

const root = (el: TaiwaAgenda) => el.shadowRoot!;
const picked = (el: TaiwaAgenda, topic: string) =>
  root(el).querySelector('taiwa-topic-picker')?.shadowRoot?.querySelector<HTMLInputElement>(`input[value="${topic}"]`);
const memoOf = (el: TaiwaAgenda, topic: string) => root(el).querySelector<HTMLTextAreaElement>(`[data-topic="${topic}"] textarea`);
const memoIn = (draft: AgendaDraft | undefined, topic: string) => draft?.items.find((i) => i.topicId === topic)?.memo;

/** Types `text` into the memo of `topic` as one input event does (no await: the copy is in this task). */
function type(el: TaiwaAgenda, topic: string, text: string) {
  const area = memoOf(el, topic)!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The write-ahead copies on this device that hold `text`. */
const copiesWith = (text: string) =>
  Object.keys(localStorage).filter((k) => k.startsWith('taiwa-wa:') && (localStorage.getItem(k) ?? '').includes(text));

const draftOf = (topics: string[]): AgendaDraft => ({
  id: crypto.randomUUID(),
  createdAt: '2025-06-01T00:00:00.000Z',
  items: topics.map((topicId) => ({
    id: `i-${topicId}`,
    topicId,
    responseId: '',
    memo: '',
    memoVisibility: 'private',
    proposedBy: 'member',
  })),
  nextDate: '',
  status: 'draft',
  removed: [],
});

describe('taiwa-agenda: the edit part after the content', function () {
  // Conditions waited for, not times: 10 s each, so a busy machine is slow, not failing.
  this.timeout(60_000);

  for (const lang of ['en', 'ja']) {
    it(`(${lang}) shows the stored items and keeps what is typed before the edit part arrives, across a reload`, async () => {
      const viewer: Viewer = { id: `m-${crypto.randomUUID()}`, role: 'member' };
      // The stored draft, in the provider's own draft store for this viewer (IndexedDB).
      await createDraftStore({ viewerId: viewer.id }).set(key, draftOf(['career']));
      const { tag, release, asked } = heldAgenda();
      const { el, provider } = await mount(tag, viewer, { lang });
      await waitUntil(() => picked(el, 'career')?.checked && memoOf(el, 'career'), 'the stored topic and its memo are on screen', {
        timeout: 10_000,
      });
      expect(root(el).querySelector('[part~="thread"]'), 'no thread while the edit part is held').to.equal(null);

      type(el, 'career', 'typed before the edit part');
      // In the input's task, before any await: the text is on this device already.
      expect(copiesWith('typed before the edit part'), 'the write-ahead copy, at once').to.have.length(1);
      await waitUntil(() => asked() > 0, 'the edit part was asked for', { timeout: 10_000 });
      // The draft store's write waits for the tabs agreement (held): the copy alone holds the text.
      await new Promise((r) => requestAnimationFrame(r));
      expect(memoIn(await createDraftStore({ viewerId: viewer.id }).get<AgendaDraft>(key), 'career'), 'not in the store yet').to.equal('');

      // A reload before the edit part ever arrived: a new agenda finds the text.
      provider.remove();
      const again = await mount('taiwa-agenda', viewer, { lang });
      await waitUntil(() => memoOf(again.el, 'career')?.value === 'typed before the edit part', 'the reloaded agenda shows the text', {
        timeout: 10_000,
      });
      const store = createDraftStore({ viewerId: viewer.id });
      let stored: AgendaDraft | undefined;
      await waitUntil(
        async () => ((stored = await store.get<AgendaDraft>(key)), memoIn(stored, 'career') === 'typed before the edit part'),
        'replayed into the store',
        { timeout: 10_000 },
      );
      await waitUntil(() => copiesWith('typed before the edit part').length === 0, 'the copy is confirmed and gone', { timeout: 10_000 });
      release();
      await expect(again.el).to.be.accessible();
    });
  }

  it('a second tab that writes before the tabs agreement arrives: neither tab loses its text', async () => {
    const viewer: Viewer = { id: 'm1', role: 'member' };
    const db = `agenda-edit-held-${crypto.randomUUID()}`;
    const other = createDraftStore({ dbName: db, viewerId: viewer.id });
    await other.write!(key, draftOf(['work', 'career']), 0);
    const { tag, release } = heldAgenda();
    const { el } = await mount(tag, viewer, { drafts: createDraftStore({ dbName: db, viewerId: viewer.id }) });
    await waitUntil(() => memoOf(el, 'work') && memoOf(el, 'career'), 'the stored items are on screen', { timeout: 10_000 });

    // This tab types; its write waits for the tabs agreement. The other tab writes meanwhile.
    type(el, 'work', 'this tab');
    const { value, version } = await other.read!<AgendaDraft>(key);
    const theirs = { ...value!, items: value!.items.map((i) => (i.topicId === 'career' ? { ...i, memo: 'the other tab' } : i)) };
    await other.write!(key, theirs, version);
    expect(memoIn((await other.read!<AgendaDraft>(key)).value, 'work'), 'this tab has not written yet').to.equal('');

    release();
    await waitUntil(() => memoOf(el, 'career')?.value === 'the other tab', 'this tab shows the other tab’s text', { timeout: 10_000 });
    await el.saveDraft();
    const stored = (await other.read!<AgendaDraft>(key)).value;
    expect([memoIn(stored, 'work'), memoIn(stored, 'career')]).to.deep.equal(['this tab', 'the other tab']);
    expect([memoOf(el, 'work')!.value, memoOf(el, 'career')!.value]).to.deep.equal(['this tab', 'the other tab']);
  });
});
