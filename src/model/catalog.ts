/**
 * The catalogue for one locale: the default topics, response styles and levels, and the hints, with
 * the host's overrides applied entry by entry. The defaults are trusted code, checked against the
 * schemas by the tests, so they load without zod; the merge that checks a host's or an adapter's
 * override (`catalog-merge.ts`, with zod) loads only when there is one. Bad data never make these
 * functions throw: a bad entry becomes a `TaiwaDataError` and is skipped.
 */
import type { TaiwaDataError } from './errors.js';
import type { Catalog, Hint, Locale } from './schemas.js';

export interface Resolved<T> {
  value: T;
  errors: TaiwaDataError[];
}

const catalogFiles = {
  ja: () => import('./catalog/ja.js'),
  en: () => import('./catalog/en.js'),
};
const hintFiles = {
  ja: () => import('./hints/ja.js'),
  en: () => import('./hints/en.js'),
};

/** The built-in catalogue per locale, once known (loaded here, or given by an element's locale module). */
const knownCatalogs = new Map<Locale, Catalog>();

/**
 * The built-in catalogue for `locale` that an element's locale module carries: frozen, and the same
 * object every widget shares (the first one known wins).
 */
export function trustedCatalog(locale: Locale, value: Catalog): Catalog {
  let known = knownCatalogs.get(locale);
  if (!known) knownCatalogs.set(locale, (known = deepFreeze(value)));
  return known;
}

/** The built-in catalogue for `locale`, when it is in memory already (it came with the code, or loaded). */
export function peekCatalog(locale: Locale): Catalog | undefined {
  return knownCatalogs.get(locale);
}

function once<T>(load: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const cache = new Map<Locale, Promise<T>>();
  return (locale) => {
    let p = cache.get(locale);
    if (!p) {
      p = load(locale);
      cache.set(locale, p);
      // A failed load (a network hiccup) is tried again next time.
      p.catch(() => cache.delete(locale));
    }
    return p;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The default catalogue for `locale`, as shipped (frozen: every widget shares it). */
export const defaultCatalog = once(async (locale) => knownCatalogs.get(locale) ?? trustedCatalog(locale, (await catalogFiles[locale]()).default as Catalog));

/** The default hints for `locale`, as shipped (frozen). */
export const defaultHints = once(async (locale) => deepFreeze((await hintFiles[locale]()).default as readonly Hint[]));

/** True when `overrides` hold something to apply (`undefined` and `null` mean "none"). */
export function hasOverrides(overrides: readonly unknown[]): boolean {
  return overrides.some((o) => o !== undefined && o !== null);
}

/**
 * The catalogue for `locale` with `overrides` applied in order (later wins): typically the adapter's,
 * then the provider's, then the element's own.
 */
export async function resolveCatalog(locale: Locale, overrides: readonly unknown[] = []): Promise<Resolved<Catalog>> {
  if (!hasOverrides(overrides)) return { value: await defaultCatalog(locale), errors: [] };
  const [base, { mergeCatalog }] = await Promise.all([defaultCatalog(locale), import('./catalog-merge.js')]);
  return mergeCatalog(locale, base, overrides);
}

/** Every hint for `locale`: the default file, then the overrides' `hints` (same id replaces). */
export async function resolveHints(locale: Locale, overrides: readonly unknown[] = []): Promise<Resolved<Hint[]>> {
  if (!hasOverrides(overrides)) return { value: [...(await defaultHints(locale))], errors: [] };
  const [base, { mergeHints }] = await Promise.all([defaultHints(locale), import('./catalog-merge.js')]);
  return mergeHints(base, overrides);
}
