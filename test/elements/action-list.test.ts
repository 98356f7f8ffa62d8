/**
 * `taiwa-action-list`: the pair's 宿題 by keyboard alone, in both languages, with axe on every state;
 * what each side may write; and that a private item stays in this device's draft store.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/action-list/define.js';
import type { TaiwaActionList } from '../../src/elements/action-list/action-list.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { DraftStore, TaiwaAdapter } from '../../src/adapters/types.js';
import type { Action, Session, Viewer } from '../../src/model/schemas.js';
import { deepActive } from '../helpers/a11y.js';
import { AT, manager, member } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const texts = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(`${selector} [part~="text"]`)].map((n) => n.textContent!.trim());

const sessions: Session[] = [
  { id: 's1', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-02T10:00:00.000Z' },
  { id: 's2', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-16T10:00:00.000Z' },
];
const action = (id: string, init: Partial<Action> = {}): Action => ({
  id,
  createdAt: AT,
  updatedAt: AT,
  memberId: 'm1',
  managerId: 'boss',
  owner: 'member',
  text: `item ${id}`,
  status: 'open',
  visibility: 'shared',
  sessionId: 's1',
  ...init,
});

async function mount(
  viewer: Viewer,
  adapter: TaiwaAdapter,
  { sessionId = 's2', lang = 'en', drafts = createMemoryDraftStore() as DraftStore } = {},
) {
  const inner = html`<taiwa-action-list session-id=${sessionId} member-id="m1" manager-id="boss" heading-level="2"></taiwa-action-list>`;
  return (await inProvider('taiwa-action-list', inner, { adapter, viewer, lang, drafts })).el as TaiwaActionList;
}

async function settle(el: TaiwaActionList) {
  // A write is not part of updateComplete: wait until the status line says it is done.
  await el.updateComplete;
  for (let i = 0; i < 200 && /…$/.test($(el, '[part="status"]').textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 5));
  await el.updateComplete;
}

describe('taiwa-action-list', () => {
  for (const lang of ['en', 'ja']) {
    it(`(${lang}) carries open items to the top, closes one with Space, drops one, and keeps them in the history; axe-clean in every state`, async () => {
      const adapter = createMemoryAdapter({
        session: sessions,
        action: [
          action('a'),
          action('b', { owner: 'manager', text: 'manager item' }),
          action('c'),
          action('old', { status: 'done', closedAt: AT }),
        ],
      });
      const el = await mount(member, adapter, { lang });
      await expect(el).to.be.accessible();
      expect($(el, '[part="heading"]').textContent).to.equal(lang === 'ja' ? '前回決めたこと' : 'Agreed last time');
      expect(texts(el, '[part="carried"]')).to.deep.equal(['item a', 'manager item', 'item c']);
      // The manager's item is read-only for the member: one writer per record.
      expect(el.shadowRoot!.querySelectorAll('[part="carried"] [part="check"]')).to.have.length(2);

      const first = $<HTMLInputElement>(el, '[part="check"][data-action="a"]');
      first.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      const [stored] = await adapter.query('action', { personId: 'm1' }).then((r) => r.filter((x) => x.id === 'a'));
      expect(stored!.status).to.equal('done');
      expect(stored!.closedAt).to.be.a('string');
      expect(texts(el, '[part="carried"]')).to.deep.equal(['manager item', 'item c']);
      // Focus takes the next open item's place, so Space again would close it.
      expect(deepActive()?.dataset['action']).to.equal('c');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part')).to.equal('drop');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect((await adapter.query('action', {})).find((x) => x.id === 'c')!.status).to.equal('dropped');
      expect(texts(el, '[part="carried"]')).to.deep.equal(['manager item']);

      const history = $<HTMLDetailsElement>(el, '[part="history"]');
      expect(history.open).to.equal(false);
      history.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(history.open).to.equal(true);
      expect(texts(el, '[part="closed"]').sort()).to.deep.equal(['item a', 'item c', 'item old']);
      await expect(el).to.be.accessible();
    });
  }

  it('adds an item by keyboard, due by the next 1on1 (shown with its date now), owned by the viewer', async () => {
    const adapter = createMemoryAdapter({ session: sessions });
    const el = await mount(manager, adapter, { sessionId: 's1' });
    $(el, '[part="add-text"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="problem"]').textContent).to.contain('Write what you will do');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Share the release plan' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const [saved] = await adapter.query('action', {});
    expect(saved).to.include({
      owner: 'manager',
      memberId: 'm1',
      managerId: 'boss',
      sessionId: 's1',
      dueSessionId: 's2',
      visibility: 'shared',
      status: 'open',
    });
    expect(texts(el, '[part="current"]')).to.deep.equal(['Share the release plan']);
    expect($(el, '[part="current"] [part="meta"]').textContent).to.contain('Jun 16, 2025');
    expect(deepActive()?.getAttribute('part')).to.equal('add-text');
    expect($(el, '[part="status"]').textContent).to.equal('Action item added: Share the release plan');

    // Rescheduled: the item follows its 1on1, not a date copied into it.
    await adapter.put('session', { ...sessions[1]!, scheduledAt: '2025-06-23T10:00:00.000Z', updatedAt: '2025-06-03T00:00:00.000Z' });
    await el.refresh();
    await el.updateComplete;
    expect($(el, '[part="current"] [part="meta"]').textContent).to.contain('Jun 23, 2025');
  });

  it('(ja) says what is missing when the text is empty, and stays axe-clean', async () => {
    const el = await mount(member, createMemoryAdapter({ session: sessions }), { lang: 'ja' });
    $(el, '[part="add-text"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="problem"]').textContent).to.equal('やることを書いてください。');
    expect($(el, '[part="none"]').textContent).to.contain('持ち越した宿題はありません');
    await expect(el).to.be.accessible();
  });

  it('keeps a private item in the draft store when the backend is not local, and never hands it to the adapter', async () => {
    const puts: string[] = [];
    const inner = createMemoryAdapter({ session: sessions });
    const remote: TaiwaAdapter = {
      local: false,
      put: async (kind, record) => {
        puts.push(JSON.stringify({ kind, record }));
        await inner.put(kind, record);
      },
      query: (kind, q) => inner.query(kind, q),
    };
    const drafts = createMemoryDraftStore();
    const el = await mount(member, remote, { sessionId: 's1', drafts });
    $(el, '[part="add-share"] input').click();
    $<HTMLInputElement>(el, '[part="add-text"]').value = 'secret plan';
    $<HTMLButtonElement>(el, '[part="add-button"]').click();
    await settle(el);
    expect(puts).to.deep.equal([]);
    const keys = await drafts.keys('action:');
    expect(keys).to.have.length(1);
    expect(texts(el, '[part="current"]')).to.deep.equal(['secret plan']);
    expect($(el, '[part="current"] [part="private"]')).to.exist;
    await expect(el).to.be.accessible();
    // Ticked done: still only on this device.
    $<HTMLInputElement>(el, '[part="check"]').click();
    await settle(el);
    expect(puts).to.deep.equal([]);
    expect(((await drafts.get(keys[0]!)) as Action).status).to.equal('done');
    // A fresh page of the same viewer reads it back from the draft store.
    el.closest('taiwa-provider')!.remove();
    const again = await mount(member, remote, { sessionId: 's1', drafts });
    expect(texts(again, '[part="closed"]')).to.deep.equal(['secret plan']);
  });
});
