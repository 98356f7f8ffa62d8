/**
 * Keyboard and screen-reader behaviour of `taiwa-agenda` that axe cannot see: where focus goes, what
 * the live regions say and when, and the accessible names of repeated controls.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import type { TaiwaResponseSelector } from '../../src/elements/response-selector/response-selector.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { Viewer } from '../../src/model/schemas.js';
import { deepActive } from '../helpers/a11y.js';
import { manager, member } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';


const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const picker = (el: TaiwaAgenda) => $<TaiwaTopicPicker>(el, 'taiwa-topic-picker');
const selector = (el: TaiwaAgenda) => $<TaiwaResponseSelector>(el, 'taiwa-response-selector');

async function mount(viewer: Viewer, adapter: TaiwaAdapter = createMemoryAdapter(), lang = 'en') {
  const inner = html`<taiwa-agenda session-id="s1" member-id="m1"></taiwa-agenda>`;
  return (await inProvider('taiwa-agenda', inner, { adapter, viewer, lang, drafts: createMemoryDraftStore() })).el;
}

async function choose(el: TaiwaAgenda, topics: string[], styles: Record<string, string> = {}) {
  for (const t of topics) picker(el).shadowRoot!.querySelector<HTMLInputElement>(`input[value="${t}"]`)!.click();
  await el.updateComplete;
  for (const [t, r] of Object.entries(styles)) {
    selector(el).shadowRoot!.querySelector<HTMLInputElement>(`input[data-topic="${t}"][value="${r}"]`)!.click();
  }
  await el.updateComplete;
}

describe('taiwa-agenda accessibility', () => {
  it('is accessible, and proposing every topic names each one and leaves focus on the note, not the page', async () => {
    const boss = await mount(manager);
    await expect(boss).to.be.accessible();
    const status = $(boss, '[part="status"]');
    const said: string[] = [];
    const labels = [...$<HTMLSelectElement>(boss, 'select').options].map((o) => o.text);
    expect(labels).to.have.length(8);
    for (const label of labels) {
      const button = $<HTMLButtonElement>(boss, '[part="propose-button"]');
      button.focus();
      const saved = oneEvent(boss, 'taiwa-save');
      button.click();
      await saved;
      await boss.updateComplete;
      said.push(status.textContent!);
      expect(status.textContent).to.equal(`Topic proposed: ${label}.`);
      // While topics are left, focus stays on the button to propose the next one.
      if ($(boss, '[part="propose"]')) expect(deepActive()).to.equal($(boss, '[part="propose-button"]'));
    }
    expect(new Set(said).size).to.equal(8, 'every proposal changes the live region');
    expect($(boss, '[part="status"]')).to.equal(status, 'the same live region throughout');
    const note = $(boss, '[part="note"]');
    expect(note.textContent).to.equal('Every topic is already on the agenda.');
    expect(note.getAttribute('tabindex')).to.equal('-1');
    expect(deepActive()).to.equal(note);
    expect(document.activeElement).to.equal(boss);
    await expect(boss).to.be.accessible();
  });

  it('raises the problem alert on submit only; edits update the list politely', async () => {
    const el = await mount(member);
    await choose(el, ['work', 'career'], { work: 'advice' });
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await el.updateComplete;
    const problems = () => $(el, '[part="problems"]');
    expect(problems().getAttribute('role')).to.equal('alert');
    expect(problems().textContent).to.contain('Future career');
    await choose(el, ['skills']);
    expect(problems().getAttribute('role')).to.equal('status');
    expect(problems().textContent).to.contain('Skills');
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await el.updateComplete;
    expect(problems().getAttribute('role')).to.equal('alert');
    await choose(el, [], { career: 'listen', skills: 'opinion' });
    expect(el.shadowRoot!.querySelector('[part="problems"]')).to.equal(null);
  });

  it('says "Agenda submitted" in the status line that was there before the summary replaced the form', async () => {
    const el = await mount(member);
    await choose(el, ['wellbeing'], { wellbeing: 'listen' });
    const status = $(el, '[part="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.closest('form')).to.equal(null, 'outside the form, so it outlives the swap');
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await oneEvent(el, 'taiwa-submit');
    await el.updateComplete;
    expect($(el, '[part="summary"]')).to.exist;
    expect($(el, '[part="status"]')).to.equal(status);
    expect(status.textContent).to.equal('Agenda shared with your manager.');
    await expect(el).to.be.accessible();
  });

  it('names each share checkbox by its topic, and gives the hint panel a heading level', async () => {
    const el = await mount(member);
    await choose(el, ['work', 'career']);
    const names = $$(el, '[part="share"]').map((label) => label.textContent!.trim());
    expect(names).to.deep.equal([
      'Share the memo on “Progress and ways of working” with my manager',
      'Share the memo on “Future career” with my manager',
    ]);
    $$<HTMLInputElement>(el, '[part="share"] input').forEach((box) => expect(box.labels![0]!.getAttribute('part')).to.equal('share'));
    expect($(el, 'taiwa-hint-panel').getAttribute('heading-level')).to.equal('3');
    const ja = await mount(member, createMemoryAdapter(), 'ja');
    await choose(ja, ['career']);
    expect($(ja, '[part="share"]').textContent!.trim()).to.equal('「今後のキャリア」のメモをマネジャーに共有する');
  });
});
