/**
 * What a rater inside a provider shows before its records are read: every render is noted (what
 * could be painted), with the adapter's reads held until the test lets them go. Nothing wrong may
 * show meanwhile: no "no agenda items" before the agenda was read, no form that a stored answer's
 * summary then replaces, no "waiting for the member" before the member's answer was looked for.
 * The form shows while the records load only when a draft on this device says it is what follows.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import { TaiwaSatisfactionRater } from '../../src/elements/satisfaction-rater/satisfaction-rater.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createDraftStore, createMemoryDraftStore, type DraftStore } from '../../src/adapters/drafts.js';
import type { TaiwaAdapter } from '../../src/model/adapter.js';
import type { Feedback, Viewer } from '../../src/model/schemas.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { agendaOf, AT, feedback, manager, member, session } from '../helpers/records.js';

interface Seen {
  form: boolean;
  empty: boolean;
  loading: boolean;
  summary: boolean;
  items: number;
  status: string;
}

/** A rater class of its own that notes what each of its renders put in its shadow root. */
function noting() {
  const seen: Seen[] = [];
  class Noting extends TaiwaSatisfactionRater {
    protected override updated(changed: Map<PropertyKey, unknown>): void {
      super.updated(changed);
      const root = this.shadowRoot!;
      seen.push({
        form: !!root.querySelector('[part~="overall"]'),
        empty: !!root.querySelector('[part="empty"]'),
        loading: !!root.querySelector('[part="loading"]'),
        summary: !!root.querySelector('[part~="summary"]'),
        items: root.querySelectorAll('[part="item-label"]').length,
        status: root.querySelector('[part="status"]')?.textContent ?? '',
      });
    }
  }
  const tag = `noting-rater-${Math.random().toString(36).slice(2)}`;
  customElements.define(tag, Noting);
  return { tag, seen };
}

const agenda = agendaOf([{ id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'private', proposedBy: 'member' }]);

/** A provider over an adapter whose reads wait for `release()`, with a draft store holding `draft` (if any). */
async function held(viewer: Viewer, stored: Feedback[] = [], draft?: unknown, drafts: DraftStore = createMemoryDraftStore()) {
  const { tag, seen } = noting();
  const memory = createMemoryAdapter({ session: [session], agenda: [agenda], feedback: stored });
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  const slow: TaiwaAdapter = { ...memory, query: async (kind, query) => (asked++, await gate, memory.query(kind, query)) };
  if (draft) await drafts.set(`rating:s1:${viewer.id}`, draft);
  const t = unsafeStatic(tag);
  const provider = await fixture<TaiwaProvider>(
    html`<taiwa-provider lang="en" .adapter=${slow} .viewer=${viewer} .drafts=${drafts}
      >${staticHtml`<${t} session-id="s1"></${t}>`}</taiwa-provider
    >`,
  );
  const el = provider.firstElementChild as TaiwaSatisfactionRater;
  // The reads were asked for and the element rendered meanwhile; what it showed is in `seen`.
  await waitUntil(() => asked > 0 && seen.length > 0, 'rendered while the reads are out');
  const before = () => [...seen];
  const done = async () => {
    release();
    await el.updateComplete;
    await el.updateComplete;
  };
  return { el, seen, before, done, adapter: memory };
}

