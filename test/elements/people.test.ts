/**
 * People through `<taiwa-provider>`: the host's (`.people`, the browser-only mode) or the adapter's
 * (`people()`, a backend's org chart), validated, and the widgets that name people using them when
 * the host passes no `.names` / `.members`.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/provider/define.js';
import '../../src/elements/level-tracker/define.js';
import '../../src/elements/strength-map/define.js';
import type { TaiwaProvider } from '../../src/elements/provider/provider.js';
import type { TaiwaLevelTracker } from '../../src/elements/level-tracker/level-tracker.js';
import type { TaiwaStrengthMap } from '../../src/elements/strength-map/strength-map.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaAdapter } from '../../src/adapters/types.js';
import type { Feedback, LevelAssessment, Person } from '../../src/model/schemas.js';
import type { TaiwaErrorEvent } from '../../src/events/index.js';

const PEOPLE: Person[] = [
  { id: 'k1', displayName: '佐藤 健一', active: true },
  { id: 'm1', displayName: '伊藤 美咲', managerId: 'k1', active: true },
  { id: 'm2', displayName: '渡辺 翔太', managerId: 'k1', department: 'Sales', active: true },
];

let seq = 0;
const at = (i: number) => new Date(Date.UTC(2025, 3, 7) + i * 86_400_000).toISOString();
function levels(memberId: string): LevelAssessment[] {
  return (['member', 'manager'] as const).map((by, i) => ({
    id: `l-${++seq}`,
    createdAt: at(seq),
    updatedAt: at(seq),
    memberId,
    managerId: 'k1',
    by,
    method: 'direct',
    level: 2 + i,
  }));
}
const TEAM = [...levels('m1'), ...levels('m2')];
const feedback = (): Feedback[] =>
  Array.from({ length: 3 }, (_, i) => ({
    id: `fb-${++seq}`,
    createdAt: at(i),
    updatedAt: at(i),
    sessionId: `s-${seq}`,
    memberId: 'm1',
    managerId: 'k1',
    by: 'member',
    scale: { min: 1, max: 5 },
    overall: 4,
    items: [{ topicId: 'work', responseId: 'advice', rating: 4 }],
  }));

const rows = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part="member-row"]')].map((r) => r.cells[0]!.textContent!.trim());
const caption = (el: HTMLElement) => el.shadowRoot!.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(props: { adapter?: TaiwaAdapter; people?: readonly unknown[] }) {
  const provider = await fixture<TaiwaProvider>(html`<taiwa-provider
    lang="en"
    .adapter=${props.adapter}
    .viewer=${{ id: 'hr', role: 'admin' }}
    .people=${props.people}
  >
    <taiwa-level-tracker view="team" .assessments=${TEAM}></taiwa-level-tracker>
    <taiwa-strength-map manager-id="k1" .feedback=${feedback()} .k=${1}></taiwa-strength-map>
  </taiwa-provider>`);
  const tracker = provider.querySelector<TaiwaLevelTracker>('taiwa-level-tracker')!;
  const map = provider.querySelector<TaiwaStrengthMap>('taiwa-strength-map')!;
  return { provider, tracker, map };
}

describe('people through taiwa-provider', () => {
  it('names the team and the manager with the host’s people, and follows a change of them', async () => {
    const { provider, tracker, map } = await mount({ people: PEOPLE });
    await waitUntil(() => rows(tracker).length === 2 && rows(tracker).includes('伊藤 美咲'), 'names from the provider', { timeout: 10_000 });
    expect(rows(tracker).sort()).to.deep.equal(['伊藤 美咲', '渡辺 翔太']);
    await waitUntil(() => caption(map).includes('佐藤 健一'), 'the manager named in the caption', { timeout: 10_000 });
    await expect(tracker).to.be.accessible();
    provider.people = [{ id: 'm1', displayName: 'Misaki Ito', active: true }];
    await waitUntil(() => rows(tracker).includes('Misaki Ito'), 'the new names', { timeout: 10_000 });
    expect(rows(tracker)).to.include('m2');
    expect(caption(map)).to.contain('manager k1');
  });

  it('reads the adapter’s people when the host gives none', async () => {
    const adapter = createMemoryAdapter({ feedback: feedback() }, { people: PEOPLE });
    const { tracker, map } = await mount({ adapter });
    await waitUntil(() => rows(tracker).includes('渡辺 翔太'), 'names from the adapter', { timeout: 10_000 });
    await waitUntil(() => caption(map).includes('佐藤 健一'), undefined, { timeout: 10_000 });
    // The provider reads people again when the adapter changes.
    const provider = tracker.closest('taiwa-provider') as TaiwaProvider;
    provider.adapter = createMemoryAdapter({ feedback: feedback() }, { people: [{ id: 'k1', displayName: 'Kenichi Sato', active: true }] });
    await waitUntil(() => caption(map).includes('Kenichi Sato'), undefined, { timeout: 10_000 });
    expect(rows(tracker).sort()).to.deep.equal(['m1', 'm2']);
  });

  it('keeps the host’s .names and .members over the provider’s people', async () => {
    const provider = await fixture<TaiwaProvider>(html`<taiwa-provider lang="en" .people=${PEOPLE}>
      <taiwa-level-tracker view="team" .assessments=${TEAM} .members=${[{ id: 'm1', name: 'Aoi' }]}></taiwa-level-tracker>
      <taiwa-strength-map manager-id="k1" .feedback=${feedback()} .k=${1} .names=${{ k1: 'Boss' }}></taiwa-strength-map>
    </taiwa-provider>`);
    const tracker = provider.querySelector<TaiwaLevelTracker>('taiwa-level-tracker')!;
    const map = provider.querySelector<TaiwaStrengthMap>('taiwa-strength-map')!;
    await waitUntil(() => rows(tracker).length === 2 && caption(map).includes('Boss'), undefined, { timeout: 10_000 });
    expect(rows(tracker).sort()).to.deep.equal(['Aoi', 'm2']);
  });

  it('reports invalid people with taiwa-error and still uses the valid ones', async () => {
    const provider = document.createElement('taiwa-provider') as TaiwaProvider;
    provider.lang = 'en';
    provider.innerHTML = '<taiwa-level-tracker view="team"></taiwa-level-tracker>';
    const tracker = provider.querySelector<TaiwaLevelTracker>('taiwa-level-tracker')!;
    tracker.assessments = TEAM;
    provider.people = [PEOPLE[1]!, { id: 'm2', active: 'yes' }] as never;
    const error = oneEvent(provider, 'taiwa-error') as Promise<TaiwaErrorEvent>;
    document.body.append(provider);
    try {
      const e = await error;
      expect(e.detail.error.name).to.equal('TaiwaDataError');
      expect(e.detail.error.message).to.contain('person');
      await waitUntil(() => rows(tracker).includes('伊藤 美咲'), undefined, { timeout: 10_000 });
      expect(rows(tracker)).to.include('m2');
    } finally {
      provider.remove();
    }
  });

  it('reports an adapter whose people cannot be read, and names by id meanwhile', async () => {
    const failing: TaiwaAdapter = { ...createMemoryAdapter(), people: () => Promise.reject(new Error('backend down')) };
    const provider = document.createElement('taiwa-provider') as TaiwaProvider;
    const error = oneEvent(provider, 'taiwa-error') as Promise<TaiwaErrorEvent>;
    provider.adapter = failing;
    document.body.append(provider);
    try {
      expect((await error).detail.error.message).to.contain('backend down');
    } finally {
      provider.remove();
    }
  });
});
