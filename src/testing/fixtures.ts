/**
 * Sample records for the adapter conformance suite: one complete record of every kind (every
 * optional field filled) and one minimal record (only what the schema requires). Ids carry a run
 * prefix, so the suite can run against a backend that already holds data.
 */
import type { RecordKind, RecordMap } from '../model/records.js';

/** An ISO time `minutes` after 2026-01-01T00:00Z. */
export const at = (minutes: number): string => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();

/** The same instant as `at(minutes)`, written with a +09:00 offset (Tokyo time). */
export const atTokyo = (minutes: number): string => {
  const local = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000 + 9 * 3_600_000).toISOString();
  return `${local.slice(0, 19)}+09:00`;
};

export interface Fixtures {
  /** Distinct people and sessions for this run. */
  member: string;
  manager: string;
  other: string;
  session: (n: number) => string;
  /** Every optional field filled. */
  full: { [K in RecordKind]: RecordMap[K] };
  /** Only the required fields. */
  minimal: { [K in RecordKind]: RecordMap[K] };
}

export function fixtures(run: string): Fixtures {
  const member = `${run}-member`;
  const manager = `${run}-manager`;
  const other = `${run}-other`;
  const session = (n: number) => `${run}-s${n}`;
  const stamp = (id: string, n = 0) => ({ id: `${run}-${id}`, createdAt: at(n), updatedAt: at(n + 1) });
  const full: Fixtures['full'] = {
    session: { ...stamp('session-full'), memberId: member, managerId: manager, scheduledAt: at(60), heldAt: at(61), durationMinutes: 30, timeZone: 'Asia/Tokyo', seriesId: `${run}-series-full`, sequence: 1 },
    agenda: {
      ...stamp('agenda-full'),
      sessionId: session(1),
      memberId: member,
      managerId: manager,
      items: [
        { id: 'i1', topicId: 'career', responseId: 'listen', memo: 'Shared with my manager', memoVisibility: 'shared', proposedBy: 'member' },
        { id: 'i2', topicId: 'work', memoVisibility: 'private', proposedBy: 'manager' },
      ],
      author: 'member',
      nextDate: '2026-02-01',
      submittedAt: at(2),
    },
    feedback: {
      ...stamp('feedback-full'),
      sessionId: session(1),
      memberId: member,
      managerId: manager,
      by: 'member',
      scale: { min: 1, max: 5 },
      overall: 4,
      items: [{ agendaItemId: 'i1', topicId: 'career', responseId: 'listen', rating: 5, styleMatch: 'partly' }],
      comment: 'Thank you — ありがとうございました',
      wentWell: 'Listening',
      nextTime: 'More time',
      submittedAt: at(2),
      sharedWithManager: true,
    },
    level: {
      ...stamp('level-full'),
      sessionId: session(1),
      memberId: member,
      managerId: manager,
      by: 'manager',
      method: 'check-in',
      level: 3,
      signals: [1, 2, 3],
    },
    pulse: { ...stamp('pulse-full'), memberId: member, managerId: manager, month: '2026-01', growth: 4, engagement: 75, engagementItems: [{ id: 'proud', value: 4 }, { id: 'recommend', value: 4 }, { id: 'stay', value: 4 }], statements: [{ id: 'insight', value: 5 }, { id: 'trust', value: 4 }, { id: 'growth', value: 3 }, { id: 'productivity', value: 2 }] },
    'hint-mark': { ...stamp('hint-mark-full'), sessionId: session(1), memberId: member, managerId: manager, by: 'member', hintId: 'h-1', marked: true },
    action: {
      ...stamp('action-full'),
      memberId: member,
      managerId: manager,
      owner: 'member',
      text: 'Draft the proposal',
      status: 'done',
      visibility: 'shared',
      sessionId: session(1),
      dueSessionId: session(2),
      dueDate: '2026-02-01',
      closedAt: at(3),
    },
    series: {
      ...stamp('series-full'),
      memberId: member,
      managerId: manager,
      everyWeeks: 2,
      startsAt: at(60),
      timeZone: 'Asia/Tokyo',
      durationMinutes: 30,
      endedAt: at(600),
    },
  };
  const minimal: Fixtures['minimal'] = {
    session: { ...stamp('session-min'), memberId: member, managerId: manager },
    agenda: { ...stamp('agenda-min'), sessionId: session(2), memberId: member, items: [] },
    feedback: {
      ...stamp('feedback-min'),
      sessionId: session(2),
      memberId: member,
      managerId: manager,
      by: 'manager',
      scale: { min: 0, max: 10 },
      overall: 0,
      items: [],
    },
    level: { ...stamp('level-min'), memberId: member, managerId: manager, by: 'member', method: 'direct', level: 6 },
    pulse: { ...stamp('pulse-min'), memberId: member, month: '2026-12', growth: 1 },
    'hint-mark': { ...stamp('hint-mark-min'), sessionId: session(2), memberId: member, by: 'manager', hintId: 'h-2', marked: false },
    action: { ...stamp('action-min'), memberId: member, managerId: manager, owner: 'manager', text: 'Share the slides', status: 'open', visibility: 'shared' },
    series: { ...stamp('series-min'), memberId: member, managerId: manager, everyWeeks: 1, startsAt: at(70), timeZone: 'Europe/Berlin' },
  };
  return { member, manager, other, session, full, minimal };
}
