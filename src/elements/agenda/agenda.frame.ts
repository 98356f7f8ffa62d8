/**
 * The seed's dialogue frame as a memo template: 過去・今の仕事 → 未来に向けて → 明日からの仕事 →
 * 次の1on1までにやってみること. Choosing it fills a memo with the four headings; after the submit, what
 * the member wrote under the last one is offered as an action item (asked, never done silently).
 * Loaded after the agenda's content (agenda.edit.ts), so it is given the heading lines as the
 * agenda's strings make them (`frameLines`), not the formatter: it imports nothing of the content.
 */

/** The memo with the frame's heading lines: the whole frame for an empty memo, appended after any text. */
export function withFrame(lines: readonly string[], memo: string): string {
  const frame = lines.map((l) => `${l}\n`).join('\n');
  return memo.trim() ? `${memo.replace(/\s+$/, '')}\n\n${frame}` : frame;
}

/** What the member wrote under the frame's last heading line, or `''` (no frame, or nothing written). */
export function lastStep(lines: readonly string[], memo: string): string {
  const last = lines[lines.length - 1];
  if (!last) return '';
  const rows = memo.split(/\r?\n/);
  const at = rows.map((l) => l.trim()).lastIndexOf(last);
  return at < 0 ? '' : rows.slice(at + 1).join('\n').trim().slice(0, 2000);
}

/** One offer after a submit: the last step of one memo, to become an action item of that visibility. */
export interface Offer {
  itemId: string;
  text: string;
  visibility: 'private' | 'shared';
}

/** The offers the submitted memos make (one per memo whose last step has text). */
export function offersOf(lines: readonly string[], items: readonly { id: string; memo: string; memoVisibility: 'private' | 'shared' }[]): Offer[] {
  return items.map((i) => ({ itemId: i.id, text: lastStep(lines, i.memo), visibility: i.memoVisibility })).filter((o) => o.text);
}
