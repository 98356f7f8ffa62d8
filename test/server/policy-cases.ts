/**
 * The authorization matrix's data: an org chart, one record per kind and writer side of the pair
 * (m1, boss), and the table of what each relation may do with each, written out by hand from
 * PRODUCT.md "Who sees what" (not computed by the policy under test).
 */
import type { RecordKind } from '../../src/model/records.js';
import type { TestPerson } from './helpers.js';

/**
 *   hr (HR admin grant)        skip
 *                             /    \
 *                          boss    boss2
 *                         /   \       \
 *                       m1     m2      m3
 */
export const ORG: TestPerson[] = [
  { id: 'hr', hrAdmin: true },
  { id: 'skip' },
  { id: 'boss', managerId: 'skip' },
  { id: 'boss2', managerId: 'skip' },
  { id: 'm1', managerId: 'boss' },
  { id: 'm2', managerId: 'boss' },
  { id: 'm3', managerId: 'boss2' },
];

/** The callers, by their relation to m1's 1on1s with boss. */
export const CALLERS = {
  self: 'm1',
  manager: 'boss',
  'skip-level': 'skip',
  'other-manager': 'boss2',
  'other-member': 'm2',
  'hr-admin': 'hr',
} as const;
export type Caller = keyof typeof CALLERS;

let n = 0;
const at = (i: number) => new Date(Date.UTC(2025, 4, 1) + i * 60_000).toISOString();
const base = () => {
  const i = n++;
  return { id: `rec-${i}`, createdAt: at(i), updatedAt: at(i) };
};
const pair = { memberId: 'm1', managerId: 'boss' };
const feedback = (by: 'member' | 'manager', extra: Record<string, unknown> = {}) => ({
  ...base(),
  ...pair,
  sessionId: 's-1',
  by,
  scale: { min: 1, max: 5 },
  overall: 4,
  items: [{ topicId: 'career', responseId: 'listen', rating: 4 }],
  comment: 'a comment',
  ...extra,
});

export interface Variant {
  name: string;
  kind: RecordKind;
  /** A fresh record of this variant (a new id each call). */
  make(): Record<string, unknown> & { id: string };
}

/** The 1on1 the variants belong to (stored before the matrix runs, by boss). */
export const SESSION = { id: 's-1', createdAt: at(0), updatedAt: at(0), ...pair };

export const VARIANTS: Variant[] = [
  { name: 'session', kind: 'session', make: () => ({ ...base(), ...pair, scheduledAt: at(1000) }) },
  {
    name: 'series',
    kind: 'series',
    // Ended: the matrix writes many series for one pair, which meet the policy here, not the one-open-series rule.
    make: () => ({ ...base(), ...pair, everyWeeks: 2, startsAt: at(1000), timeZone: 'Asia/Tokyo', endedAt: at(2000) }),
  },
  {
    name: 'agenda (shared memo)',
    kind: 'agenda',
    make: () => ({
      ...base(),
      ...pair,
      sessionId: 's-1',
      items: [{ id: 'i-1', topicId: 'career', memo: 'shared memo', memoVisibility: 'shared', proposedBy: 'member' }],
    }),
  },
  {
    name: 'agenda without managerId (its session’s)',
    kind: 'agenda',
    make: () => ({
      ...base(),
      memberId: 'm1',
      sessionId: 's-1',
      items: [{ id: 'i-1', topicId: 'career', memoVisibility: 'shared', proposedBy: 'member' }],
    }),
  },
  { name: 'feedback by member, shared', kind: 'feedback', make: () => feedback('member', { sharedWithManager: true }) },
  { name: 'feedback by member, not shared', kind: 'feedback', make: () => feedback('member', { sharedWithManager: false }) },
  { name: 'feedback by member, no choice', kind: 'feedback', make: () => feedback('member') },
  { name: 'feedback by manager (reflection)', kind: 'feedback', make: () => feedback('manager', { wentWell: 'w', nextTime: 'n' }) },
  ...(['member', 'manager'] as const).map((by) => ({
    name: `level by ${by}`,
    kind: 'level' as const,
    make: () => ({ ...base(), ...pair, sessionId: 's-1', by, method: 'direct', level: 3 }),
  })),
  { name: 'pulse', kind: 'pulse', make: () => ({ ...base(), ...pair, month: '2025-05', growth: 4 }) },
  ...(['member', 'manager'] as const).map((by) => ({
    name: `hint-mark by ${by}`,
    kind: 'hint-mark' as const,
    make: () => ({ ...base(), ...pair, sessionId: 's-1', by, hintId: 'h-1', marked: true }),
  })),
  ...(['member', 'manager'] as const).map((owner) => ({
    name: `action owned by ${owner}`,
    kind: 'action' as const,
    make: () => ({ ...base(), ...pair, owner, text: 'do it', status: 'open', visibility: 'shared' }),
  })),
];

