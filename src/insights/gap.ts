/**
 * The perception gap between a member's rating of a 1on1 and the manager's own impression of it:
 * pure arithmetic, no DOM. A smaller gap goes with higher satisfaction (see PRODUCT.md), so the
 * manager sees it per agenda item after both sides answered.
 */
import type { FeedbackItem } from '../model/schemas.js';
import type { Rated } from './scale.js';

export type { Rated } from './scale.js';

/**
 * scale.ts's `onScale`, repeated rather than imported: the rater's reads (in its module, before
 * content) need scale.ts and its lazy summary needs this module, so importing it here made scale.ts
 * a file of its own before the rater's content. test/insights/gap.test.ts checks that the two agree.
 */
export const onScale = (value: number, scale: { min: number; max: number }): number | undefined =>
  Number.isFinite(value) && value >= scale.min && value <= scale.max && scale.min < scale.max ? value : undefined;

export interface GapRow {
  /** `agendaItemId`, or `topicId/responseId` for items without one; `''` for the overall row. */
  key: string;
  topicId?: string;
  responseId?: string;
  /** The member's rating, on the member's scale. */
  member?: number;
  /** The manager's rating, mapped onto the member's scale (rounded to one decimal). */
  manager?: number;
  /** `manager - member`: positive when the manager saw the 1on1 better than the member did. */
  gap?: number;
  /** True when `|gap|` reaches the threshold. */
  notable: boolean;
}

export interface PerceptionGap {
  /** The scale every number in the rows is on (the member's). */
  scale: { min: number; max: number };
  overall: GapRow;
  /** The member's items in their order, then items only the manager rated. */
  items: GapRow[];
  /** The rows (overall first) whose gap reaches the threshold. */
  notable: GapRow[];
}

/** The default threshold, in points of the member's scale, from which a gap is called out. */
export const NOTABLE_GAP = 2;

/** How an item is matched across the two records. */
export function itemKey(item: Pick<FeedbackItem, 'agendaItemId' | 'topicId' | 'responseId'>): string {
  return item.agendaItemId ?? `${item.topicId}/${item.responseId}`;
}

/** Maps `value` from scale `from` onto scale `to`, linearly, rounded to one decimal. */
export function rescale(value: number, from: { min: number; max: number }, to: { min: number; max: number }): number {
  if (from.min === to.min && from.max === to.max) return value;
  const t = (value - from.min) / (from.max - from.min);
  return Math.round((to.min + t * (to.max - to.min)) * 10) / 10;
}

function row(key: string, member: number | undefined, manager: number | undefined, threshold: number, item?: FeedbackItem): GapRow {
  const gap = member !== undefined && manager !== undefined ? Math.round((manager - member) * 10) / 10 : undefined;
  const r: GapRow = { key, notable: gap !== undefined && Math.abs(gap) >= threshold };
  if (item) {
    r.topicId = item.topicId;
    r.responseId = item.responseId;
  }
  if (member !== undefined) r.member = member;
  if (manager !== undefined) r.manager = manager;
  if (gap !== undefined) r.gap = gap;
  return r;
}

/**
 * The gap between the member's record and the manager's, overall and per item. The manager's numbers
 * are mapped onto the member's scale when the two differ; a rating outside its own scale counts as
 * missing. `threshold` is in points of the member's scale.
 */
export function perceptionGap(member: Rated, manager: Rated, threshold = NOTABLE_GAP): PerceptionGap {
  const scale = member.scale;
  const mine = (v: number) => {
    const ok = onScale(v, manager.scale);
    return ok === undefined ? undefined : rescale(ok, manager.scale, scale);
  };
  // The first answer for an item counts on both sides (a record should not hold two).
  const managerItems = new Map<string, FeedbackItem>();
  for (const i of manager.items) if (!managerItems.has(itemKey(i))) managerItems.set(itemKey(i), i);
  const items: GapRow[] = [];
  const seen = new Set<string>();
  for (const item of member.items) {
    const key = itemKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    const other = managerItems.get(key);
    items.push(row(key, onScale(item.rating, scale), other && mine(other.rating), threshold, item));
  }
  for (const [key, item] of managerItems) {
    if (!seen.has(key)) items.push(row(key, undefined, mine(item.rating), threshold, item));
  }
  const overall = row('', onScale(member.overall, scale), mine(manager.overall), threshold);
  return { scale: { ...scale }, overall, items, notable: [overall, ...items].filter((r) => r.notable) };
}
