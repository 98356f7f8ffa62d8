/**
 * The agenda's hint panel and action list (「前回決めたこと」) are not part of the agenda's content:
 * they load after the agenda is on screen (idle), or at once when the member reaches for the agenda.
 * Held back by the `laterElements` seam, the agenda shows and takes the member's choices; nothing
 * done before they arrive is lost, and they show once they do.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import type { AgendaElements } from '../../src/elements/agenda/agenda.elements.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Session } from '../../src/model/schemas.js';
import { member } from '../helpers/records.js';

const AT = '2025-06-01T00:00:00.000Z';
const session: Session = { id: 's1', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss' };

/** An agenda whose later inner controls arrive only when the test releases them. */
function heldAgenda() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked = 0;
  const askedAt: number[] = [];
  class HeldAgenda extends TaiwaAgenda {
    static override laterElements = async (): Promise<Partial<AgendaElements>> => {
      asked++;
      askedAt.push(performance.now());
      await held;
      return TaiwaAgenda.laterElements();
    };
  }
  const tag = `held-agenda-${Math.random().toString(36).slice(2)}`;
  customElements.define(tag, HeldAgenda);
  return { tag, release, asked: () => asked, askedAt };
}

async function mount(tag: string, lang: string, timeout = 1000) {
  const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang=${lang}></taiwa-provider>`);
  Object.assign(provider, { adapter: createMemoryAdapter({ session: [session] }), viewer: member, drafts: createMemoryDraftStore() });
  const el = document.createElement(tag) as TaiwaAgenda;
  el.setAttribute('session-id', 's1');
  provider.append(el);
  const picker = () => el.shadowRoot?.querySelector('taiwa-topic-picker');
  // Not `updateComplete`: it waits for the held controls too.
  await waitUntil(() => picker()?.shadowRoot?.querySelector('input[value="career"]'), 'the picker shows the topics', { timeout });
  return { el, picker: () => picker()! };
}

describe('taiwa-agenda: the action list after the content', () => {
  for (const lang of ['en', 'ja']) {
    it(`(${lang}) shows its content without the action list, keeps a choice made before it arrives, then shows it`, async () => {
      const { tag, release, asked } = heldAgenda();
      const { el, picker } = await mount(tag, lang);
      expect(el.shadowRoot!.querySelector('[part~="actions"]'), 'no action list while it is held').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="hints"]'), 'no hint panel while it is held').to.equal(null);
      // The member chooses before the action list is in (focusing the agenda asks for it at once).
      const career = picker().shadowRoot!.querySelector<HTMLInputElement>('input[value="career"]')!;
      career.focus();
      career.click();
      await waitUntil(() => asked() === 1, 'the later controls were asked for (by the focus, or the idle after content)');
      await waitUntil(() =>
        el.shadowRoot!.querySelector('taiwa-response-selector')?.shadowRoot?.querySelector('input[data-topic="career"]'),
      );
      release();
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[part~="actions"]');
      expect(list, 'the action list once released').to.not.equal(null);
      await list!.updateComplete;
      expect(list!.shadowRoot!.textContent).to.not.equal('');
      // The hint panel once released, on the item chosen before: its hints for that topic.
      const panel = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[part~="hints"]');
      expect(panel, 'the hint panel once released').to.not.equal(null);
      expect(panel!.getAttribute('topic')).to.equal('career');
      await waitUntil(() => panel!.shadowRoot?.querySelector('[part="hint"]'), 'the hint panel shows its hints');
      expect(career.checked, 'the choice made before is still there').to.equal(true);
      await el.saveDraft();
      expect(asked(), 'asked once').to.equal(1);
      await expect(el).to.be.accessible();
    });
  }

  it('asks for the action list when idle after the content, with no interaction', async () => {
    const { tag, release, asked } = heldAgenda();
    const { el } = await mount(tag, 'en');
    await waitUntil(() => asked() === 1, 'asked after the content, untouched');
    release();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="actions"]')).to.not.equal(null);
  });

  it('waits for the page to be quiet: nothing is asked for within 250 ms of a response landing', async () => {
    const { tag, release, asked, askedAt } = heldAgenda();
    // When each of the stream's responses ended, on the page's clock (Resource Timing, through an
    // observer: the page's buffer of entries may be full).
    const ends: number[] = [];
    const seen = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceResourceTiming[])
        if (e.name.includes('/__echo/agenda-quiet/')) ends.push(e.responseEnd);
    });
    seen.observe({ type: 'resource' });
    // Another element of the page still loading its content: a response lands every 20 ms or so.
    let others = true;
    let landed!: () => void;
    const first = new Promise<void>((r) => (landed = r));
    const loading = (async () => {
      for (let n = 0; others; n++) {
        await fetch(`/__echo/agenda-quiet/200//load?n=${n}`, { cache: 'no-store' }).then((r) => r.text());
        landed();
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    try {
      // The agenda comes to a page whose stream is already under way: at least one of its responses
      // has landed before the agenda could ask (on a loaded machine the first one may take a while).
      await first;
      const { el } = await mount(tag, 'en', 5000);
      await new Promise((r) => setTimeout(r, 1000));
      others = false;
      await loading;
      await waitUntil(() => asked() === 1, 'asked once the page is quiet');
      for (const entry of seen.takeRecords() as PerformanceResourceTiming[])
        if (entry.name.includes('/__echo/agenda-quiet/')) ends.push(entry.responseEnd);
      // The rule itself, whatever the machine's load: the ask came 250 ms or more after the last
      // response that had landed before it (on a quiet machine that is after the stream stopped;
      // on a loaded one a gap of 250 ms in the stream may come first, and counts as quiet).
      const at = askedAt[0]!;
      const before = ends.filter((end) => end <= at);
      expect(before.length, 'responses landed before the ask').to.be.greaterThan(0);
      expect(at - Math.max(...before), 'ms from the last response landed to the ask').to.be.at.least(250);
      release();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="actions"]')).to.not.equal(null);
    } finally {
      seen.disconnect();
      others = false;
      release();
    }
  });

  it('a focus cuts the wait for the quiet already under way: asked at once while responses keep landing', async () => {
    const { tag, release, asked } = heldAgenda();
    let others = true;
    const loading = (async () => {
      for (let n = 0; others; n++) {
        await fetch(`/__echo/agenda-quiet/200//reach?n=${n}`, { cache: 'no-store' }).then((r) => r.text());
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    try {
      const { el, picker } = await mount(tag, 'en', 5000);
      // The content is shown and its wait for the page's quiet has begun (it would last up to 10 s).
      await new Promise((r) => setTimeout(r, 300));
      picker().shadowRoot!.querySelector<HTMLInputElement>('input[value="career"]')!.focus();
      await waitUntil(() => asked() === 1, 'asked at the focus, not at the end of the wait', { timeout: 2000 });
      expect(others, 'responses were still landing').to.equal(true);
      release();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="actions"]')).to.not.equal(null);
    } finally {
      others = false;
      await loading;
      release();
    }
  });

  it('waits while another element of the document shows :state(loading)', async () => {
    if (!customElements.get('still-loading')) {
      customElements.define(
        'still-loading',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachInternals().states.add('loading');
          }
        },
      );
    }
    const other = document.body.appendChild(document.createElement('still-loading'));
    const { tag, release, asked } = heldAgenda();
    try {
      const { el } = await mount(tag, 'en');
      await new Promise((r) => setTimeout(r, 800));
      expect(asked(), 'not asked while the other element loads').to.equal(0);
      other.remove();
      await waitUntil(() => asked() === 1, 'asked once it has its content');
      release();
      await el.updateComplete;
    } finally {
      other.remove();
      release();
    }
  });

  it('a subclass with its own elements gets exactly those: no action list is added', async () => {
    let asked = 0;
    class Own extends TaiwaAgenda {
      static override elements = async () => {
        const { defaultElements } = await import('../../src/elements/agenda/agenda.elements.js');
        return defaultElements();
      };
      static override laterElements = () => (asked++, TaiwaAgenda.laterElements());
    }
    customElements.define('own-elements-agenda', Own);
    const { el } = await mount('own-elements-agenda', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="actions"]')).to.equal(null);
    expect(asked).to.equal(0);
  });
});
