// Telling the harness when content is on screen; no Taiwa code, so a peer's page carries none.
declare global {
  interface Window {
    /** performance.now() at the first frame the content was on screen (set by the harness). */
    __content?: number;
    /** performance.now() when the content was first in the document (set by the harness). */
    __inDom?: number;
    /** Whether the content is there now. */
    __check?: () => boolean;
  }
}

/** The first match of `selector` at or under `root`, looking through open shadow roots. */
export function deep(root: Element | ShadowRoot, selector: string): Element | undefined {
  const here = root.querySelector(selector);
  if (here) return here;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deep(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return undefined;
}

export interface Spec {
  tag: string;
  attrs?: Record<string, string>;
  props?: Record<string, unknown>;
  /** A selector that matches (under the element) once its stored content is shown. */
  ready: string;
}

export function element({ tag, attrs = {}, props = {} }: Spec): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  return el;
}

/**
 * Tells the harness when the content is there: `window.__check()` is true once every spec's `ready`
 * selector matches under its element. The harness (bench/kit/harness.mjs, watchContent) asks at
 * each frame and after each change of the document, and sets `__content` and `__inDom`.
 */
export function whenReady(pairs: Array<[HTMLElement, string]>): void {
  window.__check = () => pairs.every(([el, sel]) => el.shadowRoot && deep(el.shadowRoot, sel));
}
