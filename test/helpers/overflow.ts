/** The 390 px checks' measure: what in a widget's shadow tree is wider inside than it is. */

/** Every element in `root`'s shadow tree and in nested shadow roots. */
export function* everything(root: ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* everything(el.shadowRoot);
  }
}

/** A table's scroll container: `.scroll`, or a table (or its wrapper) that scrolls sideways by its own CSS. */
function isTableScroller(el: Element): boolean {
  if (el.matches('.scroll')) return true;
  const x = getComputedStyle(el).overflowX;
  return (x === 'auto' || x === 'scroll') && (el.localName === 'table' || el.querySelector('table') !== null);
}

/**
 * Elements wider inside than they are (a horizontal scroll, or clipped text), and a host that ends
 * past the viewport. A table's scroll container may scroll, as long as the table's first column
 * stays put (sticky) so that every row stays readable; its contents are skipped. Inside an `<svg>`
 * only the `<svg>` is measured (its shapes and text have no CSS boxes to clip them).
 */
export function overflowing(host: Element, width = 390): string[] {
  const out: string[] = [];
  const scrollers = new Set<Element>();
  const inside = (el: Element) => {
    for (let p: Element | null = el.parentElement; p; p = p.parentElement) if (scrollers.has(p)) return true;
    return false;
  };
  for (const el of everything(host.shadowRoot!)) {
    if (el.closest('.visually-hidden') || inside(el) || (el instanceof SVGElement && el.localName !== 'svg')) continue;
    if (isTableScroller(el)) {
      scrollers.add(el);
      if (el.scrollWidth > el.clientWidth + 0.5) {
        const first = el.querySelector('tbody tr > :first-child');
        if (first && getComputedStyle(first).position !== 'sticky')
          out.push(`${el.localName}[part=${el.getAttribute('part') ?? ''}] scrolls, its first column is not sticky`);
      }
      continue;
    }
    if (el.scrollWidth > el.clientWidth + 0.5 && el.clientWidth > 0)
      out.push(`${el.localName}[part=${el.getAttribute('part') ?? ''}] ${el.scrollWidth} > ${el.clientWidth}`);
  }
  const box = host.getBoundingClientRect();
  if (box.right > width + 0.5) out.push(`${host.localName} ends at ${box.right}px`);
  return out;
}
