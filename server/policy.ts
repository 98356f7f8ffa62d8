/**
 * Who may read and write what: THE one authorization module (PRODUCT.md, "Who sees what"). Every
 * decision follows from the caller's relation to a record in the org chart (server/people.ts),
 * never from a role or from the body:
 *
 *   self        the record's member (`memberId` is the caller)
 *   manager     holds the 1on1 (`managerId` is the caller); for a manager's write, the member must
 *               also report to the caller now
 *   skip-level  above the member's manager in `managerChain`
 *   hr-admin    holds the `hr-admin` grant
 *   other       none of these
 *
 * Each record kind has one writer side (the member: agenda, pulse, `by: 'member'` feedback, levels
 * and hint marks, actions they own; the manager: `by: 'manager'` records, actions they own), except
 * the pair's schedule: a session or series is written by either person of the pair (a member
 * schedules or moves a 1on1 as a manager does; concurrent edits meet the revision rule, 412). Skip-level managers and HR admins read aggregates for their scope only (the insights
 * routes), never records with memos, comments or reflections.
 */
import type { RecordKind } from '../src/model/records.js';
import { stripPrivateMemos } from '../src/model/privacy.js';
import type { PolicyConfig } from './config.js';
import type { Queryable } from './db.js';
import { directReports, getPerson, hasGrant, managerChain, reportsBelow, toView, type PersonView } from './people.js';
import type { Principal } from './principal.js';
import { readForWrite } from './write-reads.js';

export interface PolicyContext {
  db: Queryable;
  principal: Principal;
  config: PolicyConfig;
  /** canWrite's reads (the stored body of kind/id, `me`'s manager now); default: one query (server/write-reads.ts batches them). */
  writeReads?: (tenant: string, kind: RecordKind, id: string | null, me: string) => Promise<WriteFound | undefined>;
}
type WriteFound = { stored: Loose | null; manager: string | null };

export type Relation = 'self' | 'manager' | 'skip-level' | 'hr-admin' | 'other';

/** Allowed, or the problem to answer (403 problem+json; see the README for when 404 instead). */
export type Decision = { ok: true } | { ok: false; status: 403; title: string; rule: string; detail: string };

type Side = 'member' | 'manager';
type Loose = {
  id?: string;
  sessionId?: string;
  memberId?: string;
  managerId?: string;
  by?: Side;
  owner?: Side;
  author?: Side;
  sharedWithManager?: boolean;
};

/** The pair's schedule: either person of the pair writes it. */
export const PAIR_KINDS: ReadonlySet<RecordKind> = new Set(['session', 'series']);

/**
 * The side that writes a record of `kind`: one writer per record. For the pair kinds (sessions and
 * series) the side the caller is on, `me`; without `me`, the manager's.
 */
export function writerSide(kind: RecordKind, record: Loose, me?: string): Side {
  switch (kind) {
    case 'session':
    case 'series':
      return me !== undefined && record.memberId === me ? 'member' : 'manager';
    case 'agenda':
      // The manager's proposals are the manager's own agenda record for the 1on1 (`author: 'manager'`).
      return record.author === 'manager' ? 'manager' : 'member';
    case 'pulse':
      return 'member';
    case 'action':
      return record.owner === 'manager' ? 'manager' : 'member';
    default:
      return record.by === 'manager' ? 'manager' : 'member';
  }
}

const deny = (rule: string, title: string, detail: string): Decision => ({ ok: false, status: 403, title, rule, detail });

/** The caller's relation to the pair (`memberId`, `managerId`) of a record. */
export async function relationTo(ctx: PolicyContext, record: Loose): Promise<Relation> {
  const { db, principal } = ctx;
  const me = principal.personId;
  if (record.memberId === me) return 'self';
  if (record.managerId === me) return 'manager';
  if (record.memberId) {
    const chain = await managerChain(db, principal.tenant, record.memberId);
    if (chain.slice(1).includes(me)) return 'skip-level';
  }
  if (await hasGrant(db, principal.tenant, me, 'hr-admin')) return 'hr-admin';
  return 'other';
}

/**
 * May the caller write `record` (already validated against its schema)? The writer side must be
 * the caller (`memberId` for the member's side, `managerId` for the manager's), the other person
 * must agree with the org chart (a member's `managerId` is their manager now; a manager writes only
 * for their direct reports now), and a stored record of that id must be the caller's too, of the
 * same pair: a write never takes over or moves someone else's record.
 */
