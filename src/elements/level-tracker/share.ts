/**
 * `share(fraction)`: sets `--_share` (0–1) on the element it is bound to, through
 * `style.setProperty`, never through a `style` attribute: a strict `style-src 'self'` CSP refuses
 * inline style attributes (and lit's styleMap writes one on its first render), while the CSSOM is
 * allowed. The stylesheet draws the bar as `calc(var(--_share) * 100%)`.
 */
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Lit's `noChange` (the same registered symbol): imported from 'lit' it would put Lit in a chunk of
 * its own, shared by the tracker and this lazily loaded team view, one more request before content.
 */
const noChange: unique symbol = Symbol.for('lit-noChange') as never;

class ShareDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('share() is an element binding: <span ${share(0.5)}>');
  }

  render(_fraction: number): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [fraction]: [number]): typeof noChange {
    const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    (part.element as HTMLElement).style.setProperty('--_share', String(clamped));
    return noChange;
  }
}

/** @internal */
export const share = directive(ShareDirective);
