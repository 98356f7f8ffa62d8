/**
 * The demo's action items (宿題), derived deterministically from the sessions: in each pair's last
 * few held 1on1s the member (and sometimes the manager) agreed something to try before the next one.
 * Items of the latest held 1on1 are still open (they open the next agenda under 「前回決めたこと」);
 * older ones are done, a few dropped. Only members keep private items, so a manager's device and the
 * server (which refuses private items) hold the shared ones only.
 */
import type { Action, Session } from '../../src/model/schemas.js';

const MEMBER_ITEMS = [
  '新しいメンバー向けのオンボーディング資料のたたき台を作る',
  'レビューの依頼を自分から一度出してみる',
  '来期やってみたい仕事を三つ書き出す',
  '週に一度、定時で上がる日を決めて守る',
  '他チームの勉強会に一度参加してみる',
  '困っていることを朝会で一つ話してみる',
] as const;
const MEMBER_PRIVATE = ['異動の希望を言葉にしてメモしておく', '体調の波を一週間記録してみる'] as const;
const MANAGER_ITEMS = [
  '期初の目標づくりの前に、期待していることを文章で伝える',
  '部長に研修予算の相談をしておく',
  'ペアで進められる案件がないか探す',
  '次の1on1の前に、前回の宿題の進み具合を一言聞く',
] as const;

/** A stable number from a string (FNV-1a), so the choices follow the sessions and nothing else. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const iso = (ms: number) => new Date(ms).toISOString();

/** The items agreed in the last three held 1on1s of every pair, due by the 1on1 after each. */
export function generateActions(sessions: readonly Session[], now: number): Action[] {
  const pairs = new Map<string, Session[]>();
  for (const s of sessions) {
    if (s.cancelledAt) continue;
    const key = `${s.memberId}|${s.managerId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), s]);
  }
  const actions: Action[] = [];
  for (const list of pairs.values()) {
    const ordered = [...list].sort((a, b) => Date.parse(a.scheduledAt ?? a.createdAt) - Date.parse(b.scheduledAt ?? b.createdAt));
    const held = ordered
      .filter((s) => s.heldAt && Date.parse(s.heldAt) <= now)
      .sort((a, b) => Date.parse(a.heldAt!) - Date.parse(b.heldAt!));
    held.slice(-3).forEach((session, i, lastThree) => {
      const latest = i === lastThree.length - 1;
      const next = ordered[ordered.indexOf(session) + 1];
      const h = hash(session.id);
      const at = Date.parse(session.heldAt!) + 50 * 60_000;
      const make = (n: number, owner: Action['owner'], text: string, visibility: Action['visibility']): Action => {
        const status: Action['status'] = latest ? 'open' : (h >>> n) % 5 === 0 ? 'dropped' : 'done';
        const closed =
          status === 'open'
            ? undefined
            : Math.min(lastThree[i + 1]?.heldAt ? Date.parse(lastThree[i + 1]!.heldAt!) : at + 7 * 86_400_000, now);
        const action: Action = {
          id: `act-${session.id.slice(0, 8)}-${n}`,
          createdAt: iso(at),
          updatedAt: iso(closed ?? at),
          memberId: session.memberId,
          managerId: session.managerId,
          owner,
          text,
          status,
          visibility,
          sessionId: session.id,
        };
        if (next) action.dueSessionId = next.id;
        if (closed !== undefined) action.closedAt = iso(closed);
        return action;
      };
      actions.push(make(0, 'member', pick(MEMBER_ITEMS, h), 'shared'));
      if (h % 3 === 0) actions.push(make(1, 'manager', pick(MANAGER_ITEMS, h >>> 3), 'shared'));
      if (h % 4 === 1) actions.push(make(2, 'member', pick(MEMBER_PRIVATE, h >>> 5), 'private'));
    });
  }
  return actions.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}
