/**
 * The seed's dialogue frame as a memo template: 過去・今の仕事 → 未来に向けて → 明日からの仕事 →
 * 次の1on1までにやってみること. Choosing it fills a memo with the four headings; after the submit, what
 * the member wrote under the last one is offered as an action item (asked, never done silently).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/locale.js';
import type { View } from './agenda.read.js';

export interface FrameStrings {
  frameHeadings: readonly string[];
  frameLine: string;
}

const line = (s: FrameStrings, heading: string) => format(s.frameLine, { heading });

/** The memo with the frame's headings: the whole frame for an empty memo, appended after any text. */
export function withFrame(s: FrameStrings, memo: string): string {
  const frame = s.frameHeadings.map((h) => `${line(s, h)}\n`).join('\n');
  return memo.trim() ? `${memo.replace(/\s+$/, '')}\n\n${frame}` : frame;
}

/** What the member wrote under the frame's last heading, or `''` (no frame, or nothing written). */
export function lastStep(s: FrameStrings, memo: string): string {
  const last = s.frameHeadings[s.frameHeadings.length - 1];
  if (!last) return '';
  const lines = memo.split(/\r?\n/);
  const at = lines.map((l) => l.trim()).lastIndexOf(line(s, last));
  return at < 0 ? '' : lines.slice(at + 1).join('\n').trim().slice(0, 2000);
}

/** One offer after a submit: the last step of one memo, to become an action item of that visibility. */
export interface Offer {
  itemId: string;
  text: string;
  visibility: 'private' | 'shared';
}

/** The offers the submitted memos make (one per memo whose last step has text). */
export function offersOf(s: FrameStrings, items: readonly { id: string; memo: string; memoVisibility: 'private' | 'shared' }[]): Offer[] {
  return items.map((i) => ({ itemId: i.id, text: lastStep(s, i.memo), visibility: i.memoVisibility })).filter((o) => o.text);
}

/** "Make … an action item?" with a yes and a no, for each offer. */
export function renderOffers(v: View, offers: readonly Offer[], answer: (offer: Offer, yes: boolean) => void): TemplateResult | typeof nothing {
  if (!offers.length) return nothing;
  const { s } = v;
  return html`${offers.map(
    (o, i) => html`<div part="frame-offer" role="group" aria-labelledby=${`offer-${i}`}>
      <p id=${`offer-${i}`}>${format(s.frameOffer, { text: o.text })}</p>
      <button type="button" part="frame-yes" @click=${() => answer(o, true)}>${s.frameYes}</button>
      <button type="button" part="frame-no" @click=${() => answer(o, false)}>${s.frameNo}</button>
    </div>`,
  )}`;
}
