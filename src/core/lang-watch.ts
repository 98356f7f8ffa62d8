/**
 * One observer for the page: a `lang` change re-renders the widgets below the element whose `lang`
 * changed (a widget's own `lang` updates it already: not twice).
 */
type Widget = Node & { requestUpdate(): void };

const connected = new Set<Widget>();
let langObserver: MutationObserver | undefined;

const up = (n: Node): Node | null => n.parentNode ?? (n as ShadowRoot).host ?? null;

/** Starts watching for `el` (and the page's observer, at the first widget). */
export function watchLang(el: Widget): void {
  connected.add(el);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver((changes) => {
    const at = new Set(changes.map((c) => c.target));
    connected.forEach((w) => {
      for (let n = up(w); n; n = up(n)) if (at.has(n)) return void w.requestUpdate();
    });
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Stops watching for `el`. */
export function unwatchLang(el: Widget): void {
  connected.delete(el);
}
