/**
 * The hint panel's data work: the hint catalogue for a locale, and the member's "try this time"
 * marks. The hint texts themselves load on demand, per locale (model/catalog.ts), and so does the
 * validation of what an adapter sends (core/guard.ts).
 */
import { guard } from '../../core/guard.js';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { TaiwaDataError } from '../../model/errors.js';
import { hasOverrides } from '../../model/catalog-sections.js';
import { hintsFor } from '../../model/hint-parts.js';
import { latestBy, newRecordFields } from '../../model/records.js';
import type { Hint, HintMark, Locale } from '../../model/schemas.js';

/**
 * The hints a panel on `topics` can show for `locale` (the built-in general ones and those of the
 * topics, see model/hint-parts.ts), with the adapter's, the provider's and the element's overrides
 * applied (every hint they give is kept: the panel picks by topic and response).
 */
export async function loadHints(
  locale: Locale,
  adapter: TaiwaAdapter | undefined,
  overrides: readonly unknown[],
  topics: readonly string[],
): Promise<{ hints: Hint[]; errors: TaiwaDataError[] }> {
  // The built-in texts are requested at once, beside the adapter's catalogue.
  const builtIn = hintsFor(locale, topics);
  // A backend whose catalogue fails is reported by the element's catalogue; the default hints still load.
  const fromAdapter = await Promise.resolve(adapter?.catalog?.(locale)).catch(() => undefined);
  const all = [fromAdapter, ...overrides];
  if (!hasOverrides(all)) return { hints: [...(await builtIn)], errors: [] };
  const [base, { mergeHints }] = await Promise.all([builtIn, import('../../model/catalog-merge.js')]);
  const { value, errors } = mergeHints(base, all);
  return { hints: value, errors };
}

/** The member's latest mark per hint in a session (a hint toggled twice keeps one record). */
export async function loadMarks(
  adapter: TaiwaAdapter,
  sessionId: string,
  memberId: string,
): Promise<{ marks: Map<string, HintMark>; errors: TaiwaDataError[] }> {
  const { records, errors } = await guard(adapter).query('hint-mark', { sessionId, personId: memberId });
  const mine = records.filter((r) => r.memberId === memberId && r.by === 'member' && r.sessionId === sessionId);
  const marks = latestBy(mine, (m) => m.hintId);
  return { marks, errors };
}

/**
 * Upserts the mark for one hint, reusing the record already written for it — only when that record
 * is this member's for this session (never one the page knew for a previous session).
 */
export function saveMark(
  adapter: TaiwaAdapter,
  known: HintMark | undefined,
  init: { sessionId: string; memberId: string; hintId: string; marked: boolean },
): Promise<HintMark> {
  const same = known?.sessionId === init.sessionId && known.memberId === init.memberId && known.hintId === init.hintId;
  const record: HintMark = same
    ? { ...known, marked: init.marked, updatedAt: new Date().toISOString() }
    : { ...newRecordFields(), ...init, by: 'member' };
  return guard(adapter).put('hint-mark', record);
}
