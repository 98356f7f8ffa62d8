/**
 * The manager view of a 50-person team must render in one frame. Mounts `<taiwa-level-tracker
 * view="team">` once (strings, catalogue and templates loaded), then, per run, sets a fresh copy of
 * the team's records on an emptied tracker and times until `updateComplete`: the derivation in
 * `willUpdate` plus the render of the whole team from scratch. Deterministic data: 50 members,
 * 12 check-ins per side each (1,200 records).
 */
import '../src/elements/level-tracker/define.js';
import type { TaiwaLevelTracker } from '../src/elements/level-tracker/level-tracker.js';
import type { LevelAssessment } from '../src/model/schemas.js';
import { seeded } from '../src/insights/random.js';

const MEMBERS = 50;
const CHECK_INS = 12;
const RUNS = 15;
const WARMUP = 3;
const FRAME_MS = 16.7;

function team() {
  const random = seeded(20250407);
  const start = Date.parse('2025-01-06T09:00:00Z');
  const records: LevelAssessment[] = [];
  const members: Array<{ id: string; name: string }> = [];
  for (let m = 0; m < MEMBERS; m++) {
    const memberId = `member-${m}`;
    members.push({ id: memberId, name: `Member ${m + 1}` });
    const from = 1 + Math.floor(random() * 3);
    const to = Math.min(6, from + Math.floor(random() * 4));
    const managerBias = m % 10 === 0 ? -2 : 0;
    for (let i = 0; i < CHECK_INS; i++) {
      const base = Math.round(from + ((to - from) * i) / (CHECK_INS - 1));
      for (const by of ['member', 'manager'] as const) {
        const noise = random() < 0.15 ? (random() < 0.5 ? -1 : 1) : 0;
        const level = Math.max(1, Math.min(6, base + noise + (by === 'manager' ? managerBias : 0)));
        const at = new Date(start + (i * 14 + (by === 'manager' ? 0.1 : 0)) * 86_400_000).toISOString();
        records.push({
          id: `${memberId}-${i}-${by}`,
          createdAt: at,
          updatedAt: at,
          memberId,
          managerId: 'manager-1',
          by,
          method: 'check-in',
          level,
          signals: Array.from({ length: level }, (_, j) => j + 1),
          sessionId: `${memberId}-s${i}`,
        });
      }
    }
  }
  return { records, members };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;

export default async function levelsBench(): Promise<Record<string, unknown>> {
  const { records, members } = team();
  const el = document.createElement('taiwa-level-tracker') as TaiwaLevelTracker;
  el.setAttribute('lang', 'en');
  el.view = 'team';
  el.members = members;
  el.assessments = [];
  document.body.append(el);
  await el.updateComplete;

  const render: number[] = [];
  const withLayout: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    el.assessments = [];
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const data = records.slice();
    const t0 = performance.now();
    el.assessments = data;
    await el.updateComplete;
    const t1 = performance.now();
    // Style and layout of the new DOM, which the browser would do before painting the frame.
    el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
    const t2 = performance.now();
    if (i >= WARMUP) {
      render.push(t1 - t0);
      withLayout.push(t2 - t0);
    }
  }
  const rows = el.shadowRoot!.querySelectorAll('[part="member-row"]').length;
  el.remove();
  const medianMs = median(render);
  return {
    bench: 'level-tracker: manager view of a 50-person team',
    members: MEMBERS,
    records: records.length,
    rowsRendered: rows,
    runs: RUNS,
    medianMs: round(medianMs),
    minMs: round(Math.min(...render)),
    maxMs: round(Math.max(...render)),
    medianWithLayoutMs: round(median(withLayout)),
    frameBudgetMs: FRAME_MS,
    fitsInFrame: medianMs <= FRAME_MS,
    pass: rows === MEMBERS && medianMs <= FRAME_MS,
  };
}
