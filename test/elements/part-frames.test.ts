/**
 * What a part element (src/core/part-element.ts) shows, and what its public methods do, between
 * its part's arrival and its first read's answer. Inside a provider the first update has no part
 * yet (it shows the loading line); the part's `setup` starts the read in a later update. Each
 * element here is a class of its own whose part waits for `part.release()` and whose adapter's
 * reads wait for `reads.release()`, and every render is noted: nothing may show meanwhile that the
 * read then replaces (a create form where a 1on1 is to be moved, "no answers yet" above a trend),
 * and a public method called once the part is in but before its setup ran must not throw.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/elements/provider/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { TaiwaScheduler } from '../../src/elements/scheduler/scheduler.js';
import { TaiwaPulse } from '../../src/elements/pulse/pulse.js';
import { TaiwaActionList } from '../../src/elements/action-list/action-list.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { TaiwaAdapter } from '../../src/model/adapter.js';
import type { Pulse, Session, Viewer } from '../../src/model/schemas.js';

/** A promise the test lets go. */
function gate() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

/** `memory` with its reads held until `release()`; `asked` counts them. */
function heldReads(memory: MemoryAdapter) {
  const g = gate();
  const state = { asked: 0 };
  const adapter: TaiwaAdapter = { ...memory, query: async (kind, query) => (state.asked++, await g.promise, memory.query(kind, query)) };
  return { adapter, state, release: g.release };
}

