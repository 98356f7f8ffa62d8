/** Small accessibility probes shared by the element tests. */

/** The focused element, through open shadow roots. */
export const deepActive = (): HTMLElement | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
};

interface AxeLike {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

/** The accessible name axe computes (axe is on the page once an `accessible()` check ran). */
export function nameOf(node: Element): string {
  const axe = (window as unknown as { axe: AxeLike }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node)).trim();
  } finally {
    axe.teardown();
  }
}

/** The text of the elements an IDREF list attribute points at, in the element's shadow root. */
export const refText = (input: Element, attr: string): string =>
  (input.getAttribute(attr) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
