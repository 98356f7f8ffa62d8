/**
 * Two tabs, one agenda draft, with the steps that race held still (no timing): the agenda in this
 * page is one tab, over a draft store whose writes, reads or loads the test holds; the other tab is
 * a second IndexedDB draft store over the same database (its writes reach the agenda as another
 * tab's do, through BroadcastChannel). Each case lost typed text before the fix (issue 15: nothing
 * typed in either tab is lost); agenda-tabs.test.ts is the same guarantee with free-running tabs.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import { createDraftStore, type DraftStore } from '../../src/adapters/drafts.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { draftKey, type AgendaDraft } from '../../src/elements/agenda/agenda.model.js';
import { member } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';

const key = draftKey('s1');

/** A gate: `wait()` resolves once `open()` was called (at once when not closed). */
function gate() {
  let opened: (() => void) | undefined;
  let shut: Promise<void> | undefined;
  return {
    close: () => void (shut = new Promise<void>((r) => (opened = r))),
    open: () => (opened?.(), (shut = undefined)),
    wait: () => shut ?? Promise.resolve(),
  };
}

/**
 * `store` as a host's own store, with its writes (`writes`), its reads' answers (`reads`: the read
 * is made at once, its answer held) and its loads (`loads`: the first get or read) held on demand,
 * and a log of what it stored and of the other tabs' writes it heard.
 */
function held(store: DraftStore) {
  const writes = gate();
  const reads = gate();
  const loads = gate();
  const log = { stored: [] as AgendaDraft[], heard: 0, readsMade: 0, readsAnswered: 0, writesWaiting: 0, loadsWaiting: 0 };
  let loaded = false;
  const load = async <T>(read: () => Promise<T>): Promise<T> => {
    if (loaded) return read();
    loaded = true;
    const answer = await read();
    log.loadsWaiting++;
    await loads.wait();
    return answer;
  };
  const drafts: DraftStore = {
    get: (k) => load(() => store.get(k)),
    set: (k, v) => store.set(k, v),
    delete: (k) => store.delete(k),
    keys: (p) => store.keys(p),
    read: async <T>(k: string) => {
      const answer = await load(() => store.read!<T>(k));
      log.readsMade++;
      await reads.wait();
      log.readsAnswered++;
      return answer;
    },
    write: async (k, v, version) => {
      log.writesWaiting++;
      await writes.wait();
      log.writesWaiting--;
      const made = await store.write!(k, v, version);
      log.stored.push(structuredClone(v) as AgendaDraft);
      return made;
    },
    watch: (listener) => store.watch!((k, v) => (log.heard++, listener(k, v))),
  };
  return { drafts, writes, reads, loads, log };
}

const newDb = () => `agenda-held-${crypto.randomUUID()}`;
const root = (el: TaiwaAgenda) => el.shadowRoot!;
const memoOf = (el: TaiwaAgenda, topic: string) => root(el).querySelector<HTMLTextAreaElement>(`[data-topic="${topic}"] textarea`)!;

async function mount(drafts: DraftStore): Promise<TaiwaAgenda> {
  const inner = html`<taiwa-agenda session-id="s1"></taiwa-agenda>`;
  return (await inProvider('taiwa-agenda', inner, { adapter: createMemoryAdapter(), viewer: member, drafts })).el;
}

async function pick(el: TaiwaAgenda, topics: string[]) {
  const picker = root(el).querySelector('taiwa-topic-picker')!;
  for (const t of topics) picker.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${t}"]`)!.click();
  await el.updateComplete;
}

