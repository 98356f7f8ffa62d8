/**
 * The write's owner, kept by the database itself: the policy (server/policy.ts `canWrite`) decides on
 * the record it read of the write's id, and the write lands later. A write of the same id by someone
 * else can land in between (the check saw nothing: "a new record"), so every upsert updates a
 * stored row only when that row is what the check would have allowed: the same pair (`member_id`,
 * `manager_id`) and the same writer side as the write carries. That is everything of the stored
 * record `canWrite` decided on: a stored record is refused when its writer side or that side's
 * person differs (not-your-record) or its pair differs (pair-changed); with the same pair and the
 * same side, that side's person is the write's, which the policy checked against the caller.
 * So a stored record's pair and side never change, and an upsert that meets another person's row
 * writes nothing and says so (`refused`), instead of overwriting it.
 */
import type { RecordKind, TaiwaRecord } from '../src/model/records.js';
import { writerSide, type Decision } from './policy.js';
import type { Answer } from './records.js';

/** A 409 problem+json (records.ts `problem`, here without importing records.ts, which imports this). */
const conflict = (title: string, rule: string, detail: string): Answer => ({
  status: 409,
  body: { type: 'about:blank', title, status: 409, rule, detail },
});

type Loose = { memberId?: string; managerId?: string; by?: string; owner?: string; author?: string };

/**
 * The body field that names a record's writer side (policy.ts `writerSide`: `'manager'` is the
 * manager's side, anything else or nothing the member's), by kind; every other kind names it `by`.
 * None for sessions and series (the pair is the writer: the same pair, the same side) and pulses
 * (the member's only).
 */
const SIDE_FIELD: Record<string, string | null> = { agenda: 'author', action: 'owner', session: null, series: null, pulse: null };

/** Does a write of `record` keep the owner of `stored` (the same record of the same id)? The JS twin of `OWNER_KEPT`. */
export function keepsOwner(kind: RecordKind, stored: Loose, record: Loose): boolean {
  return (
    (stored.memberId ?? null) === (record.memberId ?? null) &&
    (stored.managerId ?? null) === (record.managerId ?? null) &&
    writerSide(kind, stored as never) === writerSide(kind, record as never)
  );
}

/** The same writer side of both bodies, as SQL. */
const sameSide = (field: string) =>
  `coalesce(records.body->>'${field}' = 'manager', false) = coalesce(excluded.body->>'${field}' = 'manager', false)`;

/**
 * The `do update ... where` of every upsert of `records`: the stored row (`records`) has the
 * write's (`excluded`) pair and writer side. Only a conflicting row evaluates it: free for inserts.
 * Checked against `keepsOwner` kind by kind (test/server/write-owner.test.ts).
 */
export const OWNER_KEPT = `(records.member_id is not distinct from excluded.member_id
  and records.manager_id is not distinct from excluded.manager_id
  and case excluded.kind ${Object.entries(SIDE_FIELD)
    .map(([kind, field]) => `when '${kind}' then ${field ? sameSide(field) : 'true'}`)
    .join(' ')} else ${sameSide('by')} end)`;

/** The policy's check again, against the record stored now (the route's `canWrite`). */
export type Recheck = () => Promise<Decision>;

/**
 * How a write treats the owner of a stored row: kept (an object, the default: refused when it
 * differs; with `recheck`, the refusal says what the policy says now), or `'unchecked'`
 * (authentication-only test tenants, whose writes skip the policy too).
 */
export type OwnerRule = { recheck?: Recheck } | 'unchecked';

/**
 * The answer to a write refused because another write of its id landed between its check and its
 * write: 409, with the policy's reason when it can be asked again (what the policy would have
 * answered had the write come later), never a success. Undefined: the policy allows it now (the
 * row it met is gone already): the caller answers `stillRefused()`.
 */
export async function refusal(owner: OwnerRule | undefined): Promise<Answer | undefined> {
  const recheck = owner === 'unchecked' ? undefined : owner?.recheck;
  const decision = recheck ? await recheck() : undefined;
  if (decision?.ok) return undefined;
  return conflict(
    decision?.title ?? 'This record is someone else’s',
    decision?.rule ?? 'not-your-record',
    `Another write of this id landed first. ${
      decision?.detail ?? 'A record with this id is stored for another person or another 1on1 pair; choose a new id.'
    }`,
  );
}

/** The answer when the database refused the write but the policy allows it now: nothing was written; try again. */
export const stillRefused = (): Answer =>
  conflict(
    'The record changed under this write',
    'record-changed',
    'Another write of this id landed first and is gone again; read the record and try again.',
  );

/** Is the stored body of a write's row someone else's (`keepsOwner` fails)? For the transaction path. */
export const ownerDiffers = (kind: RecordKind, stored: unknown, record: TaiwaRecord): boolean =>
  !keepsOwner(kind, stored as Loose, record as Loose);
