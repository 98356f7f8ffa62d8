/**
 * HR's view of strengths (issue 16): per topic × response, how many managers are weak (▼) and how
 * many strong (▲) there, never which ones. Each manager's map is published exactly as the manager
 * sees it (masked in batches of k ratings, classified against the manager's own mean); only the
 * counts of managers leave this function. A cell behind which fewer than `minManagers` managers
 * have a published figure is hidden: every count `null`, so a small group's answer is not told.
 * Pure: no DOM, no zod. The server and the browser-only mode use the same code.
 */
import type { InsightResults } from '../model/insights.js';
import type { Feedback } from '../model/schemas.js';
import { orgStats, publish } from './strengths/publish.js';
import { tally } from './strengths/tally.js';
import type { StrengthMap, StrengthOptions, Tally } from './strengths/types.js';

export type StrengthPatterns = InsightResults['strength-patterns'];

const key = (t: string, r: string) => `${t}\u0000${r}`;

/** The patterns of `maps` (one per manager), each cell shown only with `minManagers` managers behind it. */
export function strengthPatterns(maps: Iterable<StrengthMap>, minManagers: number, department?: string): StrengthPatterns {
  const k = Math.max(1, Math.floor(minManagers));
  const tally = new Map<string, { topicId: string; responseId: string; managers: number; weak: number; strong: number }>();
  const topics = new Set<string>();
  const responses = new Set<string>();
  let managers = 0;
  for (const map of maps) {
    let published = false;
    for (const cell of map.cells) {
      topics.add(cell.topicId);
      responses.add(cell.responseId);
      const id = key(cell.topicId, cell.responseId);
      let t = tally.get(id);
      if (!t) tally.set(id, (t = { topicId: cell.topicId, responseId: cell.responseId, managers: 0, weak: 0, strong: 0 }));
      if (cell.masked) continue;
      published = true;
      t.managers++;
      if (cell.classification === 'weakness') t.weak++;
      else if (cell.classification === 'strength') t.strong++;
    }
    if (published) managers++;
  }
  const sorted = (s: Set<string>) => [...s].sort();
  const cells = [...tally.values()]
    .sort((a, b) => (a.topicId === b.topicId ? (a.responseId < b.responseId ? -1 : 1) : a.topicId < b.topicId ? -1 : 1))
    .map((t) =>
      t.managers >= k
        ? { topicId: t.topicId, responseId: t.responseId, hidden: false, managers: t.managers, weak: t.weak, strong: t.strong }
        : { topicId: t.topicId, responseId: t.responseId, hidden: true, managers: null, weak: null, strong: null },
    );
  return { k, ...(department !== undefined ? { department } : {}), managers, topics: sorted(topics), responses: sorted(responses), cells };
}

/**
 * The patterns from a tally: every manager in `among` (all when omitted) published as their own
 * map with `options` (k ratings, prior), then counted.
 */
export function patternsOfTally(
  t: Tally,
  options: Pick<StrengthOptions, 'k' | 'prior'>,
  minManagers: number,
  { among, department }: { among?: ReadonlySet<string>; department?: string } = {},
): StrengthPatterns {
  const org = orgStats(t);
  const maps = t.managers.filter((id) => !among || among.has(id)).map((managerId) => publish(t, { ...options, managerId }, org));
  return strengthPatterns(maps, minManagers, department);
}

/**
 * The patterns from feedback records, for the browser-only mode: what the viewer's own device
 * holds (ratings in batches of `k`, two members a batch, as a server publishes them).
 */
export function patternsOf(
  feedback: readonly Feedback[],
  { k = 3, prior, minManagers = 5 }: { k?: number; prior?: number; minManagers?: number } = {},
): StrengthPatterns {
  return patternsOfTally(
    tally(feedback, k, undefined, { twoMembers: true }),
    { k, ...(prior !== undefined ? { prior } : {}) },
    minManagers,
  );
}
