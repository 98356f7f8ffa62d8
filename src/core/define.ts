/** The kit's version; a second copy of Taiwa on the page compares against it. */
export const VERSION = '0.1.0';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is already defined. Portals often load two copies of a kit (two
 * micro-frontends): the second registration is skipped with a `console.warn` instead of throwing, so
 * the page keeps working with the first copy. The same class registered twice (the kit's `define`
 * entry and an element's own entry) is one copy and stays silent. A registration the browser refuses
 * (the class already registered under the host's own name, an invalid name) is a warning too.
 */
export function define(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing === ctor) return;
  if (existing) {
    const kept = existing.version ?? 'unknown version';
    const skipped = ctor.version ?? 'unknown version';
    const which = kept === skipped ? `another copy of the same version (${kept})` : `version ${kept}`;
    console.warn(
      `[taiwa] Two copies of Taiwa on this page: <${tag}> stays with ${which}; this copy (${skipped}) is not registered. Load the kit once per page.`,
    );
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (err) {
    console.warn(`[taiwa] <${tag}> not registered: ${err instanceof Error ? err.message : String(err)}`);
  }
}
