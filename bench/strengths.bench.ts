/**
 * The strengths computation over 1,000,000 feedback items: a 10,000-person organisation (1,000
 * managers with 9 members each) over two years of 1on1s every two weeks, 1–3 rated agenda items per
 * session, generated deterministically (seeded PRNG, fixed start date).
 *
 * Measured, each as the median of RUNS timed runs after WARMUP untimed ones:
 * - `orgWide`: `computeStrengths(all)` — the organisation's map; the single pass tallies every
 *   manager's cells (it has to: the org figures pool each manager's masked windows).
 * - `orgWideUnordered`: the same records in random order, the way an adapter hands them over: an
 *   IndexedDB store returns them by (random) id, as fresh structured clones laid out in memory in
 *   that order, with fresh strings. Each cell then has to be put in time order.
 * - `oneManager`: `computeStrengths(all, { managerId })` with the organisation comparison — what an
 *   admin's `<taiwa-strength-map manager-id>` computes.
 * - `allManagers`: `computeAllStrengths(all)` — every manager's map and the org's from one pass.
 * - `plainLoop` / `plainLoopUnordered`: a loop that only sums the same items' ratings, in either
 *   order: the floor for touching 1M items.
 * `ratio` = orgWide / plainLoop, `ratioUnordered` = orgWideUnordered / plainLoopUnordered. `pass` = both orgWide medians ≤ the 300 ms target.
 */
import { StrengthsComputer } from '../src/insights/strengths.js';
import type { Feedback, FeedbackItem } from '../src/model/schemas.js';

const ITEMS = 1_000_000;
const MANAGERS = 1_000;
const MEMBERS_PER_MANAGER = 9;
const SLOTS = 53; // every two weeks for two years, with room to reach ITEMS
const WARMUP = 2;
const RUNS = 9;
const TARGET_MS = 300;
const TOPICS = ['work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy'];
const RESPONSES = ['advice', 'think-together', 'listen', 'opinion', 'report'];

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(): { feedback: Feedback[]; items: number } {
  const random = mulberry32(20240401);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pairs = TOPICS.length * RESPONSES.length;
  // Each manager has distinct strengths and weaknesses per topic × response.
  const effect = Float64Array.from({ length: MANAGERS * pairs }, () => normal() * 0.6);
  const bias = Float64Array.from({ length: MANAGERS * MEMBERS_PER_MANAGER }, () => normal() * 0.4);
  const start = Date.UTC(2023, 3, 3, 0, 0, 0);
  const day = 86_400_000;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  const feedback: Feedback[] = [];
  let items = 0;
  for (let slot = 0; slot < SLOTS && items < ITEMS; slot++) {
    for (let m = 0; m < MANAGERS && items < ITEMS; m++) {
      for (let j = 0; j < MEMBERS_PER_MANAGER && items < ITEMS; j++) {
        const member = m * MEMBERS_PER_MANAGER + j;
        const at = new Date(
          start + slot * 14 * day + (j % 10) * day + (9 + (m % 9)) * 3_600_000 + Math.floor(random() * 60) * 60_000,
        ).toISOString();
        const r = random();
        const n = Math.min(ITEMS - items, r < 0.2 ? 1 : r < 0.66 ? 2 : 3);
        const list: FeedbackItem[] = [];
        for (let i = 0; i < n; i++) {
          const t = Math.floor(random() * TOPICS.length);
          const s = Math.floor(random() * RESPONSES.length);
          const value = 3.4 + effect[m * pairs + t * RESPONSES.length + s]! + bias[member]! + normal() * 0.8;
          list.push({ topicId: TOPICS[t]!, responseId: RESPONSES[s]!, rating: Math.max(1, Math.min(5, Math.round(value))) });
        }
        items += n;
        const id = `${hex(feedback.length)}-${hex(Math.floor(random() * 0xffffffff))}`;
        feedback.push({
          id,
          createdAt: at,
          updatedAt: at,
          sessionId: `s-${id}`,
          memberId: `p${member}`,
          managerId: `mgr${m}`,
          by: 'member',
          scale: { min: 1, max: 5 },
          overall: list[0]!.rating,
          items: list,
        });
      }
    }
  }
  return { feedback, items };
}

function shuffled<T>(list: readonly T[]): T[] {
  const random = mulberry32(7);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// One computer for every run: it keeps its working arrays, as a Worker or a long-lived caller does
// (the plain `computeStrengths` allocates them per call).
const computer = new StrengthsComputer();
const computeStrengths: StrengthsComputer['computeStrengths'] = (f, o) => computer.computeStrengths(f, o);
const computeAllStrengths: StrengthsComputer['computeAllStrengths'] = (f, o) => computer.computeAllStrengths(f, o);

const round = (x: number) => Math.round(x * 100) / 100;

function measure(work: () => unknown): { medianMs: number; minMs: number; maxMs: number; runs: number } {
  for (let i = 0; i < WARMUP; i++) work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: round(times[Math.floor(times.length / 2)]!),
    minMs: round(times[0]!),
    maxMs: round(times[times.length - 1]!),
    runs: RUNS,
  };
}

export default async function bench() {
  const t0 = performance.now();
  const { feedback, items } = generate();
  const generateMs = round(performance.now() - t0);
  const mixed = structuredClone(shuffled(feedback));

  let checksum = 0;
  const plainLoop = measure(() => {
    let sum = 0;
    for (let i = 0; i < feedback.length; i++) {
      const list = feedback[i]!.items;
      for (let j = 0; j < list.length; j++) sum += list[j]!.rating;
    }
    checksum = sum;
  });
  const plainLoopUnordered = measure(() => {
    let sum = 0;
    for (let i = 0; i < mixed.length; i++) {
      const list = mixed[i]!.items;
      for (let j = 0; j < list.length; j++) sum += list[j]!.rating;
    }
    checksum = sum;
  });
  let cells = 0;
  let weak = 0;
  const orgWide = measure(() => {
    const map = computeStrengths(feedback);
    cells = map.cells.length;
  });
  const orgWideUnordered = measure(() => computeStrengths(mixed));
  const oneManager = measure(() => {
    weak = computeStrengths(feedback, { managerId: 'mgr42' }).cells.filter((c) => c.classification === 'weakness').length;
  });
  let maps = 0;
  const allManagers = measure(() => {
    maps = computeAllStrengths(feedback).managers.size;
  });

  // The unordered input must give the very same map: the windows do not depend on input order.
  const sameMap =
    JSON.stringify(computeStrengths(feedback, { managerId: 'mgr7' })) === JSON.stringify(computeStrengths(mixed, { managerId: 'mgr7' }));
  return {
    items,
    records: feedback.length,
    managers: MANAGERS,
    people: MANAGERS * (MEMBERS_PER_MANAGER + 1),
    generateMs,
    targetMs: TARGET_MS,
    orgWide,
    orgWideUnordered,
    oneManager,
    allManagers,
    plainLoop,
    plainLoopUnordered,
    ratio: round(orgWide.medianMs / Math.max(plainLoop.medianMs, 0.01)),
    ratioUnordered: round(orgWideUnordered.medianMs / Math.max(plainLoopUnordered.medianMs, 0.01)),
    cells,
    weakCellsOfMgr42: weak,
    managerMaps: maps,
    sameMapWhenUnordered: sameMap,
    checksum,
    pass: sameMap && orgWide.medianMs <= TARGET_MS && orgWideUnordered.medianMs <= TARGET_MS,
  };
}