export async function canWrite(ctx: PolicyContext, kind: RecordKind, record: Loose): Promise<Decision> {
  const { db, principal } = ctx;
  const me = principal.personId;
  const side = writerSide(kind, record, me);
  // The stored record and the caller's manager now, in one round trip (wp-srv: the write path's reads).
  const found = await (ctx.writeReads ?? ((...read) => readForWrite(db, ...read)))(principal.tenant, kind, record.id ?? null, me);
  const stored = found?.stored ?? undefined;
  if (stored) {
    if (writerSide(kind, stored, me) !== side || (side === 'member' ? stored.memberId : stored.managerId) !== me)
      return deny(
        'not-your-record',
        'This record is someone else’s',
        'A record with this id is stored for another person; choose a new id.',
      );
    if (stored.memberId !== record.memberId || (stored.managerId ?? null) !== (record.managerId ?? null))
      return deny('pair-changed', 'A record cannot move to another 1on1 pair', 'memberId and managerId of a stored record do not change.');
  }
  if (side === 'member') {
    if (record.memberId !== me)
      return deny('not-your-side', 'Not yours to write', `This ${kind} is written by its member; memberId must be the signed-in person.`);
    // A stored record of this pair may be updated after the manager changed; a new one goes to the manager now.
    if (!stored && record.managerId !== undefined) {
      if ((found?.manager ?? undefined) !== record.managerId)
        return deny('manager-mismatch', 'managerId is not your manager', 'managerId must be the manager the org chart gives you now.');
    }
    return { ok: true };
  }
  if (record.managerId !== me)
    return deny(
      'not-your-side',
      'Not yours to write',
      `This ${kind} is written by the manager who holds the 1on1; managerId must be the signed-in person.`,
    );
  const reports = await directReports(db, principal.tenant, me);
  if (!reports.some((p) => p.id === record.memberId))
    return deny('not-your-report', 'Not one of your direct reports', 'A manager writes only for the members who report to them now.');
  return { ok: true };
}

/**
 * What of `records` the caller may read, as they may read it: their own member-side records (and
 * the 1on1's shared records: sessions, series, agendas, shared actions, both sides' levels); as
 * the manager holding the 1on1, its shared parts: agendas with shared memos only, the member's
 * rating only when shared (`sharedWithManager`, else the policy's default), no pulse, no member's
 * hint marks. Nothing for anyone else: skip-level and HR read aggregates.
 */
export async function filterReadable<T>(ctx: PolicyContext, kind: RecordKind, records: readonly T[]): Promise<T[]> {
  const me = ctx.principal.personId;
  const holders = kind === 'agenda' ? await sessionHolders(ctx, records as readonly Loose[]) : new Map<string, string>();
  const out: T[] = [];
  for (const record of records) {
    const r = record as Loose;
    const side = writerSide(kind, r);
    // An agenda without managerId belongs to its session's manager (when the session is the same member's).
    const managerId = r.managerId ?? (r.sessionId ? holders.get(`${r.sessionId}\n${r.memberId}`) : undefined);
    if (r.memberId === me) {
      // Reflections and a manager's own hint marks are the manager's.
      if ((kind === 'feedback' || kind === 'hint-mark') && side === 'manager' && r.managerId !== me) continue;
      out.push(record);
    } else if (managerId === me) {
      if (kind === 'pulse') continue;
      if (kind === 'hint-mark' && side === 'member') continue;
      if (kind === 'feedback' && side === 'member' && !(r.sharedWithManager ?? ctx.config.shareRatingsByDefault)) continue;
      out.push(kind === 'agenda' ? (stripPrivateMemos('agenda', record as never) as T) : record);
    }
  }
  return out;
}

/** May the caller read `record`? (`filterReadable` for one.) */
export async function canRead(ctx: PolicyContext, kind: RecordKind, record: unknown): Promise<boolean> {
  return (await filterReadable(ctx, kind, [record])).length === 1;
}

/** `sessionId\nmemberId` → the session's managerId, for the records that name a session but no manager. */
async function sessionHolders(ctx: PolicyContext, records: readonly Loose[]): Promise<Map<string, string>> {
  const ids = [...new Set(records.filter((r) => r.managerId === undefined && r.sessionId).map((r) => r.sessionId!))];
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await ctx.db.query<{ id: string; member_id: string; manager_id: string }>(
    "select id, member_id, manager_id from records where tenant = $1 and kind = 'session' and id = any($2::text[])",
    [ctx.principal.tenant, ids],
  );
  for (const row of rows) out.set(`${row.id}\n${row.member_id}`, row.manager_id);
  return out;
}

/** The scope an aggregate is computed over: one manager's team, or the organisation. */
export type Scope = { ok: true; managerId?: string } | Extract<Decision, { ok: false }>;

/**
 * `/insights/*`: a manager their own team only (no `managerId`: their own); a skip-level manager a
 * manager below them; an HR admin any manager or the organisation (no `managerId`); others 403.
 * The same answer whether or not the asked-for manager exists, so the refusal leaks nothing.
 */
export async function aggregateScope(ctx: PolicyContext, _insight: string, query: { managerId?: string | undefined }): Promise<Scope> {
  const { db, principal } = ctx;
  const me = principal.personId;
  const hr = await hasGrant(db, principal.tenant, me, 'hr-admin');
  if (hr) return query.managerId ? { ok: true, managerId: query.managerId } : { ok: true };
  const refused = deny(
    'out-of-scope',
    'Outside your part of the organisation',
    'Aggregates cover your own team, the managers below you, or (HR) the organisation.',
  );
  if (query.managerId === undefined || query.managerId === me) {
    return (await directReports(db, principal.tenant, me)).length > 0 ? { ok: true, managerId: me } : (refused as Scope);
  }
  const below = await reportsBelow(db, principal.tenant, me);
  return below.includes(query.managerId) ? { ok: true, managerId: query.managerId } : (refused as Scope);
}

