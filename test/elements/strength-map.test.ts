import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/provider/define.js';
import '../../src/elements/strength-map/define.js';
import '../../src/elements/hint-panel/define.js';
import type { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import { TaiwaCellSelectEvent } from '../../src/events/cell-select.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaDataError } from '../../src/model/errors.js';
import { TaiwaSubmitEvent, type TaiwaErrorEvent } from '../../src/events/index.js';
import type { Feedback, Viewer } from '../../src/model/schemas.js';
import { inProvider as mountIn } from '../helpers/mount.js';

const BASE = Date.UTC(2025, 3, 1, 9);
let serial = 0;

function rating(managerId: string, topicId: string, responseId: string, value: number, memberId = 'u1'): Feedback {
  const at = new Date(BASE + serial * 3_600_000).toISOString();
  serial++;
  return {
    id: `fb-${String(serial).padStart(5, '0')}`,
    createdAt: at,
    updatedAt: at,
    sessionId: `s-${serial}`,
    memberId,
    managerId,
    by: 'member',
    scale: { min: 1, max: 5 },
    overall: value,
    items: [{ topicId, responseId, rating: value }],
  };
}

/**
 * m1: weak at career × listen, strong at work × advice, about average at policy × report, and two
 * ratings (masked) at skills × think-together. m2 is good at career × listen.
 */
function sample(): Feedback[] {
  const list: Feedback[] = [];
  const add = (m: string, t: string, r: string, values: number[]) => values.forEach((v) => list.push(rating(m, t, r, v)));
  add('m1', 'career', 'listen', [1, 2, 1, 2, 1, 2, 1, 2, 1]);
  add('m1', 'work', 'advice', [5, 4, 5, 4, 5, 4, 5, 4, 5]);
  add('m1', 'policy', 'report', [5, 1, 1, 5, 5, 3, 1, 3, 5]);
  add('m1', 'skills', 'think-together', [5, 5]);
  add('m2', 'career', 'listen', [5, 5, 4, 5, 5, 4, 5, 5, 4]);
  add('m2', 'work', 'advice', [4, 4, 3, 4, 4, 3, 4, 4, 3]);
  return list;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const cell = (el: HTMLElement, topic: number, response: number) =>
  root(el).querySelectorAll('tbody tr')[topic]!.querySelectorAll<HTMLButtonElement>('button')[response]!;
// Default catalogue order: topics work, relationships, wellbeing, career, skills, private, policy, free;
// responses advice, think-together, listen, opinion, report.
const CAREER = 3;
const WORK = 0;
const SKILLS = 4;
const POLICY = 6;
const FREE = 7;
const ADVICE = 0;
const THINK = 1;
const LISTEN = 2;
const REPORT = 4;

async function map(template = html`<taiwa-strength-map lang="en" manager-id="m1" .feedback=${sample()}></taiwa-strength-map>`) {
  const el = await fixture<TaiwaStrengthMap>(template);
  await el.updateComplete;
  return el;
}

async function inProvider(viewer: Viewer, feedback: Feedback[], attrs = html`<taiwa-strength-map></taiwa-strength-map>`) {
  const adapter = createMemoryAdapter({ feedback });
  return { ...(await mountIn('taiwa-strength-map', attrs, { adapter, viewer })), adapter };
}

describe('taiwa-strength-map', () => {
  it('is accessible: the map, the masked state, the empty state and in Japanese', async () => {
    const el = await map();
    await expect(el).to.be.accessible();
    cell(el, CAREER, LISTEN).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const masked = await map(html`<taiwa-strength-map lang="ja" .feedback=${sample().slice(0, 2)}></taiwa-strength-map>`);
    await expect(masked).to.be.accessible();
    const empty = await map(html`<taiwa-strength-map lang="en" .feedback=${[]}></taiwa-strength-map>`);
    await expect(empty).to.be.accessible();
  });

  it('is a real table: caption, column and row headers, one button per cell', async () => {
    const el = await map();
    const table = root(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('Strengths and weaknesses').and.contain('manager m1');
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(cols.map((th) => th.textContent!.trim()).slice(1)).to.deep.equal([
      'Give me concrete advice',
      'Think it through with me',
      'Just listen',
      'Tell me what you think',
      "I'd like to give an update",
    ]);
    const rows = [...table.querySelectorAll('tbody th')];
    expect(rows.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(8).fill('row'));
    expect(rows[CAREER]!.textContent).to.equal('Future career');
    expect(table.querySelectorAll('tbody button')).to.have.length(40);
  });

  it('shows estimates, counts and strength / weakness markers, as text and not only as colour', async () => {
    const el = await map();
    const weak = cell(el, CAREER, LISTEN);
    expect(weak.getAttribute('part')).to.equal('cell weakness');
    expect(weak.querySelector('[part="marker"]')!.textContent).to.equal('▼');
    expect(weak.textContent).to.contain('weakness').and.contain('9+ ratings').and.contain('at least 9 ratings');
    expect(weak.querySelector('[part="value"]')!.textContent).to.match(/^2\.0/);
    const strong = cell(el, WORK, ADVICE);
    expect(strong.getAttribute('part')).to.equal('cell strength');
    expect(strong.querySelector('[part="marker"]')!.textContent).to.equal('▲');
    expect(Number(strong.dataset.bin)).to.be.above(Number(weak.dataset.bin));
    const neutral = cell(el, POLICY, REPORT);
    expect(neutral.getAttribute('part')).to.equal('cell neutral');
    expect(neutral.querySelector('[part="marker"]')).to.equal(null);
    const masked = cell(el, SKILLS, THINK);
    expect(masked.getAttribute('part')).to.equal('cell masked');
    expect(masked.textContent).to.contain('fewer than 3 ratings').and.not.contain('5');
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.contain('from at least 27 ratings');
  });

  it('choosing a cell fires taiwa-cell-select and opens the manager hints for it, marked weak', async () => {
    const el = await map();
    setTimeout(() => cell(el, CAREER, LISTEN).click());
    const event = await oneEvent(el, 'taiwa-cell-select');
    expect(event).to.be.instanceOf(TaiwaCellSelectEvent);
    expect(event.detail).to.deep.equal({ topicId: 'career', responseId: 'listen' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    const panel = root(el).querySelector('taiwa-hint-panel') as HTMLElement & { weak?: boolean };
    expect(panel.getAttribute('topic')).to.equal('career');
    expect(panel.getAttribute('response')).to.equal('listen');
    expect(panel.getAttribute('audience')).to.equal('manager');
    expect(panel.weak).to.equal(true);
    expect(root(el).querySelector('[part="detail-title"]')!.textContent).to.equal('Future career × Just listen');
    expect(cell(el, CAREER, LISTEN).getAttribute('aria-expanded')).to.equal('true');
    expect(el.matches(':state(selected)')).to.equal(true);
    cell(el, WORK, ADVICE).click();
    await el.updateComplete;
    expect((root(el).querySelector('taiwa-hint-panel') as HTMLElement & { weak?: boolean }).weak).to.equal(false);
    cell(el, WORK, ADVICE).click();
    await el.updateComplete;
    expect(root(el).querySelector('taiwa-hint-panel')).to.equal(null);
  });

  it('moves between cells with the arrow keys, Home and End; Enter and Space choose; Escape closes', async () => {
    const el = await map();
    const selected: string[] = [];
    el.addEventListener('taiwa-cell-select', (e) => selected.push(`${e.detail.topicId}|${e.detail.responseId}`));
    cell(el, WORK, ADVICE).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(cell(el, WORK, THINK));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(cell(el, CAREER, LISTEN));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('taiwa-hint-panel')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('taiwa-hint-panel')).to.equal(null);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(cell(el, CAREER, REPORT));
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(cell(el, CAREER, ADVICE));
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(cell(el, FREE, REPORT));
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(root(el).activeElement).to.equal(cell(el, WORK, ADVICE));
    cell(el, CAREER, ADVICE).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(selected).to.deep.equal(['career|listen', 'career|advice']);
  });

  it('is one tab stop (the WAI-ARIA grid pattern): Tab leaves the grid, and comes back to the cell last focused', async () => {
    const el = await map();
    expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('grid');
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('tbody button')];
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    cell(el, WORK, REPORT).focus();
    await el.updateComplete;
    expect(buttons.filter((b) => b.tabIndex === 0)).to.deep.equal([cell(el, WORK, REPORT)]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const below = root(el).activeElement as HTMLButtonElement;
    expect(below).to.not.equal(cell(el, WORK, REPORT));
    expect(below.tabIndex).to.equal(0);
    expect(cell(el, WORK, REPORT).tabIndex).to.equal(-1);
    await sendKeys({ press: 'Tab' });
    expect(buttons).to.not.include(root(el).activeElement);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement).to.equal(below);
  });

  it('cells are disclosure buttons for the hints below, and opening them is announced', async () => {
    const el = await map();
    const status = root(el).querySelector('[role="status"]')!;
    const detail = root(el).querySelector('[part="detail"]') as HTMLElement;
    expect(status.textContent).to.equal('');
    expect(detail.id).to.equal('detail');
    expect(detail.hidden).to.equal(true);
    const buttons = [...root(el).querySelectorAll('tbody button')];
    expect(buttons.map((b) => b.getAttribute('aria-controls'))).to.deep.equal(Array(40).fill('detail'));
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(Array(40).fill('false'));
    cell(el, CAREER, LISTEN).click();
    await el.updateComplete;
    expect(cell(el, CAREER, LISTEN).getAttribute('aria-expanded')).to.equal('true');
    expect(buttons.filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
    expect(detail.hidden).to.equal(false);
    expect(status.textContent).to.equal('Hints for Future career × Just listen below.');
    // The detail's title is a heading, and the hint panel's title one level below it.
    const title = root(el).querySelector('[part="detail-title"]')!;
    expect(title.localName).to.equal('h3');
    expect(detail.getAttribute('aria-labelledby')).to.equal(title.id);
    const panel = root(el).querySelector('taiwa-hint-panel') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(panel.getAttribute('heading-level')).to.equal('4');
    await panel.updateComplete;
    const heading = panel.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('4');
    cell(el, CAREER, LISTEN).click();
    await el.updateComplete;
    expect(detail.hidden).to.equal(true);
    expect(status.textContent).to.equal('');
    expect(cell(el, CAREER, LISTEN).getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape inside the hints closes them and returns focus to the cell', async () => {
    const el = await map();
    cell(el, WORK, ADVICE).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = root(el).querySelector('taiwa-hint-panel') as HTMLElement & { updateComplete: Promise<boolean> };
    await panel.updateComplete;
    const summary = panel.shadowRoot!.querySelector<HTMLElement>('summary')!;
    summary.focus();
    expect(panel.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('taiwa-hint-panel')).to.equal(null);
    expect(root(el).activeElement).to.equal(cell(el, WORK, ADVICE));
    expect(cell(el, WORK, ADVICE).getAttribute('aria-expanded')).to.equal('false');
  });

  it('names the manager in the caption when given names, else shows the id', async () => {
    const el = await map(
      html`<taiwa-strength-map
        lang="en"
        manager-id="m1"
        .feedback=${sample()}
        .names=${{ m1: 'Sato Ken', m2: 'Ito Mai' }}
      ></taiwa-strength-map>`,
    );
    expect(root(el).querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Strengths and weaknesses by topic and response style: manager Sato Ken',
    );
    el.managerId = 'm2';
    await el.updateComplete;
    expect(root(el).querySelector('caption')!.textContent).to.contain('manager Ito Mai').and.not.contain('m2');
    el.names = { m1: 'Sato Ken' };
    await el.updateComplete;
    expect(root(el).querySelector('caption')!.textContent).to.contain('manager m2');
    el.names = {};
    el.managerId = 'constructor';
    await el.updateComplete;
    expect(root(el).querySelector('caption')!.textContent).to.contain('manager constructor');
  });

  it('for a manager in a provider: their own map only, from the adapter', async () => {
    const feedback = [...sample()];
    // The viewer's own manager ('boss') rated by the viewer: not part of the viewer's map.
    for (let i = 0; i < 6; i++) feedback.push(rating('boss', 'private', 'opinion', 1, 'm1'));
    const { el } = await inProvider({ id: 'm1', role: 'manager' }, feedback);
    expect(root(el).querySelector('caption')!.textContent).to.contain('your 1:1s');
    expect(cell(el, CAREER, LISTEN).getAttribute('part')).to.equal('cell weakness');
    expect(cell(el, 5, 3).getAttribute('part')).to.equal('cell masked');
    // Nothing to compare with: the manager's query only returns their own records.
    expect(root(el).querySelector('[part="org"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('for an admin: any manager against the organisation, or the organisation itself', async () => {
    const { el } = await inProvider({ id: 'hr', role: 'admin' }, sample(), html`<taiwa-strength-map manager-id="m1"></taiwa-strength-map>`);
    expect(cell(el, CAREER, LISTEN).querySelector('[part="org"]')!.textContent).to.equal('below org avg');
    expect(cell(el, CAREER, LISTEN).textContent).to.contain('below the organisation average (3.1)');
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.contain('organisation');
    el.managerId = '';
    await el.updateComplete;
    expect(root(el).querySelector('caption')!.textContent).to.contain('the organisation average');
    expect(cell(el, CAREER, LISTEN).textContent).to.contain('at least 18 ratings');
    await expect(el).to.be.accessible();
  });

  it('tells a member that the map is not for them', async () => {
    const { el } = await inProvider({ id: 'u1', role: 'member' }, sample());
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('for managers and admins');
  });

  it('updates when feedback is submitted on the page, only once a batch of k is complete', async () => {
    const { el, adapter } = await inProvider({ id: 'm1', role: 'manager' }, sample());
    expect(cell(el, SKILLS, THINK).getAttribute('part')).to.equal('cell masked');
    const third = rating('m1', 'skills', 'think-together', 4);
    await adapter.put('feedback', third);
    document.body.dispatchEvent(new TaiwaSubmitEvent('feedback', third));
    await el.updateComplete;
    expect(cell(el, SKILLS, THINK).getAttribute('part')).to.not.equal('cell masked');
    expect(cell(el, SKILLS, THINK).textContent).to.contain('at least 3 ratings');
    const before = cell(el, SKILLS, THINK).textContent;
    const fourth = rating('m1', 'skills', 'think-together', 1);
    await adapter.put('feedback', fourth);
    document.body.dispatchEvent(new TaiwaSubmitEvent('feedback', fourth));
    await el.updateComplete;
    expect(cell(el, SKILLS, THINK).textContent).to.equal(before);
  });

  it('reads from a real IndexedDB store', async () => {
    const viewer: Viewer = { id: 'm1', role: 'manager' };
    const adapter = createIndexedDbAdapter({ dbName: `strength-map-${crypto.randomUUID()}`, viewerId: viewer.id });
    for (const f of sample()) await adapter.put('feedback', f);
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="ja" .adapter=${adapter} .viewer=${viewer}><taiwa-strength-map></taiwa-strength-map></taiwa-provider>`,
    );
    const el = provider.querySelector('taiwa-strength-map')!;
    await el.updateComplete;
    expect(root(el).querySelector('caption')!.textContent).to.contain('得意・苦手').and.contain('あなたの1on1');
    expect(cell(el, CAREER, LISTEN).textContent).to.contain('苦手');
    adapter.close?.();
  });

  it('shows bad records as an error and still maps the valid ones', async () => {
    const bad = { ...rating('m1', 'work', 'advice', 5), scale: { min: 1, max: 99 } } as unknown as Feedback;
    const { el } = await inProvider({ id: 'm1', role: 'manager' }, [...sample(), bad]);
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('feedback');
    expect(cell(el, CAREER, LISTEN).getAttribute('part')).to.equal('cell weakness');
    await expect(el).to.be.accessible();
  });

  it('checks records given as a property: junk is a data error, the valid ones still map', async () => {
    const errors: Error[] = [];
    const el = await fixture<TaiwaStrengthMap>(html`<taiwa-strength-map lang="en" manager-id="m1"></taiwa-strength-map>`);
    el.addEventListener('taiwa-error', (e: TaiwaErrorEvent) => errors.push(e.detail.error));
    el.feedback = [null, { id: 'junk', items: 'x' }, ...sample()] as unknown as Feedback[];
    await el.updateComplete;
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('Some data could not be shown');
    // One summary for both bad records (issue 15 item 4), the bad ones kept as examples.
    expect(error.textContent).to.contain('2 feedback records could not be read');
    expect(errors.map((e) => e.name)).to.deep.equal(['TaiwaDataError']);
    expect((errors[0] as TaiwaDataError).examples.map((e) => e.recordId)).to.deep.equal([undefined, 'junk']);
    expect(cell(el, CAREER, LISTEN).getAttribute('part')).to.equal('cell weakness');
    el.feedback = 'nonsense' as unknown as Feedback[];
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('expected a list');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('shows the empty and the all-masked states', async () => {
    const empty = await map(html`<taiwa-strength-map lang="en" .feedback=${[]}></taiwa-strength-map>`);
    expect(root(empty).querySelector('[part="empty"]')!.textContent).to.equal('No ratings yet.');
    expect(root(empty).querySelector('table')).to.equal(null);
    expect(empty.matches(':state(empty)')).to.equal(true);
    const few = await map(html`<taiwa-strength-map lang="en" .feedback=${sample().slice(0, 2)}></taiwa-strength-map>`);
    expect(root(few).querySelector('[part="empty"]')!.textContent).to.contain('once it has 3 ratings');
    expect(root(few).querySelectorAll('[part="cell masked"]')).to.have.length(40);
  });

  it('renders unknown ids from the data as text', async () => {
    const feedback = [0, 1, 2].map(() => rating('m1', '<img src=x onerror="window.__pwned=1">', 'listen', 3));
    const el = await map(html`<taiwa-strength-map lang="en" .feedback=${feedback}></taiwa-strength-map>`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect([...root(el).querySelectorAll('tbody th')].at(-1)!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
