/**
 * The names a registration gave the kit's tags. `taiwa/define` registers the default names
 * (`taiwa-agenda`); `defineTaiwa()` (`taiwa/register`) registers them under a suffix or the host's
 * own names, each class (or, for a second set of names, a subclass of it) carrying the naming it was
 * registered with. An element that renders another Taiwa element asks here for that element's name
 * in its own registration, so composition holds under any names, and two registrations of the kit
 * under two sets of names each render their own.
 */

/** Default tag (`taiwa-hint-panel`) → the name it was registered under. */
export type TagNaming = ReadonlyMap<string, string>;

const namings = new WeakMap<object, TagNaming>();

/** Marks `ctor` as registered with `naming` (by `defineTaiwa`). */
export function setNaming(ctor: CustomElementConstructor, naming: TagNaming): void {
  namings.set(ctor, naming);
}

/** The naming `ctor` (or the nearest class it extends) was registered with, if not the default names. */
export function namingOf(ctor: object): TagNaming | undefined {
  for (let c: object | null = ctor; c && c !== HTMLElement && c !== Function.prototype; c = Object.getPrototypeOf(c) as object | null) {
    const naming = namings.get(c);
    if (naming) return naming;
  }
  return undefined;
}

/**
 * The name of `defaultTag` in the registration `from` belongs to (an element, or its class): the
 * host's name when the kit was registered under other names, else `defaultTag`.
 */
export function tagIn(from: Element | CustomElementConstructor, defaultTag: string): string {
  const ctor = typeof from === 'function' ? from : from.constructor;
  return namingOf(ctor)?.get(defaultTag) ?? defaultTag;
}
