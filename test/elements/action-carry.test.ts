/**
 * Carry-over across two 1on1s, end to end: an action item agreed in the agenda of 1on1 #1 opens the
 * agenda of #2 at the top, for the member and for the manager, on the REST backend (the real server
 * on PGlite) and in the browser-only mode (IndexedDB); what last time left comes back too; and a
 * private item never leaves the device (the server's request capture sees none of it).
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaActionList } from '../../src/elements/action-list/action-list.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { DraftStore, TaiwaAdapter } from '../../src/adapters/types.js';
import type { Feedback, HintMark, Session, Viewer } from '../../src/model/schemas.js';
import { TestTenant } from '../adapters/outbox-server.js';
import { inProvider } from '../helpers/mount.js';
import { deepActive } from '../helpers/a11y.js';
import { manager, member } from '../helpers/records.js';

const AT = '2025-06-01T00:00:00.000Z';
const sessions: Session[] = [
  { id: 's1', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-02T10:00:00.000Z' },
  { id: 's2', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-16T10:00:00.000Z' },
];
const HINT = 'general.member.1';

async function agenda(adapter: TaiwaAdapter, viewer: Viewer, sessionId: string, drafts: DraftStore, lang = 'en') {
  const inner = html`<taiwa-agenda session-id=${sessionId} member-id="m1"></taiwa-agenda>`;
  const el = (await inProvider('taiwa-agenda', inner, { adapter, viewer, drafts, lang })).el as TaiwaAgenda;
  const list = el.shadowRoot!.querySelector<TaiwaActionList>('[part~="actions"]')!;
  await list.updateComplete;
  await el.updateComplete;
  return { el, list };
}

const textsIn = (list: TaiwaActionList, part: string) =>
  [...list.shadowRoot!.querySelectorAll(`[part="${part}"] [part~="text"]`)].map((n) => n.textContent!.trim());

async function settle(list: TaiwaActionList) {
  await list.updateComplete;
  for (let i = 0; i < 400 && /…$/.test(list.shadowRoot!.querySelector('[part="status"]')!.textContent ?? ''); i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
  await list.updateComplete;
}

/** Types an item into the agenda's action list and presses Enter, the share box as given. */
async function addByKeyboard(list: TaiwaActionList, text: string, shared: boolean) {
  const box = list.shadowRoot!.querySelector<HTMLInputElement>('[part="add-share"] input')!;
  if (box.checked !== shared) {
    box.focus();
    await sendKeys({ press: 'Space' });
  }
  list.shadowRoot!.querySelector<HTMLInputElement>('[part="add-text"]')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await settle(list);
  expect(deepActive()?.getAttribute('part')).to.equal('add-text');
}

