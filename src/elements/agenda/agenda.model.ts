/**
 * The agenda composer's data, without the DOM: the on-device draft, how it merges with what the
 * backend holds, what is still missing before a submit, and the record it becomes.
 */
import { latest, newRecordFields } from '../../model/records.js';
import type { Agenda, AgendaItem, MemoVisibility } from '../../model/schemas.js';

export interface DraftItem {
  id: string;
  topicId: string;
  /** The member's own title (a free topic such as `free`). */
  title?: string;
  /** `''` until the member chose a style. */
  responseId: string;
  /** The member's memo; kept here in full whatever its visibility. */
  memo: string;
  memoVisibility: MemoVisibility;
  proposedBy: 'member' | 'manager';
}

/** What the draft store keeps under `agenda:<sessionId>`. */
export interface AgendaDraft {
  /** The agenda record's id, kept across edits so a resubmission replaces the same record. */
  id: string;
  createdAt: string;
  items: DraftItem[];
  /** "Next time we talk about this", `YYYY-MM-DD` or `''`. */
  nextDate: string;
  status: 'draft' | 'submitted';
  submittedAt?: string;
  /** Ids of manager-proposed items the member took off, so a reload does not bring them back. */
  removed: string[];
}

export interface Problems {
  noTopic: boolean;
  /** Topic ids still without a response style. */
  missing: string[];
  /** Re-checked after an edit, not by a submit: shown politely rather than as an alert. */
  quiet?: boolean;
}

export const draftKey = (sessionId: string) => `agenda:${sessionId}`;

export function emptyDraft(): AgendaDraft {
  const { id, createdAt } = newRecordFields();
  return { id, createdAt, items: [], nextDate: '', status: 'draft', removed: [] };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** `v` when it is a real calendar day `YYYY-MM-DD` (not `2025-13-45` or `2025-02-30`), else `''`. */
export function validDay(v: unknown): string {
  const day = str(v);
  const t = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day ? '' : day;
}

/** `v` when it is a moment a `Date` can read, else `''`. */
export const validMoment = (v: unknown): string => (Number.isNaN(Date.parse(str(v))) ? '' : str(v));

function toItem(raw: unknown): DraftItem | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (!str(r['id']) || !str(r['topicId'])) return undefined;
  return {
    id: str(r['id']),
    topicId: str(r['topicId']),
    responseId: str(r['responseId']),
    memo: str(r['memo']),
    // Anything but an explicit "shared" is private: the safe reading of a damaged draft.
    memoVisibility: r['memoVisibility'] === 'shared' ? 'shared' : 'private',
    proposedBy: r['proposedBy'] === 'manager' ? 'manager' : 'member',
    ...(str(r['title']) ? { title: str(r['title']).slice(0, 200) } : {}),
  };
}

/** Reads a stored draft defensively (it may come from an older version or a damaged store). */
export function normalizeDraft(raw: unknown): AgendaDraft | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (!str(r['id']) || !Array.isArray(r['items'])) return undefined;
  const draft: AgendaDraft = {
    id: str(r['id']),
    createdAt: str(r['createdAt']) || new Date().toISOString(),
    items: r['items'].map(toItem).filter((i): i is DraftItem => i !== undefined),
    // A damaged field is dropped, so the views never meet a date they cannot show.
    nextDate: validDay(r['nextDate']),
    status: r['status'] === 'submitted' ? 'submitted' : 'draft',
    removed: Array.isArray(r['removed']) ? r['removed'].filter((x): x is string => typeof x === 'string') : [],
  };
  const submittedAt = validMoment(r['submittedAt']);
  if (submittedAt) draft.submittedAt = submittedAt;
  return draft;
}

/** The manager's own record of proposals (one writer per record: the manager). */
export const isProposals = (r: Agenda): boolean => r.author === 'manager';

/** The latest of the member's own `records` for `memberId` (any member when empty), by the shared rule of `latest`. */
export const latestFor = (records: readonly Agenda[], memberId: string): Agenda | undefined =>
  latest(records.filter((r) => !isProposals(r) && (!memberId || r.memberId === memberId)));

/** The manager's proposals record for the member (by `managerId`, any manager when empty), the latest. */
export const proposalsFor = (records: readonly Agenda[], memberId: string, managerId = ''): Agenda | undefined =>
  latest(records.filter((r) => isProposals(r) && r.memberId === memberId && (!managerId || r.managerId === managerId)));