/**
 * The `person` kind (`GET {base}/records/person`): a person sees themselves, their manager and their
 * direct reports (active or deactivated, until the retention deletes them); an HR admin (the
 * `hr-admin` grant) sees everyone; people deleted through SCIM are seen by no one. The people
 * `principal` may see, by id; empty when the principal is not (or no longer) a person. */
export async function visiblePeople(q: Queryable, principal: Principal): Promise<PersonView[]> {
  const { tenant, personId } = principal;
  const me = await getPerson(q, tenant, personId);
  if (!me) return [];
  const hr = await hasGrant(q, tenant, personId, 'hr-admin');
  const rows = await q.query<{ id: string }>(
    hr
      ? 'select id from people where tenant = $1 and deleted_at is null order by id collate "C"'
      : `select id from people where tenant = $1 and deleted_at is null
           and (id = $2 or manager_id = $2 or id = (select manager_id from people where tenant = $1 and id = $2))
         order by id collate "C"`,
    hr ? [tenant] : [tenant, personId],
  );
  const out: PersonView[] = [];
  for (const { id } of rows) {
    const p = id === personId ? me : await getPerson(q, tenant, id);
    if (p) out.push(toView(p));
  }
  return out;
}

/**
 * Who may see which HR insight (`GET {base}/insights/{cadence|drivers|effect|pulse}`), from the
 * caller and the org chart only: an HR admin (`hr-admin` grant) any unit, with k never below the
 * server's minimum; a manager the teams of their part of the organisation: their own team
 * (`manager:<department>/<self>`) and, as a skip-level manager, every team below them
 * (`reportsBelow`: the teams of every manager under them, at any depth) and every department whose
 * people all are below them; the cadence of those units in full (k = 1: dates and counts of their
 * part's 1on1s), their pulse, drivers and effect only above k, like everyone's. Never a unit
 * smaller than a team: no one is asked for by name. Anyone else 403; no caller 401. Without a
 * `unit`, a manager's own team when it is their only one (else they name one).
 */
export interface ScopeQuery {
  insight: 'cadence' | 'drivers' | 'effect' | 'pulse';
  unit?: string;
  k?: number;
}

export type InsightScope =
  | { ok: true; unit: string; k: number; role: 'hr-admin' | 'manager' | 'skip-level' }
  | { ok: false; status: 401 | 403; detail: string };

/** The minimum group for every HR aggregate unless the host raises it. */
export const MIN_K = 5;

const team = (dept: string | null, manager: string) => `manager:${encodeURIComponent(dept ?? '')}/${encodeURIComponent(manager)}`;

/** The units a manager may ask for: their own teams, and the teams and whole departments below them. */
async function unitsOf(db: Queryable, tenant: string, personId: string): Promise<{ own: Set<string>; below: Set<string> }> {
  const under = await reportsBelow(db, tenant, personId);
  const rows = await db.query<{ department: string | null; manager_id: string }>(
    'select distinct department, manager_id from people where tenant = $1 and active and manager_id = any($2::text[])',
    [tenant, [personId, ...under]],
  );
  const own = new Set(rows.filter((r) => r.manager_id === personId).map((r) => team(r.department, r.manager_id)));
  const below = new Set(rows.filter((r) => r.manager_id !== personId).map((r) => team(r.department, r.manager_id)));
  // A department whose every person with a manager (the people of its unit) is below the caller.
  const departments = await db.query<{ department: string | null }>(
    `select department from people where tenant = $1 and active and manager_id is not null
     group by department having bool_and(id = any($2::text[]))`,
    [tenant, under],
  );
  for (const d of departments) below.add(`department:${encodeURIComponent(d.department ?? '')}`);
  return { own, below };
}

export async function insightScope(db: Queryable, principal: Principal | undefined, query: ScopeQuery, minK = MIN_K): Promise<InsightScope> {
  if (!principal) return { ok: false, status: 401, detail: 'Sign in to see insights.' };
  const { tenant, personId } = principal;
  const unit = query.unit ?? 'organisation';
  const k = Math.max(minK, query.k ?? minK);
  if (await hasGrant(db, tenant, personId, 'hr-admin')) return { ok: true, unit, k, role: 'hr-admin' };
  const { own, below } = await unitsOf(db, tenant, personId);
  if (own.size === 0 && below.size === 0) return { ok: false, status: 403, detail: 'Only HR and managers see insights.' };
  const asked = query.unit ?? (own.size === 1 ? [...own][0]! : undefined);
  if (!asked) return { ok: false, status: 403, detail: 'Name a unit: your own team, or a team or department below you.' };
  const cadenceK = query.insight === 'cadence' ? 1 : k;
  if (own.has(asked)) return { ok: true, unit: asked, k: cadenceK, role: 'manager' };
  if (below.has(asked)) return { ok: true, unit: asked, k: cadenceK, role: 'skip-level' };
  return { ok: false, status: 403, detail: 'A manager sees their own team and the teams below them only.' };
}
