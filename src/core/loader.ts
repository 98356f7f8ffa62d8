/**
 * What an element needs before its first render, loaded together: the shared strings and its own for
 * the locale, its templates and styles (`static views`), and the default catalogue when it renders
 * from one. Every import starts at once, so the element's content is at most one round trip behind
 * its module; a second element of the same class and locale finds it all in memory, synchronously.
 */
import type { CSSResult } from 'lit';
import type { Catalog, Locale } from '../model/schemas.js';
import { defaultCatalog } from '../model/catalog.js';
import { loadElementStrings, type StringLoaders, type Strings } from './locale.js';

/** What an element's `static views` module gives: at least its own CSS, if it has any. */
export interface TaiwaViews {
  styles?: CSSResult;
}

/** The statics of an element class that say what it loads. */
export interface Loadable {
  strings?: StringLoaders<object>;
  views?: () => Promise<TaiwaViews>;
  usesCatalog?: boolean;
}

/** The strings (and the default catalogue where the element uses one) for `locale`. */
function loadTexts(ctor: Loadable, locale: Locale): Promise<{ strings: Strings; catalog?: Catalog }> {
  // Every request at once: the shared strings, the element's own, the catalogue.
  return Promise.all([loadElementStrings(locale, ctor.strings), ctor.usesCatalog ? defaultCatalog(locale) : undefined]).then(
    ([strings, catalog]) => ({ strings: strings as Strings, catalog }),
  );
}

export interface ElementBundle {
  strings: Strings;
  views?: TaiwaViews;
  /** The default catalogue for the locale, for an element that `usesCatalog`. */
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

/** Starts (once per class and locale) every load the element needs, all in parallel. */
export function loadBundle(ctor: Loadable, locale: Locale): Promise<ElementBundle> {
  let byLocale = bundles.get(ctor);
  if (!byLocale) bundles.set(ctor, (byLocale = new Map()));
  const known = byLocale.get(locale);
  if (known) return known.promise;
  const entry: Entry = {
    promise: Promise.all([loadTexts(ctor, locale), givenViews.get(ctor) ?? ctor.views?.()]).then(
      ([{ strings, catalog }, views]) => (entry.value = { strings, views, catalog }),
    ),
  };
  byLocale.set(locale, entry);
  // A failed load (a network hiccup) is tried again by the next update.
  entry.promise.catch(() => byLocale.delete(locale));
  return entry.promise;
}

/** The bundle, when it is already in memory. */
export function peekBundle(ctor: Loadable, locale: Locale): ElementBundle | undefined {
  return bundles.get(ctor)?.get(locale)?.value;
}

/** The next animation frame, or 50 ms where frames are throttled (a hidden tab). */
export const nextFrame = (): Promise<void> =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() => (clearTimeout(timer), done()));
  });
