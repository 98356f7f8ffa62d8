/**
 * Scoped custom-element registries for composites: a composite renders its inner controls under
 * fixed tags in its own shadow root, whose registry holds the classes it was given, so the host's
 * names for the exported classes (or a second copy of the kit) never clash with them.
 */
type Scoped = CustomElementRegistry & { initialize?(root: Node): void };

/** Whether this browser has scoped registries (`new CustomElementRegistry()`, `attachShadow({ customElementRegistry })`). */
export function scopedRegistries(): boolean {
  return typeof CustomElementRegistry !== 'undefined' && 'initialize' in CustomElementRegistry.prototype;
}

/**
 * Defines `elements` (tag → class) in the registry of `root` (its own, see `attachScopedRoot`) and
 * returns the classes in use, by the same tags. Without scoped registries they go in the page's
 * registry under `rename(tag)` (the names of the composite's own registration, see tag-names.ts),
 * unless that name is taken: then the class already there is the one in use.
 */
export function defineInner<T extends object>(root: ShadowRoot, elements: T, rename: (tag: string) => string = (tag) => tag): T {
  const registry = ((root as ShadowRoot & { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry ??
    globalThis.customElements) as Scoped;
  const used = { ...elements } as Record<string, CustomElementConstructor>;
  const own = registry !== globalThis.customElements;
  for (const [tag, ctor] of Object.entries(elements) as [string, CustomElementConstructor][]) {
    const name = own ? tag : rename(tag);
    const existing = registry.get(name);
    if (existing) {
      used[tag] = existing;
      continue;
    }
    try {
      registry.define(name, ctor);
    } catch {
      // The page's registry already holds this class under another name: a subclass of it, then.
      const Sub = class extends (ctor as unknown as typeof HTMLElement) {};
      registry.define(name, Sub);
      used[tag] = Sub;
    }
  }
  return used as unknown as T;
}

/**
 * Attaches `host`'s shadow root with a registry of its own where the browser has scoped
 * registries; returns the registry, or `undefined` (the page's registry is used).
 */
export function attachScopedRoot(host: HTMLElement, options: ShadowRootInit): CustomElementRegistry | undefined {
  if (host.shadowRoot || !scopedRegistries()) return undefined;
  const registry = new CustomElementRegistry();
  host.attachShadow({ ...options, customElementRegistry: registry } as ShadowRootInit);
  return registry;
}

/**
 * Gives `host`'s shadow root the scoped registry `host` itself was created in (a host's own, see
 * `defineTaiwa({ registry })`): a browser gives a shadow root the page's registry otherwise, and the
 * children the element renders (the strength map's hint panel) would never upgrade there.
 */
export function inheritRegistry(host: HTMLElement & { renderOptions: { creationScope?: unknown } }, options: ShadowRootInit): void {
  const registry = (host as HTMLElement & { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry;
  if (host.shadowRoot || !registry || registry === globalThis.customElements || !scopedRegistries()) return;
  host.attachShadow({ ...options, customElementRegistry: registry } as ShadowRootInit);
  host.renderOptions.creationScope = creationScope(registry);
}

/** Lit's `creationScope` for a root with `registry`: templates are cloned into that registry. */
export function creationScope(registry: CustomElementRegistry): { importNode(node: Node, deep?: boolean): Node } {
  const importNode = document.importNode.bind(document) as (node: Node, options: { customElementRegistry: CustomElementRegistry }) => Node;
  return { importNode: (node) => importNode(node, { customElementRegistry: registry }) };
}