/** Types `text` into the memo of `topic` as one input event does. */
async function type(el: TaiwaAgenda, topic: string, text: string) {
  const area = memoOf(el, topic);
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const memoIn = (draft: AgendaDraft | undefined, topic: string) => draft?.items.find((i) => i.topicId === topic)?.memo;

/** `draft` with the memo of `topic` set to `memo` (what another tab typing there stores). */
const withMemo = (draft: AgendaDraft, topic: string, memo: string): AgendaDraft => ({
  ...draft,
  items: draft.items.map((i) => (i.topicId === topic ? { ...i, memo } : i)),
});

describe('two tabs, one agenda draft, the racing steps held', function () {
  this.timeout(30_000);

  it('a write queued before another tab’s text came in does not store the draft without it', async () => {
    const db = newDb();
    const tab = held(createDraftStore({ dbName: db, viewerId: member.id }));
    const other = createDraftStore({ dbName: db, viewerId: member.id });
    const el = await mount(tab.drafts);
    await pick(el, ['work', 'career']);
    await el.saveDraft();

    // This tab's writes wait: the first is on its way, the next queued behind it.
    tab.writes.close();
    await type(el, 'work', 'a');
    await waitUntil(() => tab.log.writesWaiting === 1, 'the first write is on its way');
    await type(el, 'work', 'ac');
    const saving = el.saveDraft();

    // Meanwhile the other tab types in the other memo, and this tab shows it.
    const { value, version } = await other.read!<AgendaDraft>(key);
    await other.write!(key, withMemo(value!, 'career', 'b'), version);
    await waitUntil(() => memoOf(el, 'career').value === 'b', 'this tab shows the other tab’s text');

    const from = tab.log.stored.length;
    tab.writes.open();
    await saving;
    await el.saveDraft();
    const kept = tab.log.stored.slice(from);
    expect(kept.length, 'this tab stored after the other tab wrote').to.be.greaterThan(0);
    // Every draft this tab stored since keeps the other tab's text (a tab that took one without it
    // as the newest would have removed it from its own memo).
    expect(kept.map((d) => memoIn(d, 'career'))).to.deep.equal(kept.map(() => 'b'));
    const stored = (await other.read!<AgendaDraft>(key)).value;
    expect([memoIn(stored, 'work'), memoIn(stored, 'career')]).to.deep.equal(['ac', 'b']);
    expect([memoOf(el, 'work').value, memoOf(el, 'career').value]).to.deep.equal(['ac', 'b']);
  });

  it('two writes of another tab heard before the first is merged: the second merges into the first, nothing is lost', async () => {
    const db = newDb();
    const tab = held(createDraftStore({ dbName: db, viewerId: member.id }));
    const other = createDraftStore({ dbName: db, viewerId: member.id });
    const el = await mount(tab.drafts);
    await pick(el, ['work', 'career']);
    await type(el, 'work', 'x1');
    await type(el, 'career', 'b');
    await el.saveDraft();
    const { value: mine, version } = await other.read!<AgendaDraft>(key);
    expect([memoIn(mine, 'work'), memoIn(mine, 'career')]).to.deep.equal(['x1', 'b']);

    // The other tab stores a draft without "b" (it removed it), then one with it again and more.
    tab.reads.close();
    const heard = tab.log.heard;
    const [made, answered] = [tab.log.readsMade, tab.log.readsAnswered];
    const removed = await other.write!(key, withMemo(withMemo(mine!, 'work', 'x1c'), 'career', ''), version);
    await waitUntil(() => tab.log.heard === heard + 1 && tab.log.readsMade === made + 1, 'this tab read the first write');
    const again = withMemo(withMemo(mine!, 'work', 'x1c'), 'career', 'b, and more');
    await other.write!(key, again, removed);
    await waitUntil(() => tab.log.heard === heard + 2, 'this tab heard both writes');
    tab.reads.open();
    await waitUntil(() => tab.log.readsAnswered >= answered + 2 && memoOf(el, 'work').value === 'x1c', 'this tab merged both');
    await el.updateComplete;
    await el.saveDraft();

    expect([memoOf(el, 'work').value, memoOf(el, 'career').value]).to.deep.equal(['x1c', 'b, and more']);
    const stored = (await other.read!<AgendaDraft>(key)).value;
    expect([memoIn(stored, 'work'), memoIn(stored, 'career')]).to.deep.equal(['x1c', 'b, and more']);
  });

  it('a tab that opens while another tab writes builds on the draft it shows', async () => {
    const db = newDb();
    const other = createDraftStore({ dbName: db, viewerId: member.id });
    {
      // A first tab makes the draft, and closes.
      const first = await mount(createDraftStore({ dbName: db, viewerId: member.id }));
      await pick(first, ['work', 'career']);
      await type(first, 'work', 'w');
      await first.saveDraft();
      first.closest('taiwa-provider')!.remove();
    }
    const tab = held(createDraftStore({ dbName: db, viewerId: member.id }));
    tab.loads.close();
    const mounting = mount(tab.drafts);
    await waitUntil(() => tab.log.loadsWaiting === 1, 'the new tab read the draft');
    // While the new tab loads, the other tab types in the second memo.
    const { value, version } = await other.read!<AgendaDraft>(key);
    await other.write!(key, withMemo(value!, 'career', 'typed meanwhile'), version);
    tab.loads.open();
    const el = await mounting;

    // It types on the draft it shows: the other tab's text, even if not shown yet, is kept.
    await type(el, 'work', 'wz');
    await el.saveDraft();
    const stored = (await other.read!<AgendaDraft>(key)).value;
    expect([memoIn(stored, 'work'), memoIn(stored, 'career')]).to.deep.equal(['wz', 'typed meanwhile']);
    await waitUntil(() => memoOf(el, 'career').value === 'typed meanwhile', 'the new tab shows the other tab’s text');
    expect(memoOf(el, 'work').value).to.equal('wz');
  });
});