/** Who writes each variant: the member's side or the manager's. */
const MEMBER_WRITES = new Set([
  'agenda (shared memo)',
  'agenda without managerId (its session’s)',
  'feedback by member, shared',
  'feedback by member, not shared',
  'feedback by member, no choice',
  'level by member',
  'pulse',
  'hint-mark by member',
  'action owned by member',
]);

/** Written by either person of the pair: the schedule (a member schedules or moves a 1on1 too). */
const PAIR_WRITES = new Set(['session', 'series']);

/** What the manager holding the 1on1 reads (with `shareRatingsByDefault` off). */
const MANAGER_READS = new Set([
  'session',
  'series',
  'agenda (shared memo)',
  'agenda without managerId (its session’s)',
  'feedback by member, shared',
  'feedback by manager (reflection)',
  'level by member',
  'level by manager',
  'hint-mark by manager',
  'action owned by member',
  'action owned by manager',
]);

/** What the member reads of their own 1on1s: all but the manager's reflection and hint marks. */
const MEMBER_READS = new Set(
  VARIANTS.map((v) => v.name).filter((v) => v !== 'feedback by manager (reflection)' && v !== 'hint-mark by manager'),
);

export function expected(caller: Caller, variant: string, op: 'read' | 'write'): boolean {
  if (op === 'write')
    return caller === 'self' ? MEMBER_WRITES.has(variant) || PAIR_WRITES.has(variant) : caller === 'manager' ? !MEMBER_WRITES.has(variant) : false;
  if (caller === 'self') return MEMBER_READS.has(variant);
  if (caller === 'manager') return MANAGER_READS.has(variant);
  // Skip-level, HR admin, another team's manager, another member: aggregates only, no records.
  return false;
}

/** `GET /insights/strengths?managerId=…` (undefined: none asked): who gets an answer. */
export const INSIGHT_CASES: { caller: Caller; managerId?: string; allowed: boolean }[] = [
  { caller: 'self', managerId: 'boss', allowed: false },
  { caller: 'self', allowed: false },
  { caller: 'manager', managerId: 'boss', allowed: true },
  { caller: 'manager', allowed: true },
  { caller: 'manager', managerId: 'boss2', allowed: false },
  { caller: 'skip-level', managerId: 'boss', allowed: true },
  { caller: 'skip-level', managerId: 'boss2', allowed: true },
  { caller: 'other-manager', managerId: 'boss', allowed: false },
  { caller: 'other-member', managerId: 'boss', allowed: false },
  { caller: 'other-member', allowed: false },
  // HR sees the organisation's map; a named manager's only where the policy allows it
  // (TAIWA_HR_NAMED_STRENGTHS, off by default: test/server/share-audit.test.ts covers it on).
  { caller: 'hr-admin', managerId: 'boss', allowed: false },
  { caller: 'hr-admin', allowed: true },
  { caller: 'hr-admin', managerId: 'nobody', allowed: false },
  { caller: 'manager', managerId: 'nobody', allowed: false },
];
