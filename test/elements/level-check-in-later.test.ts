import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/level-check-in/define.js';
import { TaiwaLevelCheckIn } from '../../src/elements/level-check-in/level-check-in.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import type { TaiwaSubmitEvent } from '../../src/events/index.js';

// This file runs in its own page: what it fetched is what such a page fetched.
const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(name));
const boxes = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
const text = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A check-in whose submit module waits for the test (`release`), or fails once (`failNext`). */
let release: () => void = () => {};
let failNext = false;
class HeldCheckIn extends TaiwaLevelCheckIn {
  static override submitModule = () => {
    if (failNext) {
      failNext = false;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return new Promise<void>((r) => (release = r)).then(() => TaiwaLevelCheckIn.submitModule());
  };
}
customElements.define('held-level-check-in', HeldCheckIn);

async function mount(tag: 'taiwa' | 'held', dbName: string) {
  const adapter = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
  const provider = await fixture<TaiwaProvider>(
    tag === 'taiwa'
      ? html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
          <taiwa-level-check-in manager-id="k1" session-id="s1"></taiwa-level-check-in>
        </taiwa-provider>`
      : html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
          <held-level-check-in manager-id="k1" session-id="s1"></held-level-check-in>
        </taiwa-provider>`,
  );
  const el = provider.querySelector<TaiwaLevelCheckIn>('taiwa-level-check-in, held-level-check-in')!;
  await el.updateComplete;
  return { adapter, el, provider };
}

describe('taiwa-level-check-in: the levels load only where the direct question shows them', () => {
  it('a check-in asks for no level texts; made direct, it loads them and is loading until then', async () => {
    const el = await fixture<TaiwaLevelCheckIn>(html`<taiwa-level-check-in lang="ja"></taiwa-level-check-in>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="label"]')[0]!.textContent).to.equal('以前より多く話せた。');
    expect(fetched('/catalog/ja/levels.ts') || fetched('/catalog/en/levels.ts') || fetched('/catalog/en-copy.ts')).to.equal(false);
    expect(el.matches(':state(loading)')).to.equal(false);
    el.method = 'direct';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="label"]')[3]!.textContent).to.equal('レベル4 · 問いやフィードバック');
    expect(el.shadowRoot!.querySelectorAll('[part="description"]')).to.have.length(6);
    expect(fetched('/catalog/ja/levels.ts')).to.equal(true);
    expect(el.matches(':state(loading)')).to.equal(false);
  });
});

describe('taiwa-level-check-in: what only a submit needs loads at the submit', () => {
  it('shows the form and a saved answer without the submit module, and loads it at the first submit', async () => {
    const dbName = `check-in-later-${crypto.randomUUID()}`;
    const { adapter, el } = await mount('taiwa', dbName);
    expect(boxes(el)).to.have.length(6);
    expect(fetched('/level-check-in.submit.ts')).to.equal(false);
    boxes(el)[0]!.click();
    boxes(el)[1]!.click();
    const saved = await el.submit();
    expect(saved).to.include({ by: 'member', memberId: 'm1', managerId: 'k1', sessionId: 's1', level: 2 });
    expect(fetched('/level-check-in.submit.ts')).to.equal(true);
    await el.updateComplete;
    expect(text(el, '[part="status"]')).to.equal('Saved: level 2.');
    expect((await adapter.query('level', { sessionId: 's1' })).map((r) => r.id)).to.deep.equal([saved!.id]);
    adapter.close();
  });

  it('ignores a second submit while the module is on its way, and keeps what is ticked meanwhile', async () => {
    const dbName = `check-in-held-${crypto.randomUUID()}`;
    const { adapter, el } = await mount('held', dbName);
    const submits: TaiwaSubmitEvent[] = [];
    el.addEventListener('taiwa-submit', (e) => submits.push(e as TaiwaSubmitEvent));
    boxes(el)[0]!.click();
    const first = el.submit();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    expect(await el.submit()).to.equal(undefined);
    // Ticked before the module is in: part of the answer it saves.
    boxes(el)[1]!.click();
    expect(el.values).to.deep.equal(['1', '2']);
    release();
    const saved = await first;
    expect(saved).to.include({ level: 2 });
    expect(saved!.signals).to.deep.equal([1, 2]);
    await el.updateComplete;
    expect(submits).to.have.length(1);
    expect(await adapter.query('level', { sessionId: 's1' })).to.have.length(1);
    adapter.close();
  });

  it('says so when the module cannot load (offline), keeps the answer, and saves at the next submit', async () => {
    const dbName = `check-in-offline-${crypto.randomUUID()}`;
    const { adapter, el } = await mount('held', dbName);
    boxes(el)[2]!.click();
    failNext = true;
    expect(await el.submit()).to.equal(undefined);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    expect(el.values).to.deep.equal(['3']);
    expect(el.matches(':state(saving)')).to.equal(false);
    const again = el.submit();
    release();
    // Level 1: a check-in stands at the highest contiguous level from 1 it ticked.
    expect(await again).to.include({ level: 1 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(await adapter.query('level', { sessionId: 's1' })).to.have.length(1);
    adapter.close();
  });

  it("in Japanese, loads the refusals' words only when it refuses", async () => {
    const dbName = `check-in-ja-${crypto.randomUUID()}`;
    const adapter = createIndexedDbAdapter({ dbName, viewerId: 'm1' });
    const provider = await fixture<TaiwaProvider>(
      html`<taiwa-provider lang="ja" .adapter=${adapter} .viewer=${{ id: 'm1', role: 'member' }}>
        <taiwa-level-check-in manager-id="k1" session-id="s9"></taiwa-level-check-in>
      </taiwa-provider>`,
    );
    const el = provider.querySelector<TaiwaLevelCheckIn>('taiwa-level-check-in')!;
    await el.updateComplete;
    boxes(el)[0]!.click();
    expect(await el.submit()).to.include({ level: 1, sessionId: 's9' });
    expect(fetched('/i18n/level-check-in/ja.submit.ts')).to.equal(false);
    boxes(el)[0]!.click();
    expect(await el.submit()).to.equal(undefined);
    await el.updateComplete;
    expect(text(el, '[part="problem"]')).to.equal('1つ以上選んでください。');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    expect(fetched('/i18n/level-check-in/ja.submit.ts')).to.equal(true);
    adapter.close();
  });
});
