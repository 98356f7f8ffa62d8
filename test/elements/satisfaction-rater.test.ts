import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/satisfaction-rater/define.js';
import type { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory.js';
import { createDraftStore, createMemoryDraftStore, type DraftStore } from '../../src/adapters/drafts.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { TaiwaErrorEvent, TaiwaSubmitEvent } from '../../src/events/index.js';
import type { Agenda, Feedback, Session, Viewer } from '../../src/model/schemas.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import { runFormConformance } from '../helpers/form-conformance.js';
import { agendaOf, AT, feedback, manager, member, session } from '../helpers/records.js';
import { inProvider as mountIn } from '../helpers/mount.js';

type Rater = TaiwaSatisfactionRater;

const agenda = agendaOf([
  { id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'private', proposedBy: 'member' },
  { id: 'i2', topicId: 'work', responseId: 'advice', memoVisibility: 'shared', memo: 'status', proposedBy: 'member' },
  { id: 'i3', topicId: 'private', memoVisibility: 'private', proposedBy: 'member' },
]);
const items = [
  { id: 'i1', topicId: 'career', responseId: 'listen' },
  { id: 'i2', topicId: 'work', responseId: 'advice' },
];

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel) as T | null;
const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)] as T[];
const radios = (el: Element, name: string) => qa<HTMLInputElement>(el, `input[name="${name}"]`);
/** The text as rendered (block boxes and line breaks become spaces). */
const text = (el: Node | null) => ((el instanceof HTMLElement ? el.innerText : el?.textContent) ?? '').replace(/\s+/g, ' ').trim();
const status = (el: Element) => text(q(el, '[part="status"]'));

async function settle(el: Rater) {
  await el.updateComplete;
  await el.updateComplete;
}

async function rater(template = html`<taiwa-satisfaction-rater lang="en"></taiwa-satisfaction-rater>`) {
  const el = await fixture<Rater>(template);
  await settle(el);
  return el;
}

async function inProvider(adapter: TaiwaAdapter, viewer: Viewer, drafts: DraftStore = createMemoryDraftStore(), attrs = html``) {
  const inner = html`<taiwa-satisfaction-rater session-id="s1"></taiwa-satisfaction-rater>${attrs}`;
  const { el } = await mountIn('taiwa-satisfaction-rater', inner, { adapter, viewer, drafts });
  await settle(el);
  return el;
}

