/**
 * The rest of the kit at 390 × 844, with data, in English and Japanese (Noto Sans CJK, installed
 * by .ci/run): the team levels, the session list, the team overview, the scheduler, the action
 * list, the pulse, and HR's cadence, engagement drivers and effect chart. Nothing in a widget's
 * shadow tree scrolls horizontally or clips its text (scrollWidth ≤ clientWidth), except a table's
 * scroll container, whose first column then stays put (test/helpers/overflow.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createMemoryDraftStore } from '../../src/adapters/drafts.js';
import type { EffectRow } from '../../src/insights/effect.js';
import { seeded } from '../../src/insights/random.js';
import type { Action, Agenda, LevelAssessment, Pulse, Session, Viewer } from '../../src/model/schemas.js';
import { generateOrg } from '../helpers/hr-org.js';
import { overflowing } from '../helpers/overflow.js';
import { simulate } from '../insights/drivers-simulation.js';

const NOW = Date.parse('2026-03-10T03:00:00Z');
const DAY = 86_400_000;
const stamp = '2026-01-01T00:00:00.000Z';
const ZONE = 'Asia/Tokyo';
const NAMES = [
  { id: 'm1', name: 'Aoi Takahashi-Yamamoto' },
  { id: 'm2', name: '渡辺 蓮太郎' },
  { id: 'm3', name: 'Sora' },
  { id: 'k1', name: 'Kenji' },
];

const session = (id: string, memberId: string, days: number, extra: Partial<Session> = {}): Session => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  memberId,
  managerId: 'k1',
  scheduledAt: new Date(NOW + days * DAY).toISOString(),
  durationMinutes: 30,
  ...(days < 0 ? { heldAt: new Date(NOW + days * DAY).toISOString() } : {}),
  ...extra,
});
const action = (id: string, memberId: string, status: Action['status'], text: string): Action => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  memberId,
  managerId: 'k1',
  owner: 'member',
  text,
  status,
  visibility: 'shared',
  sessionId: 'a1',
});
const level = (memberId: string, by: 'member' | 'manager', value: number, i: number): LevelAssessment => ({
  id: `l-${memberId}-${by}-${i}`,
  createdAt: new Date(NOW - (10 - i) * 7 * DAY).toISOString(),
  updatedAt: new Date(NOW - (10 - i) * 7 * DAY).toISOString(),
  memberId,
  managerId: 'k1',
  by,
  method: 'check-in',
  level: value,
  signals: Array.from({ length: value }, (_, j) => j + 1),
  sessionId: `${memberId}-${i}`,
});
const agenda = (sessionId: string, memberId: string): Agenda => ({
  id: `ag-${sessionId}`,
  createdAt: stamp,
  updatedAt: stamp,
  sessionId,
  memberId,
  managerId: 'k1',
  items: [{ id: 'i1', topicId: 'career', responseId: 'listen', memoVisibility: 'shared', proposedBy: 'member' }],
  submittedAt: stamp,
});

const sessions = [
  session('a0', 'm1', -19),
  session('a1', 'm1', -5),
  session('a2', 'm1', 9),
  session('r1', 'm2', -40),
  session('s1', 'm3', 3, { cancelledAt: stamp }),
  ...Array.from({ length: 5 }, (_, i) => session(`old-${i}`, 'm2', -60 - 14 * i)),
];
const levels = [
  ...[2, 3, 3, 4, 4].flatMap((v, i) => [level('m1', 'member', v, i), level('m1', 'manager', Math.min(6, v + 1), i)]),
  ...[2, 2, 2, 2].flatMap((v, i) => [level('m2', 'member', v, i), level('m2', 'manager', v, i)]),
  ...[5, 6, 6, 6].flatMap((v, i) => [level('m3', 'member', v, i), level('m3', 'manager', 3, i)]),
];
const actions = [
  action('t1', 'm1', 'open', 'Ask the platform team how on-call rotations are planned for next quarter'),
  action('t2', 'm1', 'open', '次回までに、キャリアの希望を三つ書き出してマネジャーと共有する'),
  action('t3', 'm1', 'done', 'Read the onboarding guide'),
];
const pulses: Pulse[] = ['2026-01', '2026-02'].map((month, i) => ({
  id: `pulse-m1-${month}`,
  createdAt: `${month}-20T00:00:00.000Z`,
  updatedAt: `${month}-20T00:00:00.000Z`,
  memberId: 'm1',
  managerId: 'k1',
  month,
  growth: 2 + i,
  engagement: 40 + 20 * i,
}));
const records = {
  pulse: pulses,
  session: sessions,
  agenda: [agenda('a2', 'm1')],
  action: actions,
  level: levels,
};

/** `perBucket` members per 1on1-count bucket, answering the seed's statements. */
function effectRows(perBucket: number[], seed = 7): EffectRow[] {
  const random = seeded(seed);
  const rows: EffectRow[] = [];
  perBucket.forEach((n, b) => {
    for (let i = 0; i < n; i++)
      rows.push({ held: b < 3 ? b + 1 : 4 + Math.floor(random() * 4), answers: [0, 1, 2, 3].map(() => 1 + Math.floor(random() * 5)) });
  });
  return rows;
}
const org = generateOrg({ departments: [[6, 7, 2], [8]], seed: 3 });

