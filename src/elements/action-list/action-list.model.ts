/**
 * The action items (宿題) of a pair, without the DOM: which are carried over from earlier 1on1s,
 * which were agreed in this one, which are closed, and the records a create, close or drop writes.
 */
import type { RecordHelpers } from '../../core/part-element.js';
import type { Action, MemoVisibility } from '../../model/schemas.js';

export interface ActionGroups {
  /** Open items agreed before this 1on1 (or with none): 「前回決めたこと」, shown first. */
  carried: Action[];
  /** Open items agreed in this 1on1. */
  current: Action[];
  /** Done or dropped, newest first: the history, under a disclosure. */
  closed: Action[];
}

const time = (a: Action) => Date.parse(a.createdAt);

/**
 * The pair's items as `viewer` may see them: their own (private included) and the partner's shared
 * ones, one record per id (the latest), grouped for `sessionId`.
 */
export function groupActions(
  { latestBy }: Pick<RecordHelpers, 'latestBy'>,
  records: readonly Action[],
  viewer: { id: string; role: 'member' | 'manager' },
  sessionId: string,
): ActionGroups {
  const seen = [...latestBy(records, (r) => r.id).values()].filter((a) => a.owner === viewer.role || a.visibility === 'shared');
  const open = seen.filter((a) => a.status === 'open').sort((a, b) => time(a) - time(b));
  return {
    carried: open.filter((a) => !sessionId || a.sessionId !== sessionId),
    current: sessionId ? open.filter((a) => a.sessionId === sessionId) : [],
    closed: seen
      .filter((a) => a.status !== 'open')
      .sort((a, b) => Date.parse(b.closedAt ?? b.updatedAt) - Date.parse(a.closedAt ?? a.updatedAt)),
  };
}

export { nextSession, previousSession } from './action-list.sessions.js';

/** A new open item owned by `owner`, agreed in `sessionId` (if any), due by `dueSessionId` (if known). */
export function newAction(
  { newRecordFields }: Pick<RecordHelpers, 'newRecordFields'>,
  init: {
    memberId: string;
    managerId: string;
    owner: 'member' | 'manager';
    text: string;
    visibility: MemoVisibility;
    sessionId?: string;
    dueSessionId?: string;
  },
  now = new Date(),
): Action {
  const action: Action = {
    ...newRecordFields(now),
    memberId: init.memberId,
    managerId: init.managerId,
    owner: init.owner,
    text: init.text.trim(),
    status: 'open',
    visibility: init.visibility,
  };
  if (init.sessionId) action.sessionId = init.sessionId;
  if (init.dueSessionId) action.dueSessionId = init.dueSessionId;
  return action;
}

/** The item closed as `status` (done or dropped) now, or reopened (`open`, no `closedAt`). */
export function withStatus(action: Action, status: Action['status'], now = new Date()): Action {
  const { closedAt: _closed, ...rest } = action;
  const next: Action = { ...rest, status, updatedAt: now.toISOString() };
  // A clock behind the record's own time must not make an update that goes back in time.
  if (Date.parse(next.updatedAt) < Date.parse(action.updatedAt)) next.updatedAt = action.updatedAt;
  if (status !== 'open') next.closedAt = next.updatedAt;
  return next;
}

/** Whether the item may be written by `viewer`: its writer is its owner. */
export const ownedBy = (action: Action, role: string) => action.owner === role;