async function inProvider(tag: string, attrs: string, adapter: TaiwaAdapter, viewer: Viewer) {
  const t = unsafeStatic(tag);
  const provider = await fixture<TaiwaProvider>(
    html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${viewer} .drafts=${createMemoryDraftStore()}
      >${staticHtml`<${t} ${unsafeStatic(attrs)}></${t}>`}</taiwa-provider
    >`,
  );
  return provider.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
}

const loading = (root: ShadowRoot) => !!root.querySelector('[part="loading"]');

describe('part elements between their part and their first read', () => {
  it('the scheduler with session-id shows loading, never the create form, until the 1:1 is read', async () => {
    const part = gate();
    const seen: string[] = [];
    class Noting extends TaiwaScheduler {
      static override views = () => part.promise.then(() => import('../../src/elements/scheduler/scheduler.part.js'));
      protected override updated(changed: Map<PropertyKey, unknown>): void {
        super.updated(changed);
        const root = this.shadowRoot!;
        seen.push(`${root.querySelector('[part="title"]')?.textContent?.trim() ?? ''}|${loading(root) ? 'LOADING' : ''}`);
      }
    }
    const tag = unique('noting-scheduler');
    customElements.define(tag, Noting);
    const AT = '2030-05-01T00:00:00.000Z';
    const s1: Session = {
      id: 's1',
      createdAt: AT,
      updatedAt: AT,
      memberId: 'm1',
      managerId: 'k1',
      scheduledAt: '2030-06-02T08:00:00.000Z',
    };
    const reads = heldReads(createMemoryAdapter({ session: [s1] }));
    const el = await inProvider(tag, 'session-id="s1" time-zone="UTC"', reads.adapter, { id: 'm1', role: 'member' });
    await waitUntil(() => seen.length > 0, 'rendered before the part');
    part.release();
    await waitUntil(() => reads.state.asked > 0, 'the part read');
    await new Promise((r) => setTimeout(r));
    expect(
      seen.every((f) => f === '|LOADING'),
      seen.join(', '),
    ).to.equal(true);
    reads.release();
    await el.updateComplete;
    expect(seen.filter((f) => f !== '|LOADING')).to.have.length.greaterThan(0);
    expect(
      seen.filter((f) => f !== '|LOADING').every((f) => f.startsWith('Move or cancel the 1:1 on Jun 2, 2030')),
      seen.join(', '),
    ).to.equal(true);
  });

  describe('the pulse', () => {
    const MONTH = '2030-05';
    const earlier: Pulse = {
      id: `pulse-m1-2030-04`,
      createdAt: '2030-04-20T00:00:00.000Z',
      updatedAt: '2030-04-20T00:00:00.000Z',
      memberId: 'm1',
      month: '2030-04',
      growth: 3,
      engagement: 60,
    };
    const thisMonth: Pulse = {
      ...earlier,
      id: `pulse-m1-${MONTH}`,
      month: MONTH,
      createdAt: '2030-05-03T00:00:00.000Z',
      updatedAt: '2030-05-03T00:00:00.000Z',
    };

    async function mount() {
      const part = gate();
      const seen: string[] = [];
      class Noting extends TaiwaPulse {
        static override views = () => part.promise.then(() => import('../../src/elements/pulse/pulse.views.js'));
        protected override updated(changed: Map<PropertyKey, unknown>): void {
          super.updated(changed);
          const root = this.shadowRoot!;
          const form = root.querySelector('[part="form"]');
          // After the form: the trend's heading, its "nothing yet" words, or the loading line.
          const after = root.querySelector('h3, [part="empty"], form ~ [part="loading"]');
          seen.push(form ? `FORM ${after?.textContent?.trim() ?? ''}` : loading(root) ? 'LOADING' : '?');
        }
      }
      const tag = unique('noting-pulse');
      customElements.define(tag, Noting);
      const memory = createMemoryAdapter({ pulse: [earlier, thisMonth] });
      const reads = heldReads(memory);
      const el = (await inProvider(tag, `month=${MONTH}`, reads.adapter, { id: 'm1', role: 'member' })) as TaiwaPulse;
      await waitUntil(() => seen.length > 0, 'rendered before the part');
      part.release();
      await waitUntil(() => reads.state.asked > 0, 'the part read');
      await new Promise((r) => setTimeout(r));
      return { el, seen, reads, memory };
    }

    it('shows loading in place of the trend, not "Your answers will show here", until the history is read', async () => {
      const { el, seen, reads } = await mount();
      expect(
        seen.some((f) => /will show here/.test(f)),
        seen.join(', '),
      ).to.equal(false);
      reads.release();
      await el.updateComplete;
      expect(
        seen.some((f) => /will show here/.test(f)),
        seen.join(', '),
      ).to.equal(false);
      expect(seen.at(-1)).to.equal('FORM Your trend');
    });

    it('a submit while the history is read waits for it, so this month keeps its createdAt', async () => {
      const { el, reads, memory } = await mount();
      const root = el.shadowRoot!;
      const radios = [...root.querySelectorAll<HTMLInputElement>('[role="radiogroup"]')].map((g) =>
        g.querySelector<HTMLInputElement>('input[value="4"]')!,
      );
      expect(radios).to.have.length(8);
      // Each answer is set as it is clicked (the form's update waits for the held read).
      for (const r of radios) r.click();
      const sent = el.submit();
      reads.release();
      const record = await sent;
      expect(record?.createdAt).to.equal(thisMonth.createdAt);
      expect(memory.all('pulse').find((p) => p.month === MONTH)?.createdAt).to.equal(thisMonth.createdAt);
    });
  });

  describe('public methods called once the part is in, before its setup ran', () => {
    /** A class of `Base` that calls `call` as soon as its part's strings and views are set (before the next update). */
    function callingAtArrival<E extends LitElement>(Base: new () => E, call: (el: E) => unknown) {
      const outcome: { thrown?: unknown; result?: Promise<unknown> } = {};
      class Calling extends (Base as new () => LitElement) {
        #called = false;
        override requestUpdate(name?: PropertyKey, old?: unknown, options?: PropertyDeclaration): void {
          super.requestUpdate(name, old, options);
          // The bundle sets the views, then the strings: this is that moment.
          if (name !== 'strings' || this.#called) return;
          this.#called = true;
          try {
            outcome.result = Promise.resolve(call(this as unknown as E));
            outcome.result.catch(() => undefined);
          } catch (err) {
            outcome.thrown = err;
          }
        }
      }
      const tag = unique('calling');
      customElements.define(tag, Calling);
      return { tag, outcome };
    }

    const AT = '2030-05-01T00:00:00.000Z';
    const sessions: Session[] = [
      { id: 's1', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2030-06-02T10:00:00.000Z' },
      { id: 's2', createdAt: AT, updatedAt: AT, memberId: 'm1', managerId: 'boss', scheduledAt: '2030-06-16T10:00:00.000Z' },
    ];
    const listAttrs = 'session-id="s1" member-id="m1" manager-id="boss"';

    it('the action list: refresh() waits for the first read instead of throwing', async () => {
      const { tag, outcome } = callingAtArrival(TaiwaActionList, (el) => el.refresh());
      const el = await inProvider(tag, listAttrs, createMemoryAdapter({ session: sessions }), { id: 'm1', role: 'member' });
      await waitUntil(() => outcome.thrown !== undefined || outcome.result !== undefined, 'called');
      expect(outcome.thrown).to.equal(undefined);
      await outcome.result;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="add-text"]')).to.exist;
    });

    it('the action list: add() waits for the first read, then adds the item', async () => {
      const memory = createMemoryAdapter({ session: sessions });
      const { tag, outcome } = callingAtArrival(TaiwaActionList, (el) => el.add('Share the plan'));
      const el = await inProvider(tag, listAttrs, memory, { id: 'm1', role: 'member' });
      await waitUntil(() => outcome.thrown !== undefined || outcome.result !== undefined, 'called');
      expect(outcome.thrown).to.equal(undefined);
      await outcome.result;
      await el.updateComplete;
      const [saved] = memory.all('action');
      expect(saved).to.include({ text: 'Share the plan', owner: 'member', sessionId: 's1', dueSessionId: 's2' });
    });

    it('the pulse: submit() waits for the part, then says what is unanswered', async () => {
      const { tag, outcome } = callingAtArrival(TaiwaPulse, (el) => el.submit());
      const el = await inProvider(tag, 'month="2030-05"', createMemoryAdapter(), { id: 'm1', role: 'member' });
      await waitUntil(() => outcome.thrown !== undefined || outcome.result !== undefined, 'called');
      expect(outcome.thrown).to.equal(undefined);
      expect(await outcome.result).to.equal(undefined);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Please answer every question.');
    });
  });
});
