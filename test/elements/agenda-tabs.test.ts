/**
 * Two tabs editing one agenda draft (issue 15), each a same-origin iframe with its own page, agenda
 * and draft store over one IndexedDB database: each tab sees the other's text, keystrokes typed in
 * both (interleaved, without waiting) all survive, and a reopened tab shows all of it. Prints `[figures]`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';

type Tab = { frame: HTMLIFrameElement; agenda: () => TaiwaAgenda };

async function openTab(db: string): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`./tabs/agenda-tab.html?db=${encodeURIComponent(db)}`, import.meta.url).href;
  frame.title = 'a tab';
  document.body.append(frame);
  const agenda = () => frame.contentDocument!.querySelector('taiwa-agenda') as TaiwaAgenda;
  await waitUntil(() => frame.contentDocument?.querySelector('taiwa-agenda')?.shadowRoot?.querySelector('taiwa-topic-picker'), 'the tab loads', {
    timeout: 20_000,
  });
  await agenda().updateComplete;
  return { frame, agenda };
}

const root = (t: Tab) => t.agenda().shadowRoot!;

const memos = (t: Tab) => [...root(t).querySelectorAll<HTMLTextAreaElement>('textarea')];

async function pickTopic(t: Tab, topic: string) {
  const picker = root(t).querySelector('taiwa-topic-picker')!;
  picker.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${topic}"]`)!.click();
  await t.agenda().updateComplete;
}

/** Types one character at the end of the memo at `index`, as an input event does. */
function typeChar(t: Tab, index: number, ch: string) {
  const area = memos(t)[index]!;
  area.value += ch;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

const textOf = (t: Tab) => memos(t).map((m) => m.value);

describe('two tabs, one agenda draft', function () {
  this.timeout(120_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('each tab sees the other’s text, and keystrokes typed in both, interleaved, are all kept', async () => {
    const db = `agenda-tabs-${crypto.randomUUID()}`;
    const a = await openTab(db);
    const b = await openTab(db);
    await pickTopic(a, 'career');
    // Tab B sees tab A's topic without a reload, and is told.
    await waitUntil(() => memos(b).length === 1, 'tab B sees the topic chosen in tab A', { timeout: 10_000 });
    expect(root(b).querySelector('[part="status"]')!.textContent).to.contain('Edited in another tab');
    await pickTopic(b, 'work');
    await waitUntil(() => memos(a).length === 2, 'tab A sees the topic chosen in tab B', { timeout: 10_000 });

    // Interleaved typing, without waiting for the other tab: A in the first memo, B in the second.
    const left = 'Alpha: the release slipped, I want to talk about scope.';
    const right = 'Beta: 体調は大丈夫です。来月の研修について相談したい。';
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      if (i < left.length) typeChar(a, 0, left[i]!);
      if (i < right.length) typeChar(b, 1, right[i]!);
      if (i % 7 === 0) await new Promise((r) => setTimeout(r));
    }
    await waitUntil(() => [a, b].every((t) => textOf(t).join('|') === `${left}|${right}`), 'both tabs agree on both memos', { timeout: 20_000 });

    // Then the same memo, in turns: each tab continues the other's text.
    const turns = ['one ', 'two ', 'three ', 'four '];
    let expected = left;
    for (const [n, word] of turns.entries()) {
      const t = n % 2 === 0 ? a : b;
      for (const ch of word) typeChar(t, 0, ch);
      expected += word;
      await waitUntil(() => [a, b].every((x) => textOf(x)[0] === expected), `turn ${n}`, { timeout: 10_000 });
    }
    await a.agenda().saveDraft();
    await b.agenda().saveDraft();

    // A third tab, opened now, shows every character typed in either.
    const c = await openTab(db);
    expect(textOf(c)).to.deep.equal([expected, right]);
    const typed = left.length + right.length + turns.join('').length;
    const kept = textOf(c).join('').length;
    console.log(`[figures] two tabs, one draft: ${typed} characters typed, ${typed - kept} lost`);
    expect(kept).to.equal(typed);

  });
});
