import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import type { TaiwaTopicPicker } from '../../src/elements/topic-picker/topic-picker.js';
import type { TaiwaHintPanel } from '../../src/elements/hint-panel/hint-panel.js';
import type { TaiwaLevelTracker } from '../../src/elements/level-tracker/level-tracker.js';
import type { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory.js';
import type { RecordKind, RecordQuery, TaiwaAdapter } from '../../src/adapters/types.js';
import type { Agenda, Feedback, HintMark, LevelAssessment, Viewer } from '../../src/model/schemas.js';
import enHints from '../../src/model/hints/en.js';

/**
 * "A superseded answer never wins": an element asks for A, then (the viewer or session changed) for
 * B; B answers first, A last. What the element shows, and what it writes next, must be B's. Each
 * answer is held by hand and released in that order: no timing is involved.
 */
interface Gated extends TaiwaAdapter {
  memory: MemoryAdapter;
  /** Holds the answers to queries that match until the returned function is called. */
  hold(match: (kind: RecordKind, query: RecordQuery) => boolean): () => void;
}

function gated(seed: Parameters<typeof createMemoryAdapter>[0]): Gated {
  const memory = createMemoryAdapter(seed);
  const holds: { match: (kind: RecordKind, query: RecordQuery) => boolean; gate: Promise<void> }[] = [];
  return {
    memory,
    local: true,
    put: (kind, record) => memory.put(kind, record),
    async query(kind, query) {
      const answer = await memory.query(kind, query);
      for (const h of holds) if (h.match(kind, query)) await h.gate;
      return answer;
    },
    hold(match) {
      let release!: () => void;
      holds.push({ match, gate: new Promise<void>((r) => (release = r)) });
      return release;
    },
  };
}

const at = (i: number) => new Date(Date.UTC(2025, 3, 1, 9, i)).toISOString();
const stamp = (id: string, i = 0) => ({ id, createdAt: at(i), updatedAt: at(i) });

async function mount<E extends HTMLElement>(adapter: TaiwaAdapter, viewer: Viewer, inner: ReturnType<typeof html>, tag: string) {
  const provider = await fixture<TaiwaProvider>(
    html`<taiwa-provider lang="en" .adapter=${adapter} .viewer=${viewer}>${inner}</taiwa-provider>`,
  );
  return { provider, el: provider.querySelector(tag) as unknown as E & { updateComplete: Promise<boolean> } };
}

describe('tracked work: a superseded answer never wins', () => {
  it('topic picker: the old session’s agenda arrives last and is ignored; the next save updates the new session’s agenda', async () => {
    const agenda = (id: string, sessionId: string, topicId: string): Agenda => ({
      ...stamp(id),
      sessionId,
      memberId: 'u1',
      items: [{ id: `${id}-i`, topicId, memoVisibility: 'private', proposedBy: 'member' }],
    });
    const adapter = gated({ agenda: [agenda('a1', 's1', 'career'), agenda('a2', 's2', 'work')] });
    const releaseS1 = adapter.hold((kind, q) => kind === 'agenda' && q.sessionId === 's1');
    const { el } = await mount<TaiwaTopicPicker>(
      adapter,
      { id: 'u1', role: 'member' },
      html`<taiwa-topic-picker multiple session-id="s1"></taiwa-topic-picker>`,
      'taiwa-topic-picker',
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('input').length === 8);
    el.sessionId = 's2';
    await waitUntil(() => el.values.join() === 'work');
    releaseS1();
    await el.updateComplete;
    expect(el.values).to.deep.equal(['work']);
    el.shadowRoot!.querySelectorAll('input')[1]!.click();
    const saved = await oneEvent(el, 'taiwa-save');
    expect(saved.detail.record).to.include({ id: 'a2', sessionId: 's2' });
    const stored = adapter.memory.all('agenda');
    expect(stored.map((a) => [a.id, a.items.map((i) => i.topicId)])).to.deep.equal([
      ['a1', ['career']],
      ['a2', ['work', 'relationships']],
    ]);
  });

  it('hint panel: the old session’s marks arrive last and are ignored; a toggle never rewrites the old session’s record', async () => {
    const ids = enHints.filter((h) => h.role === 'member' && h.topic === 'career' && h.response === 'listen').map((h) => h.id);
    const mark = (id: string, sessionId: string, hintId: string): HintMark => ({
      ...stamp(id),
      sessionId,
      memberId: 'u1',
      by: 'member',
      hintId,
      marked: true,
    });
    const adapter = gated({ 'hint-mark': [mark('h1', 's1', ids[0]!), mark('h2', 's2', ids[1]!)] });
    const releaseS1 = adapter.hold((kind, q) => kind === 'hint-mark' && q.sessionId === 's1');
    const { el } = await mount<TaiwaHintPanel>(
      adapter,
      { id: 'u1', role: 'member' },
      html`<taiwa-hint-panel topic="career" response="listen" session-id="s1"></taiwa-hint-panel>`,
      'taiwa-hint-panel',
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length > 1);
    el.sessionId = 's2';
    await waitUntil(() => el.marked.join() === ids[1]);
    releaseS1();
    await el.updateComplete;
    expect(el.marked).to.deep.equal([ids[1]]);
    // Marking the hint that was marked in s1 creates a record for s2; s1's record stays as it was.
    const box = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) => b.value === ids[0])!;
    box.click();
    const saved = await oneEvent(el, 'taiwa-save');
    expect(saved.detail.record).to.include({ sessionId: 's2', hintId: ids[0] });
    expect(saved.detail.record.id).to.not.equal('h1');
    expect(adapter.memory.all('hint-mark').find((m) => m.id === 'h1')).to.include({ sessionId: 's1', updatedAt: at(0) });
  });

  it('level tracker: the previous viewer’s records arrive last and are ignored', async () => {
    const level = (id: string, memberId: string, value: number): LevelAssessment => ({
      ...stamp(id),
      memberId,
      managerId: 'k1',
      by: 'member',
      method: 'direct',
      level: value,
    });
    const adapter = gated({ level: [level('l1', 'u1', 2), level('l2', 'u2', 5)] });
    const releaseU1 = adapter.hold((kind, q) => kind === 'level' && q.personId === 'u1');
    const { provider, el } = await mount<TaiwaLevelTracker>(
      adapter,
      { id: 'u1', role: 'member' },
      html`<taiwa-level-tracker></taiwa-level-tracker>`,
      'taiwa-level-tracker',
    );
    const current = () => el.shadowRoot!.querySelector('[part="current"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="loading"]') !== null);
    provider.viewer = { id: 'u2', role: 'member' };
    await waitUntil(() => current().includes('Level 5 of 6'));
    releaseU1();
    await el.updateComplete;
    expect(current()).to.contain('Level 5 of 6');
  });

  it('strength map: the previous manager’s feedback arrives last and is ignored', async () => {
    const rating = (id: string, managerId: string, i: number): Feedback => ({
      ...stamp(id, i),
      sessionId: `s-${id}`,
      memberId: 'u1',
      managerId,
      by: 'member',
      scale: { min: 1, max: 5 },
      overall: 3,
      items: [{ topicId: 'work', responseId: 'advice', rating: 4 }],
    });
    const feedback = [0, 1, 2].flatMap((i) => [rating(`a${i}`, 'm1', i), rating(`b${i}`, 'm2', i)]);
    const adapter = gated({ feedback });
    const releaseM1 = adapter.hold((kind, q) => kind === 'feedback' && q.personId === 'm1');
    const { provider, el } = await mount<TaiwaStrengthMap>(
      adapter,
      { id: 'm1', role: 'manager' },
      html`<taiwa-strength-map></taiwa-strength-map>`,
      'taiwa-strength-map',
    );
    provider.viewer = { id: 'm2', role: 'manager' };
    await waitUntil(() => el.map?.managerId === 'm2');
    releaseM1();
    await el.updateComplete;
    expect(el.map?.managerId).to.equal('m2');
  });
});
