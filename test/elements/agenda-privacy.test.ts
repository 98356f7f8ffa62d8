/**
 * The private-memo property: whatever agenda a member composes, a memo left private never leaves the
 * device through an adapter that is not local, and never shows in the manager's view; a shared memo
 * reaches the manager.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/provider/define.js';
import '../../src/elements/agenda/define.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import type { TaiwaResponseSelector } from '../../src/elements/response-selector/response-selector.js';
import { matches, type RecordKind, type RecordMap, type RecordQuery, type TaiwaAdapter } from '../../src/adapters/types.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { Agenda, Viewer } from '../../src/model/schemas.js';
import { manager, member } from '../helpers/records.js';
import { inProvider } from '../helpers/mount.js';

/**
 * A remote backend in miniature: `local: false`, every write serialised to JSON as it would go over
 * the wire and kept as sent, every read answered from those bodies.
 */
function createRecordingAdapter() {
  const bodies: string[] = [];
  const stored = new Map<string, string>();
  const adapter: TaiwaAdapter = {
    local: false,
    async put<K extends RecordKind>(kind: K, record: RecordMap[K]) {
      const body = JSON.stringify(record);
      bodies.push(body);
      stored.set(`${kind}\u0000${record.id}`, body);
    },
    async query<K extends RecordKind>(kind: K, query: RecordQuery) {
      return [...stored]
        .filter(([key]) => key.startsWith(`${kind}\u0000`))
        .map(([, body]) => JSON.parse(body) as RecordMap[K])
        .filter((r) => matches(r, query));
    },
  };
  return { adapter, bodies };
}

const TOPICS = ['work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy'];
const RESPONSES = ['advice', 'think-together', 'listen', 'opinion', 'report'];

const itemArb = fc.record({
  response: fc.constantFrom(...RESPONSES),
  text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  shared: fc.boolean(),
});
const agendaArb = fc
  .uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: TOPICS.length })
  .chain((topics) => fc.tuple(fc.constant(topics), fc.array(itemArb, { minLength: topics.length, maxLength: topics.length })));

async function mount(adapter: TaiwaAdapter, viewer: Viewer) {
  const inner = html`<taiwa-agenda session-id="s1" member-id="m1"></taiwa-agenda>`;
  return (await inProvider('taiwa-agenda', inner, { adapter, viewer, drafts: createMemoryDraftStore() })).el;
}

describe('taiwa-agenda private memos (property)', () => {
  it('never sends or shows a private memo; shared memos reach the manager', async function () {
    this.timeout(180_000);
    await fc.assert(
      fc.asyncProperty(agendaArb, async ([topics, items]) => {
        const { adapter, bodies } = createRecordingAdapter();
        const el = await mount(adapter, member);
        const root = el.shadowRoot!;
        const picker = root.querySelector<TaiwaTopicPicker>('taiwa-topic-picker')!;
        picker.setValues(topics);
        picker.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
        const selector = root.querySelector<TaiwaResponseSelector>('taiwa-response-selector')!;
        selector.setValues(topics.map((t, i) => `${t}:${items[i]!.response}`));
        selector.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;

        // A marker makes each memo unique, so finding it anywhere means that memo leaked.
        const memos = items.map((item, i) => {
          const area = root.querySelectorAll('textarea')[i]!;
          area.value = `⟦memo-${i}⟧${item.text}`;
          area.dispatchEvent(new Event('input', { bubbles: true }));
          // What the member typed, as the textarea holds it (it normalises line breaks).
          return { text: area.value, shared: item.shared };
        });
        await el.updateComplete;
        root.querySelectorAll<HTMLInputElement>('[part="share"] input').forEach((box, i) => {
          if (items[i]!.shared) box.click();
        });
        await el.updateComplete;
        const sent = oneEvent(el, 'taiwa-submit');
        root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
        const { detail } = await sent;
        await el.updateComplete;
        // The event's detail leaves the element: it carries shared memos only.
        expect((detail.record as Agenda).items.map((i) => i.memo)).to.deep.equal(memos.map((m) => (m.shared ? m.text : undefined)));
        // The member still has every memo, private ones included.
        expect([...root.querySelectorAll('[part="memo-text"]')].map((p) => p.textContent)).to.deep.equal(memos.map((m) => m.text));

        const privateMemos = memos.filter((m) => !m.shared).map((m) => m.text);
        const sharedMemos = memos.filter((m) => m.shared).map((m) => m.text);
        expect(bodies.length).to.be.greaterThan(0);
        for (const body of bodies) {
          for (const text of privateMemos) {
            expect(body.includes(text) || body.includes(JSON.stringify(text).slice(1, -1))).to.equal(false);
          }
          const sentItems = (JSON.parse(body) as Agenda).items;
          expect(sentItems.filter((i) => i.memoVisibility === 'private' && i.memo !== undefined)).to.deep.equal([]);
          expect(sentItems.filter((i) => i.memoVisibility === 'shared').map((i) => i.memo)).to.deep.equal(sharedMemos);
        }
        el.closest('taiwa-provider')!.remove();
        await el.saveDraft();

        const boss = await mount(adapter, manager);
        const seen = boss.shadowRoot!.textContent!;
        for (const text of privateMemos) expect(seen.includes(text)).to.equal(false);
        expect([...boss.shadowRoot!.querySelectorAll('[part="memo-text"]')].map((p) => p.textContent)).to.deep.equal(sharedMemos);
        expect(boss.shadowRoot!.querySelectorAll('taiwa-hint-panel[audience="manager"]')).to.have.length(topics.length);
        boss.closest('taiwa-provider')!.remove();
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