describe('action items carried across two 1on1s', () => {
  it('on the REST backend: at the top of #2 for member and manager; private stays on the device; last time comes back', async function () {
    this.timeout(60_000);
    const t = new TestTenant('carry');
    // Two people with their own sign-in, under the real policy: the member's adapter and the manager's.
    await t.people([{ id: 'boss' }, { id: 'm1', managerId: 'boss' }]);
    const [memberToken, bossToken] = [await t.tokenFor('m1'), await t.tokenFor('boss')];
    const rest = createRestAdapter({ baseUrl: t.base, getHeaders: () => ({ authorization: `Bearer ${memberToken}` }) });
    const bossRest = createRestAdapter({ baseUrl: t.base, getHeaders: () => ({ authorization: `Bearer ${bossToken}` }) });
    for (const s of sessions) await bossRest.put('session', s);
    const mark: HintMark = {
      id: 'hm1',
      createdAt: AT,
      updatedAt: AT,
      sessionId: 's1',
      memberId: 'm1',
      managerId: 'boss',
      by: 'member',
      hintId: HINT,
      marked: true,
    };
    await rest.put('hint-mark', mark);
    const memberDrafts = createMemoryDraftStore();

    const first = await agenda(rest, member, 's1', memberDrafts);
    await addByKeyboard(first.list, 'Draft the onboarding guide', true);
    await addByKeyboard(first.list, 'PRIVATE-ITEM ask about the transfer', false);
    expect(textsIn(first.list, 'current')).to.deep.equal(['Draft the onboarding guide', 'PRIVATE-ITEM ask about the transfer']);
    first.el.closest('taiwa-provider')!.remove();

    const reflection: Feedback = {
      id: 'f1',
      createdAt: AT,
      updatedAt: AT,
      sessionId: 's1',
      memberId: 'm1',
      managerId: 'boss',
      by: 'manager',
      scale: { min: 0, max: 10 },
      overall: 7,
      items: [],
      nextTime: 'Ask first, advise later.',
    };
    await bossRest.put('feedback', reflection);

    const second = await agenda(rest, member, 's2', memberDrafts);
    const root = second.list.shadowRoot!;
    expect(root.querySelector('[part="heading"]')!.textContent).to.equal('Agreed last time');
    expect(textsIn(second.list, 'carried')).to.deep.equal(['Draft the onboarding guide', 'PRIVATE-ITEM ask about the transfer']);
    // 「前回決めたこと」 leads the agenda: before the topics.
    const top = second.el.shadowRoot!.querySelector('[part~="actions"]')!;
    const picker = second.el.shadowRoot!.querySelector('[part~="topics"]')!;
    expect(top.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const tried = [...second.el.shadowRoot!.querySelectorAll('[part="tried"] li')].map((li) => li.textContent);
    expect(tried).to.have.length(1);
    expect(second.el.shadowRoot!.querySelector('[part="next-time"]')).to.equal(null);
    await expect(second.el).to.be.accessible();
    second.el.closest('taiwa-provider')!.remove();

    const boss = await agenda(bossRest, manager, 's2', createMemoryDraftStore(), 'ja');
    expect(textsIn(boss.list, 'carried')).to.deep.equal(['Draft the onboarding guide']);
    expect(boss.el.shadowRoot!.querySelector('[part="next-time-text"]')!.textContent).to.equal('Ask first, advise later.');
    // The thread's words come with the edit part, in the agenda's locale (i18n/agenda/ja.later.ts).
    expect(boss.el.shadowRoot!.querySelector('[part="thread"] [part="title"]')!.textContent).to.equal('前回から');
    expect(boss.el.shadowRoot!.querySelector('[part="tried"]')).to.equal(null);
    await expect(boss.el).to.be.accessible();
    // The member's item is theirs to tick: the manager has no checkbox for it.
    expect(boss.list.shadowRoot!.querySelectorAll('[part="carried"] [part="check"]')).to.have.length(0);
    boss.el.closest('taiwa-provider')!.remove();

    const captured = await t.requests();
    expect(captured.some((r) => r.method === 'PUT' && r.path.includes('/records/action/'))).to.equal(true);
    expect(captured.filter((r) => r.body.includes('PRIVATE-ITEM'))).to.deep.equal([]);
  });

  it('in the browser-only mode (IndexedDB): shared and private items of #1 open #2, and ticking one closes it for good', async function () {
    this.timeout(60_000);
    const adapter = createIndexedDbAdapter({ dbName: `taiwa-carry-${Math.random().toString(36).slice(2)}`, viewerId: 'm1' });
    for (const s of sessions) await adapter.put('session', s);
    const drafts = createMemoryDraftStore();
    const first = await agenda(adapter, member, 's1', drafts);
    await addByKeyboard(first.list, 'Try pairing on reviews', true);
    await addByKeyboard(first.list, 'Read the design doc', false);
    expect(first.list.shadowRoot!.querySelector('[part="note"]')).to.exist;
    first.el.closest('taiwa-provider')!.remove();

    const second = await agenda(adapter, member, 's2', drafts, 'ja');
    expect(second.list.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('前回決めたこと');
    expect(textsIn(second.list, 'carried')).to.deep.equal(['Try pairing on reviews', 'Read the design doc']);
    await expect(second.el).to.be.accessible();
    second.list.shadowRoot!.querySelector<HTMLInputElement>('[part="check"]')!.focus();
    await sendKeys({ press: 'Space' });
    await settle(second.list);
    second.el.closest('taiwa-provider')!.remove();

    const third = await agenda(adapter, member, 's2', drafts);
    expect(textsIn(third.list, 'carried')).to.deep.equal(['Read the design doc']);
    expect(textsIn(third.list, 'closed')).to.deep.equal(['Try pairing on reviews']);
    const stored = await adapter.query('action', {});
    expect(stored.map((a) => [a.text, a.status, a.visibility]).sort()).to.deep.equal([
      ['Read the design doc', 'open', 'private'],
      ['Try pairing on reviews', 'done', 'shared'],
    ]);
    third.el.closest('taiwa-provider')!.remove();
    adapter.close?.();
  });
});