const member: Viewer = { id: 'm1', role: 'member' };
const managerK1: Viewer = { id: 'k1', role: 'manager' };

type Screen = [name: string, viewer: Viewer | undefined, inner: TemplateResult];
const screens: Screen[] = [
  ['team levels', undefined, html`<taiwa-level-tracker view="team" .assessments=${levels} .members=${NAMES}></taiwa-level-tracker>`],
  ['member levels', undefined, html`<taiwa-level-tracker member-id="m1" .assessments=${levels} .members=${NAMES}></taiwa-level-tracker>`],
  [
    'session list',
    undefined,
    html`<taiwa-session-list
      viewer-id="m1"
      time-zone=${ZONE}
      .now=${NOW}
      .people=${NAMES}
      .records=${{ sessions, agendas: records.agenda, levels }}
    ></taiwa-session-list>`,
  ],
  [
    'team overview',
    managerK1,
    html`<taiwa-team-overview manager-id="k1" time-zone=${ZONE} .now=${NOW} .members=${NAMES.slice(0, 3)}></taiwa-team-overview>`,
  ],
  [
    'scheduler',
    member,
    html`<taiwa-scheduler manager-id="k1" member-id="m1" time-zone=${ZONE} .now=${NOW} .people=${NAMES}></taiwa-scheduler>`,
  ],
  ['action list', member, html`<taiwa-action-list session-id="a2" member-id="m1" manager-id="k1"></taiwa-action-list>`],
  ['pulse', member, html`<taiwa-pulse month="2026-03" manager-id="k1"></taiwa-pulse>`],
  [
    'cadence',
    undefined,
    html`<taiwa-cadence period="quarter" from="2025-Q1" to="2025-Q2" as-of="2025-06-30" .source=${org}></taiwa-cadence>`,
  ],
  ['engagement drivers', undefined, html`<taiwa-engagement-drivers .input=${simulate(600, 1, 1 / 3, 0.5)}></taiwa-engagement-drivers>`],
  ['effect chart', undefined, html`<taiwa-effect-chart .rows=${effectRows([300, 300, 300, 300])}></taiwa-effect-chart>`],
];

async function mount(lang: string, viewer: Viewer | undefined, inner: TemplateResult) {
  const frame = await fixture(
    viewer
      ? html`<div style="inline-size: 100%; box-sizing: border-box; padding: 16px">
          <taiwa-provider lang=${lang} .adapter=${createMemoryAdapter(records)} .viewer=${viewer} .drafts=${createMemoryDraftStore()}
            >${inner}</taiwa-provider
          >
        </div>`
      : html`<div lang=${lang} style="inline-size: 100%; box-sizing: border-box; padding: 16px">${inner}</div>`,
  );
  const el = (viewer ? frame.querySelector('taiwa-provider')!.firstElementChild : frame.firstElementChild) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  // Settled: rendered past loading (a Worker or a task may take several updates).
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    if (el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]') && i > 3) break;
  }
  await document.fonts.ready;
  return el;
}

describe('390 × 844, the rest of the kit', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
    document.body.style.margin = '0';
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'ja']) {
    for (const [name, viewer, inner] of screens) {
      it(`${name} fits, ${lang}`, async () => {
        const el = await mount(lang, viewer, inner);
        // With data: more than an empty state.
        // (Its text, not the node: chai's rendering of a node with its shadow tree is not for an error message.)
        expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent?.trim() ?? '', `${name} shows data`).to.equal('');
        expect(overflowing(el).join(' | '), name).to.equal('');
        await expect(el).to.be.accessible();
      });
    }
  }
});
