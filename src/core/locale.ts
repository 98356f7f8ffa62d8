/**
 * Locale resolution and lazily loaded UI strings. The order: the element's own `lang`, the closest
 * ancestor with `[lang]` (through shadow roots), the provider, `<html lang>`, then English.
 */
import type { Locale } from '../model/schemas.js';
import type en from '../i18n/core/en.js';

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

export type StringLoaders<S> = Record<Locale, () => Promise<{ default: S }>>;

const core: StringLoaders<Strings> = {
  ja: () => import('../i18n/core/ja.js'),
  en: () => import('../i18n/core/en.js'),
};
const cache = new WeakMap<object, Map<Locale, Promise<unknown>>>();

/** Loads (once) the strings a loader table gives for `locale`. */
export function loadStrings<S>(locale: Locale, loaders: StringLoaders<S>): Promise<S> {
  let byLocale = cache.get(loaders);
  if (!byLocale) cache.set(loaders, (byLocale = new Map()));
  let p = byLocale.get(locale) as Promise<S> | undefined;
  if (!p) {
    p = loaders[locale]().then((m) => m.default);
    byLocale.set(locale, p);
  }
  return p;
}

/** The shared strings plus an element's own, for `locale`. */
export async function loadElementStrings<S>(locale: Locale, own?: StringLoaders<S>): Promise<Strings & S> {
  const [shared, mine] = await Promise.all([loadStrings(locale, core), own ? loadStrings(locale, own) : ({} as S)]);
  return { ...shared, ...mine };
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
