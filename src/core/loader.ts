/**
 * What an element needs before its first render: the shared strings and its own for the locale, its
 * templates and styles (`static views`), and the sections of the built-in catalogue it shows
 * (`static catalogSections`) when it renders from one. What came with the element's module (English
 * strings, the English sections in `static catalogs`, views given as an object) is
 * used as it is, synchronously: an English element renders complete in its first update, with no
 * request. What did not (another locale) is requested all at once, so the content is at most one
 * round trip behind the module; a second element of the same class and locale finds it in memory.
 */
import type { CSSResult } from 'lit';
import type { Catalog, Locale } from '../model/schemas.js';
import { CATALOG_SECTIONS, loadSections, peekSections, type CatalogSection, type CatalogSections } from '../model/catalog-sections.js';
import { loadElementStrings, peekElementStrings, type StringLoaders, type Strings } from './locale.js';

/** What an element's `static views` module gives: at least its own CSS, if it has any. */
export interface TaiwaViews {
  styles?: CSSResult;
}

/** An element's views: in its own module already (an object), or loaded on demand. */
export type ViewsSource = TaiwaViews | (() => Promise<TaiwaViews>);

/** The statics of an element class that say what it loads. */
export interface Loadable {
  strings?: StringLoaders<object>;
  views?: ViewsSource;
  usesCatalog?: boolean;
  /** The sections of the built-in catalogue the element shows (every section when it names none). */
  catalogSections?: readonly CatalogSection[];
  /** Built-in sections that come with the element's module, per locale (`model/catalog/<locale>/<section>.ts`). */
  catalogs?: Partial<Record<Locale, CatalogSections>>;
}

/** The sections of the built-in catalogue `ctor` shows. */
export const sectionsOf = (ctor: Loadable): readonly CatalogSection[] => ctor.catalogSections ?? CATALOG_SECTIONS;

/** The strings (and the default catalogue where the element uses one) for `locale`. */
function loadTexts(ctor: Loadable, locale: Locale): Promise<{ strings: Strings; catalog?: Catalog }> {
  // Every request at once: the shared strings, the element's own, the catalogue.
  return Promise.all([loadElementStrings(locale, ctor.strings), ctor.usesCatalog ? loadSections(locale, sectionsOf(ctor), ctor.catalogs?.[locale]) : undefined]).then(
    ([strings, catalog]) => ({ strings: strings as Strings, catalog }),
  );
}

function catalogFor(ctor: Loadable, locale: Locale): Catalog | undefined {
  return peekSections(locale, sectionsOf(ctor), ctor.catalogs?.[locale]);
}

function viewsNow(ctor: Loadable): TaiwaViews | undefined {
  const views = givenViews.get(ctor) ?? ctor.views;
  return typeof views === 'function' ? undefined : views;
}

/** The bundle, built at once from what is in memory, or `undefined` when something must load. */
function bundleNow(ctor: Loadable, locale: Locale): ElementBundle | undefined {
  const strings = peekElementStrings(locale, ctor.strings);
  if (!strings) return undefined;
  const views = viewsNow(ctor);
  if (!views && ctor.views) return undefined;
  const catalog = ctor.usesCatalog ? catalogFor(ctor, locale) : undefined;
  if (ctor.usesCatalog && !catalog) return undefined;
  return { strings: strings as Strings, views, catalog };
}

export interface ElementBundle {
  strings: Strings;
  views?: TaiwaViews;
  /** The built-in catalogue for the locale (the element's sections), for an element that `usesCatalog`. */
  catalog?: Catalog;
}

interface Entry {
  promise: Promise<ElementBundle>;
  value?: ElementBundle;
}

const bundles = new WeakMap<Loadable, Map<Locale, Entry>>();
/** Views a composite element imported with its own code (`provideViews`): no request of their own. */
const givenViews = new WeakMap<Loadable, TaiwaViews>();

/**
 * Gives `ctor` its views, already in memory: a composite element (the agenda) that always renders
 * `ctor` imports them with itself, so the inner control's first render waits for its strings only.
 */
export function provideViews(ctor: Loadable, views: TaiwaViews): void {
  givenViews.set(ctor, views);
}

function localesOf(ctor: Loadable): Map<Locale, Entry> {
  let byLocale = bundles.get(ctor);
  if (!byLocale) bundles.set(ctor, (byLocale = new Map()));
  return byLocale;
}

/** Starts (once per class and locale) every load the element needs, all in parallel. */
export function loadBundle(ctor: Loadable, locale: Locale): Promise<ElementBundle> {
  const byLocale = localesOf(ctor);
  const known = byLocale.get(locale);
  if (known) return known.promise;
  const now = peekBundle(ctor, locale);
  if (now) return byLocale.get(locale)!.promise;
  const views = givenViews.get(ctor) ?? ctor.views;
  const entry: Entry = {
    promise: Promise.all([loadTexts(ctor, locale), typeof views === 'function' ? views() : views]).then(
      ([{ strings, catalog }, views]) => (entry.value = { strings, views, catalog }),
    ),
  };
  byLocale.set(locale, entry);
  // A failed load (a network hiccup) is tried again by the next update.
  entry.promise.catch(() => byLocale.delete(locale));
  return entry.promise;
}

/** The bundle, when it is already in memory (loaded, or everything came with the element's module). */
export function peekBundle(ctor: Loadable, locale: Locale): ElementBundle | undefined {
  const known = bundles.get(ctor)?.get(locale);
  if (known) return known.value;
  const now = bundleNow(ctor, locale);
  if (now) localesOf(ctor).set(locale, { promise: Promise.resolve(now), value: now });
  return now;
}

/** The next animation frame, or 50 ms where frames are throttled (a hidden tab). */
export const nextFrame = (): Promise<void> =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() => (clearTimeout(timer), done()));
  });
