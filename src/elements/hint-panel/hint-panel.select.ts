/** Which hints a panel shows. No data, no zod. */
import type { Hint } from '../../model/schemas.js';

/** Whose hints a panel shows. */
export type HintAudience = 'member' | 'manager';

/**
 * The hints for one cell (exact topic × response first, then hints for the topic or the response
 * alone) and the general hints, for one audience.
 */
export function pickHints(
  hints: readonly Hint[],
  audience: HintAudience,
  topic: string,
  response: string,
): { cell: Hint[]; general: Hint[] } {
  const cell: Hint[] = [];
  const general: Hint[] = [];
  for (const h of hints) {
    if (h.role !== audience) continue;
    if (h.topic === undefined && h.response === undefined) general.push(h);
    else if (topic && response && (h.topic ?? topic) === topic && (h.response ?? response) === response) cell.push(h);
  }
  const rank = (h: Hint) => (h.topic !== undefined && h.response !== undefined ? 0 : 1);
  return { cell: cell.sort((a, b) => rank(a) - rank(b)), general };
}