/**
 * The topics proposed to the member: the items of every manager's proposals record, and (data
 * written before proposals were the manager's own records) manager-proposed items inside the
 * member's record. Only items marked `proposedBy: 'manager'` count.
 */
export function proposedItems(records: readonly Agenda[], memberId: string): AgendaItem[] {
  const own = latestFor(records, memberId);
  const theirs = records.filter((r) => isProposals(r) && r.memberId === memberId).flatMap((r) => r.items);
  return [...(own?.items ?? []), ...theirs].filter((i) => i.proposedBy === 'manager');
}

/**
 * The draft to show: the one on this device wins (it holds the private memos); it takes the
 * backend's record id and any topic the manager proposed since (`proposals`, by default those in
 * `remote`). With no draft, the backend's record, or an empty draft when only proposals exist.
 */
export function mergeRemote(
  draft: AgendaDraft | undefined,
  remote: Agenda | undefined,
  proposals: readonly AgendaItem[] = remote?.items.filter((i) => i.proposedBy === 'manager') ?? [],
): AgendaDraft | undefined {
  if (!remote && proposals.length === 0) return draft;
  let base = draft;
  if (!base && remote) base = normalizeDraft({ ...remote, status: remote.submittedAt ? 'submitted' : 'draft', removed: [] });
  base ??= emptyDraft();
  const known = new Set([...base.items.map((i) => i.id), ...base.removed]);
  const added: DraftItem[] = [];
  for (const p of proposals) {
    const item = p.proposedBy === 'manager' && !known.has(p.id) ? toItem(p) : undefined;
    // The same topic twice (the member has it, or two proposals): shown once.
    if (item && !base.items.some((d) => d.topicId === item.topicId) && !added.some((d) => d.topicId === item.topicId)) added.push(item);
  }
  const at = remote ? { id: remote.id, createdAt: remote.createdAt } : {};
  return { ...base, ...at, items: [...base.items, ...added] };
}

/**
 * What the manager sees: the member's record with the manager's proposals not on it yet. A
 * submitted agenda is the member's as they sent it (the proposals they took are in it).
 */
export function managerView(member: Agenda | undefined, proposals: readonly Agenda[]): Agenda | undefined {
  const items = proposals.flatMap((p) => p.items).filter((i) => i.proposedBy === 'manager');
  if (member?.submittedAt) return member;
  const base = member ?? proposals[0];
  if (!base) return undefined;
  const onIt = new Set((member?.items ?? []).map((i) => i.topicId));
  const extra = items.filter((i) => !onIt.has(i.topicId) && (onIt.add(i.topicId), true));
  return { ...base, items: [...(member?.items ?? []), ...extra] };
}

/** The draft with `topicIds` as its items, in that order, keeping what was written for a kept topic. */
export function withTopics(draft: AgendaDraft, topicIds: readonly string[]): AgendaDraft {
  const byTopic = new Map(draft.items.map((i) => [i.topicId, i]));
  const items = [...new Set(topicIds)].map(
    (topicId): DraftItem =>
      byTopic.get(topicId) ?? {
        id: crypto.randomUUID(),
        topicId,
        responseId: '',
        memo: '',
        memoVisibility: 'private',
        proposedBy: 'member',
      },
  );
  const dropped = draft.items.filter((i) => i.proposedBy === 'manager' && !topicIds.includes(i.topicId)).map((i) => i.id);
  return { ...draft, items, removed: [...new Set([...draft.removed, ...dropped])] };
}

/** The draft with the styles of `pairs` (`topicId:responseId`). */
export function withResponses(draft: AgendaDraft, pairs: readonly string[]): AgendaDraft {
  const responseOf = (topic: string) => pairs.find((p) => p.startsWith(`${topic}:`))?.slice(topic.length + 1) ?? '';
  return { ...draft, items: draft.items.map((i) => ({ ...i, responseId: responseOf(i.topicId) })) };
}

export function withItem(draft: AgendaDraft, id: string, change: Partial<DraftItem>): AgendaDraft {
  return { ...draft, items: draft.items.map((i) => (i.id === id ? { ...i, ...change } : i)) };
}

export const pairsOf = (draft: AgendaDraft): string[] => draft.items.filter((i) => i.responseId).map((i) => `${i.topicId}:${i.responseId}`);

/** A memo the manager may read: shared and not blank. Private text is never shown, whatever a record carries. */
export const sharedMemo = (item: { memo?: string | undefined; memoVisibility: MemoVisibility }): string | undefined =>
  item.memoVisibility === 'shared' && item.memo?.trim() ? item.memo : undefined;
