/**
 * The whole catalogue for one locale: the default topics, response styles and levels, and the hints,
 * with the host's overrides applied entry by entry (an element loads only its sections:
 * `catalog-sections.ts`). The defaults are trusted code, checked against the schemas by the tests, so they load without zod; the merge that checks a host's or an adapter's
 * override (`catalog-merge.ts`, with zod) loads only when there is one. Bad data never make these
 * functions throw: a bad entry becomes a `TaiwaDataError` and is skipped.
 */
import type { Catalog, Hint, Locale } from './schemas.js';
import { CATALOG_SECTIONS, deepFreeze, hasOverrides, loadSections, resolveSections, type Resolved } from './catalog-sections.js';

export { hasOverrides, type Resolved } from './catalog-sections.js';

/** The whole built-in catalogue per locale (what `catalog-sections.ts` has no loader for, English, included). */
const catalogFiles = {
  ja: () => import('./catalog/ja.js'),
  en: () => import('./catalog/en.js'),
};
const hintFiles = {
  ja: () => import('./hints/ja.js'),
  en: () => import('./hints/en.js'),
};

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

/** The whole default catalogue for `locale`, as shipped (frozen: every widget shares it, and the sections elements carry). */
export const defaultCatalog = once(async (locale) => loadSections(locale, CATALOG_SECTIONS, (await catalogFiles[locale]()).default as Catalog));

/** The default hints for `locale`, as shipped (frozen). */
export const defaultHints = once(async (locale) => deepFreeze((await hintFiles[locale]()).default as readonly Hint[]));

/**
 * The catalogue for `locale` with `overrides` applied in order (later wins): typically the adapter's,
 * then the provider's, then the element's own. Every section; an element resolves only the sections
 * it shows (`catalog-sections.ts`).
 */
export async function resolveCatalog(locale: Locale, overrides: readonly unknown[] = []): Promise<Resolved<Catalog>> {
  return resolveSections(locale, overrides, CATALOG_SECTIONS, await defaultCatalog(locale));
}

/** Every hint for `locale`: the default file, then the overrides' `hints` (same id replaces). */
export async function resolveHints(locale: Locale, overrides: readonly unknown[] = []): Promise<Resolved<Hint[]>> {
  if (!hasOverrides(overrides)) return { value: [...(await defaultHints(locale))], errors: [] };
  const [base, { mergeHints }] = await Promise.all([defaultHints(locale), import('./catalog-merge.js')]);
  return mergeHints(base, overrides);
}