describe('taiwa-satisfaction-rater: the renders before its records are read', () => {
  it('shows its loading state, not "no agenda items" and not an empty form, until the agenda is read', async () => {
    const { el, before, done } = await held(member);
    const early = before();
    expect(
      early.some((s) => s.empty),
      'no "no agenda items" before the agenda was read',
    ).to.equal(false);
    expect(
      early.some((s) => s.form),
      'no form that the agenda then fills in',
    ).to.equal(false);
    expect(
      early.every((s) => s.loading),
      'the loading state',
    ).to.equal(true);
    expect(el.matches(':state(loading)')).to.equal(true);
    await done();
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="item-label"]')).to.have.length(1);
    expect(root.querySelector('[part="loading"]')).to.equal(null);
    expect(el.matches(':state(loading)')).to.equal(false);
  });

  it('a stored answer: no form before its summary', async () => {
    const own = feedback({ id: 'f1', overall: 5, submittedAt: AT });
    const { el, seen, done } = await held(member, [own]);
    await done();
    expect(el.shadowRoot!.querySelector('[part~="summary"]'), 'the summary').to.not.equal(null);
    expect(
      seen.some((s) => s.form),
      'no render showed the form',
    ).to.equal(false);
    expect(seen.some((s) => s.empty)).to.equal(false);
  });

  it('a draft on this device: the form shows while the records load, without "no agenda items"', async () => {
    const draft = { overall: '4', answers: {}, comment: 'kept on this device', wentWell: '', nextTime: '' };
    const { el, seen, before, done } = await held(member, [], draft);
    const early = before();
    expect(early[0]!.form, 'the form at the first render').to.equal(true);
    expect(
      early.some((s) => s.empty),
      'no "no agenda items" before the agenda was read',
    ).to.equal(false);
    expect(el.matches(':state(loading)')).to.equal(true);
    await done();
    expect(seen.at(-1)!.items).to.equal(1);
    expect(el.value).to.equal('4');
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('kept on this device');
    expect(seen.some((s) => s.empty)).to.equal(false);
  });

  it('a submit while the records load waits for them: the record has the session\'s people, and no "information could not be loaded"', async () => {
    const draft = { overall: '4', answers: {}, comment: 'sent before the agenda came', wentWell: '', nextTime: '' };
    const { el, adapter, done } = await held(member, [], draft);
    const errors: Event[] = [];
    el.addEventListener('taiwa-error', (e) => errors.push(e));
    // The user turns to the form (the draft applies) and sends while the records are still held.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="overall"][value="4"]')!.dispatchEvent(
      new Event('focusin', { bubbles: true, composed: true }),
    );
    await waitUntil(() => el.value === '4', 'the draft applied');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    // (Not updateComplete: it waits for the held reads.)
    await nextFrame();
    await nextFrame();
    expect(adapter.all('feedback'), 'nothing sent before the records are in').to.have.length(0);
    await done();
    await waitUntil(() => adapter.all('feedback').length === 1, 'sent once the records are in');
    expect(adapter.all('feedback')[0]).to.include({
      memberId: 'm1',
      managerId: 'boss',
      overall: 4,
      comment: 'sent before the agenda came',
    });
    expect(errors, 'no error').to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
  });

  it('a draft in IndexedDB: the loading state until it is read, then the form while the records load', async () => {
    const draft = { overall: '2', answers: {}, comment: 'kept in IndexedDB', wentWell: '', nextTime: '' };
    const drafts = createDraftStore({ dbName: `frames-${Math.random().toString(36).slice(2)}`, viewerId: member.id });
    const { el, seen, done } = await held(member, [], draft, drafts);
    // The records are still held: the form shows once the draft was read, whenever that is.
    await waitUntil(() => seen.some((s) => s.form), 'the form while the records load', { timeout: 10000 });
    expect(el.matches(':state(loading)')).to.equal(true);
    const early = [...seen];
    // Before the draft was read: the loading state, never an empty form.
    expect(
      early
        .slice(
          0,
          early.findIndex((s) => s.form),
        )
        .every((s) => s.loading && !s.form),
    ).to.equal(true);
    expect(
      early.some((s) => s.empty),
      'no "no agenda items" before the agenda was read',
    ).to.equal(false);
    await done();
    expect(seen.at(-1)!.items).to.equal(1);
    expect(el.value).to.equal('2');
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('kept in IndexedDB');
  });

  it('the manager: no "waiting for the member" before the member\'s answer was looked for', async () => {
    const answered = feedback({ id: 'f-member', overall: 4, submittedAt: AT, sharedWithManager: true });
    const { el, seen, before, done } = await held(manager, [answered]);
    expect(
      before()
        .map((s) => s.status)
        .filter(Boolean),
    ).to.deep.equal([]);
    await done();
    // Once read: the member has answered, which is what the status line says.
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.not.equal('');
    expect(seen.some((s) => s.empty)).to.equal(false);
  });
});
