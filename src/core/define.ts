/** The kit's version; a second copy of Taiwa on the page compares against it. */
export const VERSION = '0.1.0';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is already defined. Portals often load two copies of a kit (two
 * micro-frontends): the second registration is skipped instead of throwing, with a warning when the
 * versions differ, so the page keeps working.
 */
export function define(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(`[taiwa] <${tag}> ${existing.version} kept; ${ctor.version} not registered`);
  }
}