/** Rates like a user with the mouse: overall, per item rating and style match, and a comment. */
async function answer(el: Rater, overall: number, perItem: [number, string?][], comment?: [string, string]) {
  radios(el, 'overall')
    .find((r) => r.value === String(overall))!
    .click();
  perItem.forEach(([rating, match], i) => {
    radios(el, `r${i}`)
      .find((r) => r.value === String(rating))!
      .click();
    if (match)
      radios(el, `m${i}`)
        .find((r) => r.value === match)!
        .click();
  });
  if (comment) {
    const area = q<HTMLTextAreaElement>(el, `textarea[name="${comment[0]}"]`)!;
    area.value = comment[1];
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await settle(el);
}

async function submit(el: Rater) {
  const sent = oneEvent(el, 'taiwa-submit') as Promise<TaiwaSubmitEvent>;
  q<HTMLButtonElement>(el, '[part="submit"]')!.click();
  const event = await sent;
  await settle(el);
  return event.detail.record as Feedback;
}

describe('taiwa-satisfaction-rater', () => {
  it('is accessible with no agenda (empty) and with agenda items, answered', async () => {
    const empty = await rater();
    await expect(empty).to.be.accessible();
    expect(text(q(empty, '[part="empty"]'))).to.contain('no separate topics');
    const filled = await rater(html`<taiwa-satisfaction-rater lang="ja" .items=${items}></taiwa-satisfaction-rater>`);
    await answer(
      filled,
      4,
      [
        [2, 'no'],
        [5, 'yes'],
      ],
      ['comment', 'ありがとうございました'],
    );
    await expect(filled).to.be.accessible();
  });

  it('labels every point of the default 1–5 scale, in English and Japanese', async () => {
    const el = await rater();
    const points = qa(el, '[part="overall"] [part="point"]').map(text);
    expect(points).to.deep.equal([
      '1 Not at all satisfied',
      '2 Not very satisfied',
      '3 Neither satisfied nor dissatisfied',
      '4 Satisfied',
      '5 Fully satisfied',
    ]);
    expect(text(q(el, '[part="overall"] legend'))).to.equal('Overall, how satisfied are you with this 1:1? (required)');
    // The rater's styles arrive with its lazily loaded templates, after the shared host styles.
    expect(getComputedStyle(q(el, '[part="point"]')!).borderTopLeftRadius).to.equal('8px');
    el.style.setProperty('--taiwa-radius-m', '2px');
    expect(getComputedStyle(q(el, '[part="point"]')!).borderTopLeftRadius).to.equal('2px');
    el.setAttribute('lang', 'ja');
    await settle(el);
    expect(text(qa(el, '[part="overall"] [part="point"]')[4]!)).to.equal('5 すっきりした');
    expect(text(q(el, '[part="legend"]'))).to.equal('1on1はいかがでしたか？');
  });

  it('respects min and max: ends labelled, middle numbered, out-of-range values refused', async () => {
    const el = await rater(html`<taiwa-satisfaction-rater lang="en" min="0" max="3" value="7" name="r" session-id="s1" member-id="m1" manager-id="boss"></taiwa-satisfaction-rater>`);
    expect(radios(el, 'overall').map((r) => r.value)).to.deep.equal(['0', '1', '2', '3']);
    expect(qa(el, '[part="overall"] [part="point"]').map(text)).to.deep.equal(['0 Not at all satisfied', '1', '2', '3 Fully satisfied']);
    expect(el.value).to.equal('');
    el.value = '2';
    await settle(el);
    expect(radios(el, 'overall')[2]!.checked).to.equal(true);
    el.max = 1;
    await settle(el);
    expect(el.value).to.equal('', 'a value the new scale no longer holds is cleared');
    el.min = -4;
    el.max = 99;
    await settle(el);
    expect(el.scale).to.deep.equal({ min: 0, max: 10 });
    // More than 7 points: a labelled <select> instead of a row of radios.
    const select = q<HTMLSelectElement>(el, 'select[name="overall"]')!;
    expect(select.options.length).to.equal(12);
    expect(select.options[11]!.textContent).to.equal('10 Fully satisfied');
    await expect(el).to.be.accessible();
    select.value = '8';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(el.value).to.equal('8');
    const record = await submit(el);
    expect(record.scale).to.deep.equal({ min: 0, max: 10 });
    expect(record.overall).to.equal(8);
  });

  it('is completed with the keyboard alone: arrows within a group, Tab between groups, Enter to send', async () => {
    const el = await rater(
      html`<taiwa-satisfaction-rater
        lang="en"
        session-id="s1"
        member-id="m1"
        manager-id="boss"
        .items=${items}
      ></taiwa-satisfaction-rater>`,
    );
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(radios(el, 'overall')[0]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal('3');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change', 'input', 'change']);
    await sendKeys({ press: 'Tab' }); // item 1 rating
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' }); // item 1 style match
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' }); // item 2 rating
    await sendKeys({ press: 'ArrowLeft' }); // from the first point, wraps to the last
    await sendKeys({ press: 'Tab' }); // item 2 style match: left unanswered
    await sendKeys({ press: 'Tab' }); // comment
    expect(el.shadowRoot!.activeElement?.localName).to.equal('textarea');
    await sendKeys({ type: 'Thanks <b>a lot</b>' });
    await sendKeys({ press: 'Tab' }); // the share switch: left off
    expect(el.shadowRoot!.activeElement).to.equal(q(el, 'input[name="share"]'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="submit"]'));
    const sent = oneEvent(el, 'taiwa-submit') as Promise<TaiwaSubmitEvent>;
    await sendKeys({ press: 'Enter' });
    const record = (await sent).detail.record as Feedback;
    expect(record).to.include({
      sessionId: 's1',
      memberId: 'm1',
      managerId: 'boss',
      by: 'member',
      overall: 3,
      comment: 'Thanks <b>a lot</b>',
    });
    expect(record.items).to.deep.equal([
      { topicId: 'career', responseId: 'listen', rating: 2, agendaItemId: 'i1', styleMatch: 'no' },
      { topicId: 'work', responseId: 'advice', rating: 5, agendaItemId: 'i2' },
    ]);
    await settle(el);
    // The read-only summary takes focus and shows the answers as text.
    const summary = q(el, '[part="summary"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text(summary)).to.contain('Future career — Just listen 2 Not very satisfied Responded the way you asked: No');
    expect(text(summary)).to.contain('Thanks <b>a lot</b>');
    expect(summary.querySelector('b')).to.equal(null);
    expect(el.matches(':state(submitted)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('asks for the overall rating before sending, and Space on the button sends', async () => {
    const el = await rater(html`<taiwa-satisfaction-rater lang="en" required session-id="s1" member-id="m1" manager-id="boss"></taiwa-satisfaction-rater>`);
    let sent = 0;
    el.addEventListener('taiwa-submit', () => sent++);
    q<HTMLButtonElement>(el, '[part="submit"]')!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(sent).to.equal(0);
    // An error, not a hint: an alert the overall group points to, marked invalid, in the danger colour.
    const problem = q(el, '[part="problem"]')!;
    expect(text(problem)).to.equal('Please choose how satisfied you are overall.');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(getComputedStyle(problem).color).to.equal('rgb(122, 39, 26)');
    const group = q(el, '[part="overall"]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(group.getAttribute('aria-describedby')).to.equal(problem.id);
    expect(status(el)).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(radios(el, 'overall')[0]);
    await expect(el).to.be.accessible();
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(q(el, '[part="problem"]')).to.equal(null);
    expect(group.hasAttribute('aria-invalid')).to.equal(false);
    q<HTMLButtonElement>(el, '[part="submit"]')!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(sent).to.equal(1);
  });

  it('keeps a draft on the device (real IndexedDB) across a remount, and drops it once sent', async () => {
    const dbName = `rater-${crypto.randomUUID()}`;
    const draftDb = `rater-drafts-${crypto.randomUUID()}`;
    const seed = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    await seed.put('session', session);
    await seed.put('agenda', agenda);
    seed.close();
    const mount = async () => {
      const adapter = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
      const drafts = createDraftStore({ dbName: draftDb, viewerId: 'm1' });
      const el = await inProvider(adapter, member, drafts);
      return { el, adapter, drafts };
    };
    const first = await mount();
    // Item i3 has no response style, so it cannot carry a style-match signal and is not rated.
    expect(qa(first.el, '[part="item-label"]').map(text)).to.deep.equal([
      'Future career — Just listen',
      'Progress and ways of working — Give me concrete advice',
    ]);
    await answer(first.el, 2, [[1, 'no']], ['comment', 'Please just listen']);
    expect(await first.drafts.get('rating:s1:m1')).to.deep.include({ overall: '2', comment: 'Please just listen' });
    first.adapter.close();
    first.el.closest('taiwa-provider')!.remove();

    const second = await mount();
    expect(second.el.value).to.equal('2');
    expect(radios(second.el, 'r0')[0]!.checked).to.equal(true);
    expect(radios(second.el, 'm0')[2]!.checked).to.equal(true);
    expect(q<HTMLTextAreaElement>(second.el, 'textarea')!.value).to.equal('Please just listen');
    expect(status(second.el)).to.equal('Your unsent answers were restored.');
    const record = await submit(second.el);
    expect(record.items).to.deep.equal([{ topicId: 'career', responseId: 'listen', rating: 1, agendaItemId: 'i1', styleMatch: 'no' }]);
    expect(await second.drafts.get('rating:s1:m1')).to.equal(undefined);
    second.adapter.close();
    second.el.closest('taiwa-provider')!.remove();

    const third = await mount();
    expect(q(third.el, '[part="base"]')).to.equal(null);
    expect(text(q(third.el, '[part="summary"]'))).to.contain('Overall 2 Not very satisfied');
    const stored = await third.adapter.query('feedback', { sessionId: 's1' });
    expect(stored.map((f) => f.id)).to.deep.equal([record.id]);
    third.adapter.close();
  });

  it('end to end: the member rates, the manager reflects through another provider, and the gap appears', async () => {
    const adapter = createMemoryAdapter({ session: [session], agenda: [agenda] });
    const m = await inProvider(adapter, member);
    await answer(
      m,
      2,
      [
        [1, 'no'],
        [4, 'yes'],
      ],
      ['comment', 'I wanted you to listen, not to advise.'],
    );
    // The member shows this 1on1's answers to the manager by name (off by default).
    q<HTMLInputElement>(m, 'input[name="share"]')!.click();
    const mine = await submit(m);
    expect(mine).to.include({ by: 'member', memberId: 'm1', managerId: 'boss', overall: 2, sharedWithManager: true });
    m.closest('taiwa-provider')!.remove();

    const b = await inProvider(adapter, manager);
    expect(b.matches(':state(manager)')).to.equal(true);
    expect(text(q(b, '[part="legend"]'))).to.equal('Your reflection on the 1:1');
    expect(qa(b, '[part="match"]')).to.have.length(0);
    expect(status(b)).to.equal('The member has answered. Save your reflection to compare your views.');
    // The manager answers on the member's range in their own words: 手応え, not すっきり度.
    expect(qa(b, '[part="overall"] [part="point"]').map(text)).to.deep.equal([
      '1 It did not go well at all',
      '2 It did not go very well',
      '3 Neither well nor badly',
      '4 It went fairly well',
      '5 It went well',
    ]);
    expect(text(b.shadowRoot!)).to.not.contain('I wanted you to listen', 'the member’s answer stays hidden until the manager reflected');
    await expect(b).to.be.accessible();
    await answer(b, 4, [[4], [4]], ['wentWell', 'Clear next steps']);
    const area = q<HTMLTextAreaElement>(b, 'textarea[name="nextTime"]')!;
    area.value = 'Listen to the end first';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const reflection = await submit(b);
    expect(reflection).to.include({
      by: 'manager',
      managerId: 'boss',
      memberId: 'm1',
      overall: 4,
      wentWell: 'Clear next steps',
      nextTime: 'Listen to the end first',
    });
    expect(reflection.items.every((i) => i.styleMatch === undefined)).to.equal(true);
    await settle(b);
    const summary = text(q(b, '[part="summary"] dl'));
    expect(summary).to.contain('Overall 4 It went fairly well');
    expect(summary).not.to.contain('satisfied');
    b.setAttribute('lang', 'ja');
    await settle(b);
    expect(text(q(b, '[part="summary"] dl'))).to.contain('全体 4 やや手応えがあった').and.not.contain('すっきり');
    b.setAttribute('lang', 'en');
    await settle(b);

    const rows = qa(b, '[part="gap"] tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).to.deep.equal([
      ['Overall', '2', '4', '+2'],
      ['Future career — Just listen Responded the way you asked: No', '1', '4', '+3'],
      ['Progress and ways of working — Give me concrete advice Responded the way you asked: Yes', '4', '4', '0'],
    ]);
    expect(qa(b, '[part="gap-note"]').map(text)).to.deep.equal([
      'On “Overall” your own sense is 2 points higher than the member’s satisfaction.',
      'On “Future career — Just listen” your own sense is 3 points higher than the member’s satisfaction.',
    ]);
    expect(text(q(b, '[part="comment"]'))).to.equal('I wanted you to listen, not to advise.');
    expect(
      adapter
        .all('feedback')
        .map((f) => f.by)
        .sort(),
    ).to.deep.equal(['manager', 'member']);
    await expect(b).to.be.accessible();
  });

  it('over IndexedDB: the manager who reflects first waits for the member, then sees the gap', async () => {
    const adapter = createIndexedDbAdapter({ dbName: `rater-e2e-${crypto.randomUUID()}`, viewerId: 'team' });
    await adapter.put('session', session);
    await adapter.put('agenda', agenda);
    const b = await inProvider(adapter, manager);
    expect(status(b)).to.equal('Waiting for the member’s answers.');
    await answer(b, 5, [[5], [2]]);
    await submit(b);
    expect(text(q(b, '[part="waiting"]'))).to.equal('Waiting for the member’s answers.');
    expect(q(b, '[part="gap"]')).to.equal(null);
    await expect(b).to.be.accessible();

    const m = await inProvider(adapter, member);
    expect(text(m.shadowRoot!)).to.not.contain('Your reflection', 'the member does not see the manager’s reflection');
    await answer(m, 3, [
      [2, 'partly'],
      [4, 'yes'],
    ]);
    q<HTMLInputElement>(m, 'input[name="share"]')!.click();
    await submit(m);

    b.refresh();
    await settle(b);
    const rows = qa(b, '[part="gap"] tbody tr').map((tr) => [...tr.querySelectorAll('td')].map((c) => text(c)));
    expect(rows).to.deep.equal([
      ['3', '5', '+2'],
      ['2', '5', '+3'],
      ['4', '2', '\u22122'],
    ]);
    expect(qa(b, '[part="gap-note"]').map(text)[2]).to.equal(
      'On “Progress and ways of working — Give me concrete advice” your own sense is 2 points lower than the member’s satisfaction.',
    );
    expect(q(b, '[part="comment"]')).to.equal(null);
    adapter.close();
  });

  it('shows bad feedback records as an error while the valid ones still render', async () => {
    const own = feedback({
      id: 'f-boss',
      by: 'manager',
      overall: 3,
      items: [{ agendaItemId: 'i1', topicId: 'career', responseId: 'listen', rating: 3 }],
    });
    const theirs = feedback({
      id: 'f-m1',
      overall: 1,
      comment: '<img src=x onerror="window.__pwned=1">',
      sharedWithManager: true,
      items: [{ agendaItemId: 'i1', topicId: 'career', responseId: 'listen', rating: 1 }],
    });
    const adapter = createMemoryAdapter({
      session: [session],
      agenda: [agenda],
      feedback: [
        own,
        theirs,
        feedback({ id: 'f-99', overall: 99 }),
        feedback({ id: 'f-off', updatedAt: '2030-01-01T00:00:00.000Z', overall: 7 }),
      ],
    });
    const errors: Error[] = [];
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider
        lang="en"
        .adapter=${adapter}
        .viewer=${manager}
        @taiwa-error=${(e: TaiwaErrorEvent) => errors.push(e.detail.error)}
      >
        <taiwa-satisfaction-rater session-id="s1"></taiwa-satisfaction-rater>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-satisfaction-rater')!;
    await settle(el);
    const error = q(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('feedback#f-99.overall');
    expect(text(error)).to.contain('feedback#f-off.overall: 7 is outside the scale 1–5');
    expect(errors.map((e) => e.name)).to.deep.equal(['TaiwaDataError', 'TaiwaDataError']);
    expect(el.matches(':state(error)')).to.equal(true);
    // The newest record (f-off) was refused, so the gap is computed from the valid member record.
    expect(qa(el, '[part="gap"] tbody tr')[0]!.querySelectorAll('td')[2]!.textContent).to.equal('+2');
    expect(text(q(el, '[part="comment"]'))).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('keeps the answers and the record id when the backend refuses the write, so a retry cannot duplicate', async () => {
    const store: MemoryAdapter = createMemoryAdapter({ session: [session], agenda: [agenda] });
    let fail = true;
    const flaky: TaiwaAdapter = {
      local: true,
      query: (kind, query) => store.query(kind, query),
      put: async (kind, record) => {
        if (fail) throw new Error('503 Service Unavailable');
        await store.put(kind, record);
      },
    };
    const el = await inProvider(flaky, member);
    await answer(el, 4, [[4, 'yes']]);
    q<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await settle(el);
    expect(text(q(el, '[part="error"]'))).to.contain('503 Service Unavailable');
    expect(el.value).to.equal('4');
    expect(radios(el, 'm0')[0]!.checked).to.equal(true);
    await expect(el).to.be.accessible();
    fail = false;
    const first = await submit(el);
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(store.all('feedback').map((f) => f.id)).to.deep.equal([first.id]);
  });

  it('works in pure UI mode as a manager, with viewer-role', async () => {
    const el = await rater(
      html`<taiwa-satisfaction-rater
        lang="en"
        viewer-role="manager"
        session-id="s1"
        member-id="m1"
        manager-id="boss"
        .items=${items}
      ></taiwa-satisfaction-rater>`,
    );
    expect(el.perspective).to.equal('manager');
    expect(qa(el, 'textarea').map((t) => t.getAttribute('name'))).to.deep.equal(['wentWell', 'nextTime']);
    await answer(el, 3, [[2]], ['wentWell', 'We agreed a next step']);
    const record = await submit(el);
    expect(record).to.include({ by: 'manager', managerId: 'boss', memberId: 'm1', wentWell: 'We agreed a next step' });
    expect(record.comment).to.equal(undefined);
    expect(text(q(el, '[part="summary"]'))).to.contain('What went well We agreed a next step');
  });

  it('starts afresh for another session or member: nothing answered, sent or drafted is carried over, no record id reused', async () => {
    const s2: Session = { id: 's2', createdAt: AT, updatedAt: AT, memberId: 'm2', managerId: 'boss' };
    const agenda2: Agenda = { ...agenda, id: 'a2', sessionId: 's2', memberId: 'm2' };
    const store = createMemoryAdapter({ session: [session, s2], agenda: [agenda, agenda2] });
    const tried: Feedback[] = [];
    let fail = true;
    const flaky: TaiwaAdapter = {
      local: true,
      query: (kind, query) => store.query(kind, query),
      put: async (kind, record) => {
        tried.push(record as Feedback);
        if (fail) throw new Error('503 Service Unavailable');
        await store.put(kind, record);
      },
    };
    const drafts = createMemoryDraftStore();
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="en" .adapter=${flaky} .viewer=${manager} .drafts=${drafts}>
        <taiwa-satisfaction-rater session-id="s1" member-id="m1"></taiwa-satisfaction-rater>
      </taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-satisfaction-rater')!;
    await settle(el);
    await answer(el, 4, [[3]], ['wentWell', 'Notes on m1']);
    // A failed send: its record id is kept for a retry in this session only.
    q<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await settle(el);
    expect(tried).to.have.length(1);
    expect(text(q(el, '[part="error"]'))).to.contain('503');

    el.sessionId = 's2';
    el.memberId = 'm2';
    await settle(el);
    expect(el.value).to.equal('');
    expect(radios(el, 'overall').some((r) => r.checked)).to.equal(false);
    expect(radios(el, 'r0').some((r) => r.checked)).to.equal(false);
    expect(q<HTMLTextAreaElement>(el, 'textarea[name="wentWell"]')!.value).to.equal('');
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(text(el.shadowRoot!)).to.not.contain('Notes on m1');
    // m1's draft is still m1's; m2's is not written from a cleared form.
    expect(await drafts.get('rating:s1:boss')).to.deep.include({ overall: '4', wentWell: 'Notes on m1' });
    expect(await drafts.get('rating:s2:boss')).to.equal(undefined);

    fail = false;
    await answer(el, 2, [[2]], ['wentWell', 'Notes on m2']);
    const second = await submit(el);
    expect(second).to.include({ sessionId: 's2', memberId: 'm2', overall: 2, wentWell: 'Notes on m2' });
    expect(second.id).to.not.equal(tried[0]!.id);

    // Back to the first member: their sent state is not the second's, and their draft comes back.
    el.sessionId = 's1';
    el.memberId = 'm1';
    await settle(el);
    expect(q(el, '[part="summary"]')).to.equal(null);
    expect(el.value).to.equal('4');
    expect(q<HTMLTextAreaElement>(el, 'textarea[name="wentWell"]')!.value).to.equal('Notes on m1');
    const first = await submit(el);
    expect(first.id).to.not.equal(second.id);
    expect(store.all('feedback').map((f) => [f.sessionId, f.memberId, f.overall])).to.have.deep.members([
      ['s1', 'm1', 4],
      ['s2', 'm2', 2],
    ]);
  });

  it('fires input per keystroke in a comment and one change when it loses focus, like a native textarea', async () => {
    const el = await rater(html`<taiwa-satisfaction-rater lang="en" .items=${items}></taiwa-satisfaction-rater>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    const area = q<HTMLTextAreaElement>(el, 'textarea')!;
    area.focus();
    await sendKeys({ press: 'Tab' });
    expect(events).to.deep.equal([], 'focus and blur without an edit fire nothing');
    area.focus();
    await sendKeys({ type: 'abc' });
    expect(events).to.deep.equal(['input', 'input', 'input']);
    await sendKeys({ press: 'Tab' });
    expect(events).to.deep.equal(['input', 'input', 'input', 'change']);
    radios(el, 'overall')[2]!.click();
    expect(events.slice(4)).to.deep.equal(['input', 'change']);
  });

  it('skips malformed entries of items with a data error, and still renders the good ones', async () => {
    const errors: Error[] = [];
    const junk = [null, 'career', { topicId: 'work' }, items[0], { topicId: 7, responseId: 'listen' }, { ...items[1], id: 5 }];
    const el = await rater(
      html`<taiwa-satisfaction-rater
        lang="en"
        .items=${junk as unknown as typeof items}
        @taiwa-error=${(e: TaiwaErrorEvent) => errors.push(e.detail.error)}
      ></taiwa-satisfaction-rater>`,
    );
    expect(qa(el, '[part="item-label"]').map(text)).to.deep.equal(['Future career — Just listen']);
    const error = text(q(el, '[part="error"]'));
    for (const at of ['items.0', 'items.1', 'items.2', 'items.4', 'items.5']) expect(error).to.contain(at);
    expect(error).to.not.contain('items.3');
    expect(errors.map((e) => e.name)).to.deep.equal(Array(5).fill('TaiwaDataError'));
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();

    el.items = 'not a list' as unknown as typeof items;
    await settle(el);
    expect(text(q(el, '[part="error"]'))).to.contain('not a list');
    expect(text(q(el, '[part="empty"]'))).to.contain('no separate topics');

    el.items = items;
    await settle(el);
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(qa(el, '[part="item-label"]')).to.have.length(2);
  });
});

/** A remote backend that is out of reach until `goOnline()`: its writes fail as a network error would. */
function offlineBackend(memory: MemoryAdapter) {
  let online = false;
  const adapter: TaiwaAdapter = {
    local: false,
    query: (kind, query) => memory.query(kind, query),
    put: async (kind, record) => {
      if (!online) throw Object.assign(new Error('offline'), { code: 'network' });
      await memory.put(kind, record);
    },
  };
  return { adapter, goOnline: () => (online = true) };
}

describe('taiwa-satisfaction-rater for screen readers', () => {
  it('marks the overall rating as required, whatever the form-control required attribute says', async () => {
    const el = await rater();
    await expect(el).to.be.accessible();
    const group = q(el, '[part="overall"]')!;
    expect(group.localName).to.equal('fieldset');
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(group.getAttribute('aria-required')).to.equal('true');
    expect(text(group.querySelector('legend .required'))).to.equal('(required)');
    expect(qa(el, '[part="item"] [aria-required]')).to.have.length(0, 'only the overall rating is needed');
    // Form validity is still the `required` attribute's: without it an empty rater is valid.
    expect(el.checkValidity()).to.equal(true);
    expect(radios(el, 'overall').some((r) => r.required)).to.equal(false);
    el.max = 10;
    el.lang = 'ja';
    await settle(el);
    const select = q<HTMLSelectElement>(el, 'select[name="overall"]')!;
    expect(select.getAttribute('aria-required')).to.equal('true');
    expect(text(select.closest('label'))).to.contain('（必須）');
    await expect(el).to.be.accessible();
  });

  it('says what happened in one live region that was there before the form, and names the focused summary by it', async () => {
    const el = await rater(html`<taiwa-satisfaction-rater lang="en" .items=${items} session-id="s1" member-id="m1" manager-id="boss"></taiwa-satisfaction-rater>`);
    const live = q(el, '[part="status"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.closest('fieldset, section')).to.equal(null, 'outside the views that swap');
    await answer(el, 4, []);
    await submit(el);
    expect(q(el, '[part="status"]')).to.equal(live, 'the same node, so its new text is announced');
    expect(qa(el, '[role="status"]')).to.have.length(1);
    // Outside a provider nothing was sent: the status says so.
    expect(text(live)).to.equal('Your answers are entered in this form. This form has not sent them to your manager.');
    const summary = q(el, '[part="summary"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.getAttribute('aria-labelledby')).to.equal(live.id);
    await expect(el).to.be.accessible();
  });

  it('over an outbox while offline says "saved on this device", then "sent" once it is delivered', async () => {
    const memory = createMemoryAdapter({ session: [session], agenda: [agenda] });
    const backend = offlineBackend(memory);
    const outbox = withOutbox(backend.adapter, {
      viewerId: 'm1',
      dbName: `rater-outbox-${crypto.randomUUID()}`,
      baseDelayMs: 5,
      maxDelayMs: 20,
    });
    try {
      const el = await inProvider(outbox, member);
      await answer(el, 3, [[3], [4]]);
      const record = await submit(el);
      expect(outbox.stateOf('feedback', record.id)).to.not.equal('sent');
      expect(status(el)).to.equal('Saved on this device. Your answers will reach your manager when you are online.');
      expect(memory.all('feedback')).to.have.length(0);
      backend.goOnline();
      await outbox.flush({ all: true });
      await waitUntil(() => outbox.stateOf('feedback', record.id) === 'sent');
      await settle(el);
      expect(memory.all('feedback').map((f) => f.id)).to.deep.equal([record.id]);
      expect(status(el)).to.equal('Thank you. Your answers were sent to your manager.');
    } finally {
      outbox.close();
    }
  });
});

runFormConformance<Rater>({
  tag: 'taiwa-satisfaction-rater',
  attrs: { lang: 'en' },
  defaultValue: '4',
  choose: async (el) => {
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="overall"]')[1]!.click();
    return '2';
  },
});

runFormConformance<Rater>({
  tag: 'taiwa-satisfaction-rater',
  attrs: { lang: 'ja', min: '0', max: '6' },
  defaultValue: '0',
  choose: async (el) => {
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="overall"]')[6]!.click();
    return '6';
  },
  answerAll: async (el) => {
    el.items = [
      { topicId: 'work', responseId: 'advice' },
      { topicId: 'career', responseId: 'listen' },
    ];
    await el.updateComplete;
    const q = (sel: string) => el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
    (q('input[name="r0"][value="4"]') as HTMLInputElement).click();
    (q('input[name="m0"][value="yes"]') as HTMLInputElement).click();
    (q('input[name="r1"][value="2"]') as HTMLInputElement).click();
    const comment = q('textarea[name="comment"]');
    comment.value = 'Good talk';
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return [
      ['field.item.work:advice', '4'],
      ['field.match.work:advice', 'yes'],
      ['field.item.career:listen', '2'],
      ['field.comment', 'Good talk'],
    ];
  },
});
