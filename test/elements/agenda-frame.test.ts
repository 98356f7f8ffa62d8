/**
 * The agenda's own additions for the thread between 1on1s, by keyboard: the dialogue frame as a memo
 * template whose last step is offered as an action item after the submit (asked, not done silently),
 * the free topic with the member's own title, and "next time we talk about this" brought back.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaActionList } from '../../src/elements/action-list/action-list.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Agenda, Session } from '../../src/model/schemas.js';
import { deepActive } from '../helpers/a11y.js';
import { member } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';

const AT = '2025-06-01T00:00:00.000Z';
const sessions: Session[] = [
  { id: 's1', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-02T10:00:00.000Z' },
  { id: 's2', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2025-06-16T10:00:00.000Z' },
];
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function mount(adapter = createMemoryAdapter({ session: sessions }), sessionId = 's1', lang = 'en') {
  const inner = html`<taiwa-agenda session-id=${sessionId}></taiwa-agenda>`;
  const el = (await inProvider('taiwa-agenda', inner, { adapter, viewer: member, drafts: createMemoryDraftStore(), lang }))
    .el as TaiwaAgenda;
  await $<TaiwaActionList>(el, '[part~="actions"]').updateComplete;
  return el;
}

async function choose(el: TaiwaAgenda, topic: string, response: string) {
  $(el, 'taiwa-topic-picker').shadowRoot!.querySelector<HTMLInputElement>(`input[value="${topic}"]`)!.click();
  await el.updateComplete;
  $(el, 'taiwa-response-selector')
    .shadowRoot!.querySelector<HTMLInputElement>(`input[data-topic="${topic}"][value="${response}"]`)!
    .click();
  await el.updateComplete;
}

describe('taiwa-agenda: the dialogue frame, the free topic and the thread', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`(${lang}) fills a memo with the four headings and offers the last step as an action item after the submit`, async () => {
      const adapter = createMemoryAdapter({ session: sessions });
      const el = await mount(adapter, 's1', lang);
      await choose(el, 'career', 'think-together');
      $(el, '[part="frame"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const area = $<HTMLTextAreaElement>(el, 'textarea');
      expect(deepActive()).to.equal(area);
      const headings =
        lang === 'ja'
          ? ['【過去・今の仕事】', '【未来に向けて】', '【明日からの仕事】', '【次の1on1までにやってみること】']
          : ['## Your work so far and now', '## Looking ahead', '## From tomorrow', '## To try before the next 1:1'];
      expect(area.value.split('\n').filter((l) => l.startsWith(lang === 'ja' ? '【' : '##'))).to.deep.equal(headings);
      await expect(el).to.be.accessible();
      // The member writes under the last heading.
      area.setSelectionRange(area.value.length, area.value.length);
      await sendKeys({ type: 'Ask two seniors about their careers' });
      await el.updateComplete;
      expect(await adapter.query('action', {})).to.deep.equal([]);
      const sent = oneEvent(el, 'taiwa-submit');
      $<HTMLButtonElement>(el, '[part="submit"]').click();
      await sent;
      await el.updateComplete;
      // Asked, not done: nothing is added until the member says yes.
      expect(await adapter.query('action', {})).to.deep.equal([]);
      expect($(el, '[part="frame-offer"]').textContent).to.contain('Ask two seniors about their careers');
      await expect(el).to.be.accessible();
      $(el, '[part="frame-yes"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const [action] = await adapter.query('action', {});
      expect(action).to.include({
        text: 'Ask two seniors about their careers',
        owner: 'member',
        sessionId: 's1',
        dueSessionId: 's2',
        visibility: 'private',
      });
      expect(el.shadowRoot!.querySelector('[part="frame-offer"]')).to.equal(null);
      expect(deepActive()?.getAttribute('part')).to.equal('summary');
    });
  }

  it('gives the free topic a title of the member’s own, kept in the record and shown in the summary', async () => {
    const adapter = createMemoryAdapter({ session: sessions });
    const el = await mount(adapter);
    await choose(el, 'free', 'listen');
    expect($(el, '[part="item-title"]').textContent).to.contain('Something on my mind');
    $(el, '[part="item-title-input"]').focus();
    await sendKeys({ type: 'The new office' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const sent = oneEvent(el, 'taiwa-submit');
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    const { detail } = await sent;
    expect((detail.record as Agenda).items[0]).to.include({ topicId: 'free', title: 'The new office' });
    await el.updateComplete;
    expect($(el, '[part="free-title"]').textContent).to.equal('The new office');
  });

  it('brings back last time’s "talk about this again": its topics onto this agenda, and a request for a 1on1 on that day', async () => {
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
    const el = await mount(createMemoryAdapter({ session: sessions, agenda: [last] }), 's2');
    expect($(el, '[part="again"]').textContent).to.contain('Future career');
    expect($(el, '[part="again"]').textContent).to.contain('June 30, 2025');
    await expect(el).to.be.accessible();
    $(el, '[part="again-add"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLElement & { values: string[] }>(el, 'taiwa-topic-picker').values).to.deep.equal(['career']);
    expect(el.shadowRoot!.querySelector('[part="again-add"]')).to.equal(null);
    const asked = oneEvent(el, 'taiwa-schedule-request');
    $(el, '[part="again-schedule"]').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await asked;
    expect(detail).to.deep.equal({ memberId: 'm1', managerId: undefined, date: '2025-06-30', topicIds: ['career'], fromSessionId: 's1' });
  });
});
