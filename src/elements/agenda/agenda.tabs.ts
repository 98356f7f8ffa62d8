/**
 * Two tabs editing one agenda draft: a three-way merge of the draft both started from (`base`),
 * this tab's (`mine`) and the one another tab stored (`theirs`). What only one side changed is
 * taken from that side; a memo both changed keeps both texts, so no keystroke of either is lost.
 */
import type { AgendaDraft, DraftItem } from './agenda.model.js';

export interface Merged {
  draft: AgendaDraft;
  /** Both tabs changed the same thing: the member is told ("edited in another tab"). */
  conflict: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Both texts, once each: one that already holds the other is kept as it is. */
function bothTexts(mine: string, theirs: string): string {
  if (mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  return `${mine}\n${theirs}`;
}

function mergeItem(base: DraftItem | undefined, mine: DraftItem, theirs: DraftItem): { item: DraftItem; conflict: boolean } {
  let conflict = false;
  const pick = <F extends 'responseId' | 'memo' | 'memoVisibility'>(f: F): DraftItem[F] => {
    if (mine[f] === theirs[f] || theirs[f] === base?.[f]) return mine[f];
    if (mine[f] === base?.[f]) return theirs[f];
    conflict = true;
    return (f === 'memo' ? bothTexts(mine.memo, theirs.memo) : mine[f]) as DraftItem[F];
  };
  return { item: { ...mine, responseId: pick('responseId'), memo: pick('memo'), memoVisibility: pick('memoVisibility') }, conflict };
}

export function mergeDrafts(base: AgendaDraft | undefined, mine: AgendaDraft, theirs: AgendaDraft): Merged {
  let conflict = false;
  const b = new Map(base?.items.map((i) => [i.id, i]));
  const t = new Map(theirs.items.map((i) => [i.id, i]));
  const m = new Map(mine.items.map((i) => [i.id, i]));
  const items: DraftItem[] = [];
  for (const mi of mine.items) {
    const ti = t.get(mi.id);
    const bi = b.get(mi.id);
    if (ti) {
      const r = mergeItem(bi, mi, ti);
      conflict ||= r.conflict;
      items.push(r.item);
    } else if (!bi) items.push(mi); // Added here.
    else if (!same(bi, mi)) {
      // Removed there, changed here: kept, and said.
      conflict = true;
      items.push(mi);
    }
  }
  for (const ti of theirs.items) {
    if (m.has(ti.id)) continue;
    const bi = b.get(ti.id);
    if (!bi) items.push(ti); // Added there.
    else if (!same(bi, ti)) {
      conflict = true;
      items.push(ti);
    }
  }
  // One item per topic: two tabs that each added the same topic keep one, with both memos.
  const byTopic = new Map<string, DraftItem>();
  for (const i of items) {
    const known = byTopic.get(i.topicId);
    if (!known) byTopic.set(i.topicId, i);
    else if (i.memo && i.memo !== known.memo) byTopic.set(i.topicId, { ...known, memo: known.memo ? bothTexts(known.memo, i.memo) : i.memo });
  }
  const scalar = <F extends 'nextDate' | 'status' | 'id' | 'createdAt'>(f: F): AgendaDraft[F] => {
    if (mine[f] === theirs[f] || theirs[f] === base?.[f]) return mine[f];
    if (mine[f] === base?.[f]) return theirs[f];
    if (f === 'nextDate') conflict = true;
    return mine[f];
  };
  const draft: AgendaDraft = {
    id: scalar('id'),
    createdAt: scalar('createdAt'),
    items: [...byTopic.values()],
    nextDate: scalar('nextDate'),
    status: scalar('status'),
    removed: [...new Set([...mine.removed, ...theirs.removed])],
  };
  const submittedAt = draft.status === 'submitted' ? (mine.status === 'submitted' ? mine.submittedAt : theirs.submittedAt) : undefined;
  if (submittedAt) draft.submittedAt = submittedAt;
  return { draft, conflict };
}
