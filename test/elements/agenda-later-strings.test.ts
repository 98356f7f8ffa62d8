/**
 * The agenda's later strings in another locale than English (i18n/agenda/ja.later.ts: the thread,
 * the dialogue frame and its offers) come one request after the edit part. When that request
 * fails: a submit already saved is still announced (`taiwa-submit`), the failure is shown as the
 * agenda's error, and the strings are asked for again by the next thing that needs them (a press
 * of the frame's button), the member's next key or pointer press, or the browser back online;
 * never by a render, which would ask again on every update the failure causes. The load is made
 * to fail through the thread's `later` seam (no timing involved).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaActionList } from '../../src/elements/action-list/action-list.js';
import { later } from '../../src/elements/agenda/agenda.thread.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Agenda, Session } from '../../src/model/schemas.js';
import { member } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';

const AT = '2025-06-01T00:00:00.000Z';
const sessions: Session[] = [
  { id: 's1', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-02T10:00:00.000Z' },
  { id: 's2', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-16T10:00:00.000Z' },
];
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const LAST_STEP = '【次の1on1までにやってみること】';

/** The seam: every load of the later strings counted, and failing while `failing` is set. */
const real = later.strings;
let failing = false;
let loads = 0;
later.strings = (locale) => {
  loads++;
  return failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: ja.later.js')) : real(locale);
};

/** Rejections nobody handled (a submit or a frame press that rejects). */
const unhandled: unknown[] = [];
addEventListener('unhandledrejection', (e) => unhandled.push(e.reason));

async function mount(adapter = createMemoryAdapter({ session: sessions }), sessionId = 's1') {
  const inner = html`<taiwa-agenda session-id=${sessionId}></taiwa-agenda>`;
  const el = (await inProvider('taiwa-agenda', inner, { adapter, viewer: member, drafts: createMemoryDraftStore(), lang: 'ja' }))
    .el as TaiwaAgenda;
  await $<TaiwaActionList>(el, '[part~="actions"]')!.updateComplete;
  return el;
}

async function choose(el: TaiwaAgenda, topic: string, response: string) {
  $(el, 'taiwa-topic-picker')!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${topic}"]`)!.click();
  await el.updateComplete;
  $(el, 'taiwa-response-selector')!
    .shadowRoot!.querySelector<HTMLInputElement>(`input[data-topic="${topic}"][value="${response}"]`)!
    .click();
  await el.updateComplete;
}

/** Types `text` into the first memo as one input event does. */
async function type(el: TaiwaAgenda, text: string) {
  const area = $<HTMLTextAreaElement>(el, 'textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A few updates of the agenda, none from a trigger of a retry. */
async function rerender(el: TaiwaAgenda) {
  for (let i = 0; i < 3; i++) {
    el.requestUpdate();
    await el.updateComplete;
  }
}

const errorText = (el: TaiwaAgenda) => $(el, '[part="error"]')?.textContent ?? '';

describe('taiwa-agenda: its later strings fail to load (ja)', function () {
  this.timeout(30_000);

  beforeEach(() => {
    failing = false;
    loads = 0;
    unhandled.length = 0;
  });

  it('still announces a saved submit, shows the error, and offers the last step once the browser is back online', async () => {
    const adapter = createMemoryAdapter({ session: sessions });
    const el = await mount(adapter);
    await choose(el, 'career', 'think-together');
    await type(el, `${LAST_STEP}\n先輩2人にキャリアについて聞く`);
    const submits: CustomEvent[] = [];
    el.addEventListener('taiwa-submit', (e) => submits.push(e as CustomEvent));
    const errors: Error[] = [];
    el.addEventListener('taiwa-error', (e) => errors.push((e as CustomEvent<{ error: Error }>).detail.error));
    failing = true;
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await waitUntil(() => submits.length > 0 || unhandled.length > 0, 'the submit is announced', { timeout: 10_000 });
    await el.updateComplete;
    expect(unhandled).to.deep.equal([]);
    expect(submits).to.have.length(1);
    expect((await adapter.query('agenda', {})).length).to.equal(1);
    expect($(el, '[part="summary"]')).to.not.equal(null);
    // The kit's usual way: the error block, and a taiwa-error.
    expect(errorText(el)).to.contain('ja.later.js');
    expect(errors.map((e) => e.message).join()).to.contain('ja.later.js');
    expect($(el, '[part="frame-offer"]')).to.equal(null);
    // Not asked again by the updates the failure causes, nor by any other render.
    await rerender(el);
    expect(loads).to.equal(1);
    failing = false;
    dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(loads).to.equal(2);
    expect(errorText(el)).to.equal('');
    expect($(el, '[part="frame-offer"]')?.textContent).to.contain('先輩2人にキャリアについて聞く');
    expect(unhandled).to.deep.equal([]);
  });

  it('leaves the memo as it is when the frame’s strings fail, and fills it at the next press', async () => {
    const el = await mount();
    await choose(el, 'career', 'think-together');
    failing = true;
    $(el, '[part="frame"]')!.click();
    await waitUntil(() => errorText(el) !== '' || unhandled.length > 0, 'the error is shown', { timeout: 10_000 });
    await el.updateComplete;
    expect(unhandled).to.deep.equal([]);
    expect(errorText(el)).to.contain('ja.later.js');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    await rerender(el);
    expect(loads).to.equal(1);
    failing = false;
    $(el, '[part="frame"]')!.click();
    await waitUntil(() => $<HTMLTextAreaElement>(el, 'textarea')!.value !== '', 'the memo is filled', { timeout: 10_000 });
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.contain(LAST_STEP);
    expect(errorText(el)).to.equal('');
    expect(loads).to.equal(2);
    expect(unhandled).to.deep.equal([]);
  });

  it('shows what last time left once the member next acts on the agenda, not at a render', async () => {
    const last: Agenda = {
      id: 'a1',
      createdAt: AT,
      updatedAt: AT,
      sessionId: 's1',
      memberId: 'm1',
      managerId: 'boss',
      submittedAt: AT,
      nextDate: '2025-06-30',
      items: [{ id: 'i1', topicId: 'career', responseId: 'advice', memoVisibility: 'shared', proposedBy: 'member' }],
    };
    failing = true;
    const el = await mount(createMemoryAdapter({ session: sessions, agenda: [last] }), 's2');
    await waitUntil(() => errorText(el) !== '', 'the error is shown', { timeout: 10_000 });
    await el.updateComplete;
    expect($(el, '[part="thread"]')).to.equal(null);
    await rerender(el);
    expect(loads).to.equal(1);
    failing = false;
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await waitUntil(() => $(el, '[part="thread"]'), 'the thread is shown', { timeout: 10_000 });
    await el.updateComplete;
    expect($(el, '[part="again"]')!.textContent).to.contain('2025');
    expect(errorText(el)).to.equal('');
    expect(loads).to.equal(2);
    expect(unhandled).to.deep.equal([]);
  });
});
