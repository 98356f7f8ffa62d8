/**
 * Locale resolution and the UI strings. The order: the element's own `lang`, the closest ancestor
 * with `[lang]` (through shadow roots), the provider, `<html lang>`, then English. English, the
 * default, comes with the code (no request before content); Japanese loads on demand.
 */
import type { Locale } from '../model/schemas.js';
import en from '../i18n/core/en.js';

export type Strings = typeof en;
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export function toLocale(lang: string | null | undefined): Locale | undefined {
  const base = lang?.trim().toLowerCase().split('-')[0];
  return LOCALES.find((l) => l === base);
}

/** The closest `[lang]` at or above `el`, crossing shadow boundaries. */
export function closestLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** `own` is the element's `lang` property: during an update it is ahead of the reflected attribute. */
export function resolveLocale(el: Element, own: string | undefined, fromProvider: Locale | undefined): Locale {
  return toLocale(own) ?? toLocale(closestLang(el)) ?? fromProvider ?? toLocale(document.documentElement.lang) ?? 'en';
}

/**
 * Per locale, an element's strings: the strings themselves (they came with its module, so a page in
 * that locale renders with no request for them) or a loader that imports them on demand.
 */
export type StringSource<S> = S | (() => Promise<{ default: S }>);
export type StringLoaders<S> = Record<Locale, StringSource<S>>;

const core: StringLoaders<Strings> = {
  ja: () => import('../i18n/core/ja.js'),
  en,
};

interface Loaded<S> {
  promise: Promise<S>;
  value?: S;
}
const cache = new WeakMap<object, Map<Locale, Loaded<unknown>>>();

function entry<S>(locale: Locale, loaders: StringLoaders<S>): Loaded<S> {
  let byLocale = cache.get(loaders);
  if (!byLocale) cache.set(loaders, (byLocale = new Map()));
  let known = byLocale.get(locale) as Loaded<S> | undefined;
  if (!known) {
    const source = loaders[locale];
    if (typeof source !== 'function') {
      known = { promise: Promise.resolve(source), value: source };
    } else {
      const loading: Loaded<S> = {
        promise: (source as () => Promise<{ default: S }>)().then((m) => (loading.value = m.default)),
      };
      known = loading;
      // A failed load (a network hiccup) is tried again next time.
      loading.promise.catch(() => byLocale.delete(locale));
    }
    byLocale.set(locale, known);
  }
  return known;
}

/** Loads (once) the strings a loader table gives for `locale`. */
export function loadStrings<S>(locale: Locale, loaders: StringLoaders<S>): Promise<S> {
  return entry(locale, loaders).promise;
}

/** The strings for `locale`, when they are in memory already (they came with the code, or loaded). */
export function peekStrings<S>(locale: Locale, loaders: StringLoaders<S>): S | undefined {
  const source = loaders[locale];
  if (typeof source !== 'function') return source;
  return (cache.get(loaders)?.get(locale) as Loaded<S> | undefined)?.value;
}

/** The shared strings plus an element's own, for `locale`. */
export async function loadElementStrings<S>(locale: Locale, own?: StringLoaders<S>): Promise<Strings & S> {
  const [shared, mine] = await Promise.all([loadStrings(locale, core), own ? loadStrings(locale, own) : ({} as S)]);
  return { ...shared, ...mine };
}

/** The shared strings plus an element's own, when both are in memory (else `undefined`; nothing starts). */
export function peekElementStrings<S>(locale: Locale, own?: StringLoaders<S>): (Strings & S) | undefined {
  const shared = peekStrings(locale, core);
  const mine = own ? peekStrings(locale, own) : ({} as S);
  return shared && mine ? { ...shared, ...mine } : undefined;
}

/** What only an error block shows: its titles and the blocked-storage sentence. */
export type ErrorStrings = typeof import('../i18n/core/en.errors.js').default;
const errorTexts: StringLoaders<ErrorStrings> = {
  ja: () => import('../i18n/core/ja.errors.js'),
  en: () => import('../i18n/core/en.errors.js'),
};
// A failed load (offline): the render it asks for shows the block untitled ('failed' -> 'shown');
// the next render asks again, still untitled while it loads, so a failure is never kept for good.
const errorTextsFailed = new Map<Locale, 'failed' | 'shown'>();

/**
 * The error block's words for `locale`: in memory, `undefined` while they load (they are requested
 * with the first error shown, and `loading` is given the request), or `false` when they could not
 * load (offline): the errors' own messages are then shown without a title, never not at all.
 */
export function errorStrings(locale: Locale, loading: (request: Promise<unknown>) => void): ErrorStrings | undefined | false {
  const now = peekStrings(locale, errorTexts);
  if (now) return now;
  const failed = errorTextsFailed.get(locale);
  if (failed === 'failed') return errorTextsFailed.set(locale, 'shown'), false;
  loading(loadStrings(locale, errorTexts).catch(() => errorTextsFailed.set(locale, 'failed')));
  return failed ? false : undefined;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
