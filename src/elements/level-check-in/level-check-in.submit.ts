/**
 * The level check-in's submit: what stops an answer being kept (an admin, nothing chosen, unknown
 * people), the `LevelAssessment` it writes and its save. Loaded at the first submit, never before
 * the form is on screen: nothing is typed in a check-in, and what is ticked stays in the element's
 * `values` meanwhile. It imports nothing of the element's modules but types: what it needs of them
 * comes with the call (`Lib`), since a module the form shares with this lazily loaded one would be a
 * file of its own on the page, one more request before content.
 */
import type { contiguousLevel } from '../../insights/levels.js';
import type { reportMissing } from '../../core/developer-error.js';
import type { SaveController } from '../../core/save-controller.js';
import type { GuardedAdapter } from '../../core/guard.js';
import type { TaiwaSaveEvent } from '../../events/save.js';
import type { TaiwaSubmitEvent } from '../../events/submit.js';
import type { LevelAssessment } from '../../model/schemas.js';
import type en from '../../i18n/level-check-in/en.js';
import enRefused from '../../i18n/level-check-in/en.submit.js';

type Side = LevelAssessment['by'];

/** What of the element's modules the submit uses, handed in by the element (it has them already). */
export interface Lib {
  contiguousLevel: typeof contiguousLevel;
  reportMissing: typeof reportMissing;
  SaveEvent: typeof TaiwaSaveEvent;
  SubmitEvent: typeof TaiwaSubmitEvent;
}

/** The check-in as its submit reads it: the element hands itself over (some of these are its protected members). */
export interface CheckInSubmitHost extends HTMLElement {
  readonly strings: typeof en;
  readonly locale: string;
  readonly side: Side | undefined;
  readonly method: LevelAssessment['method'];
  readonly values: string[];
  readonly memberId: string;
  readonly managerId: string;
  readonly sessionId: string;
  readonly viewer: { id: string } | undefined;
  readonly adapter: unknown;
  readonly saver: SaveController;
  record: LevelAssessment | undefined;
  notice: string;
  guarded(): Promise<GuardedAdapter | undefined>;
  waitFor<T>(work: Promise<T>): Promise<T>;
  /** Says why it cannot be saved (`invalid`: nothing chosen, what the user can fix there; the focus goes to the first statement). */
  refuse(message: string, invalid?: boolean): undefined;
}

const LEVELS = [1, 2, 3, 4, 5, 6];

type Refused = typeof enRefused;
/** Why an answer is not kept, in the element's locale: English with this module, another locale once one is refused. */
async function refusal(el: CheckInSubmitHost, pick: (t: Refused) => string, invalid = false): Promise<undefined> {
  const t = el.locale === 'en' ? enRefused : (await el.waitFor(import('../../i18n/level-check-in/ja.submit.js'))).default;
  return el.refuse(pick(t), invalid);
}

/**
 * New id and timestamps, as records.ts's `newRecordFields` makes them: written here rather than
 * imported, since importing it would make records.ts a file of its own on the page (see above).
 */
function newFields(): Pick<LevelAssessment, 'id' | 'createdAt' | 'updatedAt'> {
  const at = new Date().toISOString();
  return { id: crypto.randomUUID(), createdAt: at, updatedAt: at };
}

/**
 * The record for an answer. It takes `earlier`'s id (saving again updates it) only when `earlier` is
 * the same answer: the same side, people, method and session; never another session's.
 */
export function toRecord(
  a: Pick<LevelAssessment, 'memberId' | 'managerId' | 'by' | 'method'> & { levels: number[]; sessionId: string },
  earlier: LevelAssessment | undefined,
  contiguous: typeof contiguousLevel,
): LevelAssessment {
  const { levels, sessionId, ...who } = a;
  const same =
    earlier?.memberId === a.memberId &&
    earlier.managerId === a.managerId &&
    earlier.by === a.by &&
    earlier.method === a.method &&
    (earlier.sessionId ?? '') === sessionId;
  const record: LevelAssessment = {
    ...newFields(),
    ...(same ? { id: earlier.id, createdAt: earlier.createdAt } : {}),
    ...who,
    // A check-in stands at the highest contiguous level from 1 it ticked, as the tracker reads it.
    level: (a.method === 'check-in' ? contiguous(levels) : undefined) ?? Math.max(...levels),
  };
  if (a.method === 'check-in') record.signals = [...new Set(levels)].sort((x, y) => x - y);
  if (sessionId) record.sessionId = sessionId;
  return record;
}

/**
 * Saves the answer (through the adapter inside a provider) and fires `taiwa-save` and `taiwa-submit`;
 * the record, or `undefined` when it was not kept (the reason is shown, or the error reported).
 */
export async function submit(el: CheckInSubmitHost, lib: Lib): Promise<LevelAssessment | undefined> {
  const { side, sessionId, adapter, viewer } = el;
  const direct = el.method === 'direct';
  if (!side) return refusal(el, (t) => t.adminCannot);
  const levels = el.values.map(Number).filter((l) => LEVELS.includes(l));
  if (levels.length === 0) return refusal(el, (t) => (direct ? t.chooseLevel : t.chooseOne), true);
  const memberId = viewer && side === 'member' ? viewer.id : el.memberId;
  const managerId = viewer && side === 'manager' ? viewer.id : el.managerId;
  if (!memberId || !managerId) {
    // The 1on1's people are unknown: the member reads one plain sentence; the developer reads what is
    // missing and where it comes from in the console and in `taiwa-error`. Nothing is saved.
    const [field, attribute, who] = memberId ? ['managerId', 'manager-id', 'manager'] : ['memberId', 'member-id', 'member'];
    lib.reportMissing(el, 'level', field, `set ${attribute}, or place it in a provider whose viewer is the ${who}`);
    return refusal(el, (t) => t.missingInfo);
  }
  const record = toRecord({ memberId, managerId, by: side, method: el.method, levels, sessionId }, el.record, lib.contiguousLevel);
  el.notice = '';
  // "Saved" says whether it was sent or waits on this device (an outbox while offline).
  const saved = await el.saver.save(
    async () => (adapter ? (await el.guarded())!.put('level', record) : record),
    (r) => ({ adapter, kind: 'level', id: r.id }),
  );
  if (!saved) return undefined;
  // Shown only if it is still this session's answer (the host may have moved on meanwhile).
  if (sessionId === el.sessionId) el.record = saved;
  if (adapter) el.dispatchEvent(new lib.SaveEvent('level', saved));
  el.dispatchEvent(new lib.SubmitEvent('level', record));
  return record;
}
