/**
 * The built-in catalogue per section and locale (`catalog/<locale>/{topics,responses,levels}.ts`):
 * an element loads only the sections it shows (the picker its topics, the check-in its levels), and
 * a host's or an adapter's override is merged and checked over those sections only. The built-in
 * sections are trusted code, checked against the schemas by the tests, so they load without zod;
 * the merge that checks an override (`catalog-merge.ts`, with zod) loads only when there is one.
 */
import type { TaiwaDataError } from './errors.js';
import type { Catalog, Locale } from './schemas.js';

export interface Resolved<T> {
  value: T;
  errors: TaiwaDataError[];
}

export type CatalogSection = 'topics' | 'responses' | 'levels';
/** Every section, in the catalogue's order: what an element that names none gets. */
export const CATALOG_SECTIONS: readonly CatalogSection[] = ['topics', 'responses', 'levels'];
/** Some sections of the built-in catalogue for one locale, as an element's module carries them. */
export type CatalogSections = Partial<Pick<Catalog, CatalogSection>>;

type SectionFile = () => Promise<{ default: Catalog[CatalogSection] }>;
/**
 * Japanese loads on demand, per section. English has no loader per section on purpose: an element carries
 * the English sections it shows in its module (`static catalogs`; a class that does not gets the copy
 * of the whole English catalogue, `catalog/en-copy.ts`), and a module that is both in a
 * page's static graph and behind an `import()` becomes a file of its own (measured: 100-260 B more
 * per page, one or two more files). The whole catalogue (`catalog.ts`, which no element imports)
 * gives its own. Japanese sections stay requests of their own rather than joining an element's
 * strings module: on a page where two classes show one section (the agenda's, `taiwa/define`'s) the
 * shared module would come one request level later.
 */
const sectionFiles: Partial<Record<Locale, Record<CatalogSection, SectionFile>>> = {
  ja: {
    topics: () => import('./catalog/ja/topics.js'),
    responses: () => import('./catalog/ja/responses.js'),
    levels: () => import('./catalog/ja/levels.js'),
  },
};

/** The built-in sections known, per `locale:section` (loaded, or carried by an element's module): frozen. */
const known = new Map<string, unknown>();
/** Catalogues composed of known sections, per `locale:sections`: the same object for every widget. */
const composed = new Map<string, Catalog>();

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Makes the built-in sections an element's module carries known (frozen; the first one known wins). */
function know(locale: Locale, given: CatalogSections = {}): void {
  for (const s of CATALOG_SECTIONS) if (given[s] && !known.has(locale + s)) known.set(locale + s, deepFreeze(given[s]));
}

/**
 * The built-in catalogue for `locale` with `sections` (the others empty), when those are in memory
 * (`given` by the element's module, or loaded); else `undefined`, and nothing starts.
 */
export function peekSections(locale: Locale, sections: readonly CatalogSection[], given?: CatalogSections): Catalog | undefined {
  know(locale, given);
  const key = locale + sections;
  let catalog = composed.get(key);
  if (!catalog && sections.every((s) => known.has(locale + s))) {
    catalog = { locale, topics: [], responses: [], levels: [] };
    for (const s of sections) (catalog as Record<CatalogSection, unknown>)[s] = known.get(locale + s);
    composed.set(key, Object.freeze(catalog));
  }
  return catalog;
}

/**
 * The built-in catalogue for `locale` with `sections`: what is not in memory is requested, all at once
 * (a failed request is made again by the next call). English a class does not carry comes from the copy.
 */
export async function loadSections(locale: Locale, sections: readonly CatalogSection[], given?: CatalogSections): Promise<Catalog> {
  know(locale, given);
  await Promise.all(
    sections
      .filter((s) => !known.has(locale + s))
      .map((s) => {
        const file = sectionFiles[locale]?.[s];
        // English a class does not carry (a host's widget that names no `static catalogs`): the whole
        // English catalogue, one request (no built-in element imports it, so no page changes).
        if (!file) return import('./catalog/en-copy.js').then((m) => know('en', m.default));
        return file().then((m) => know(locale, { [s]: m.default }));
      }),
  );
  return peekSections(locale, sections)!;
}

/** True when `overrides` hold something to apply (`undefined` and `null` mean "none"). */
export function hasOverrides(overrides: readonly unknown[]): boolean {
  return overrides.some((o) => o !== undefined && o !== null);
}

/**
 * The built-in `sections` for `locale` with `overrides` applied in order (later wins): typically the
 * adapter's, then the provider's, then the element's own. Only those sections are merged and
 * checked: a picker reports nothing about a host's response styles.
 */
export async function resolveSections(
  locale: Locale,
  overrides: readonly unknown[],
  sections: readonly CatalogSection[],
  given?: CatalogSections,
): Promise<Resolved<Catalog>> {
  if (!hasOverrides(overrides)) return { value: await loadSections(locale, sections, given), errors: [] };
  const [base, { mergeCatalog }] = await Promise.all([loadSections(locale, sections, given), import('./catalog-merge.js')]);
  return mergeCatalog(locale, base, overrides, sections);
}
