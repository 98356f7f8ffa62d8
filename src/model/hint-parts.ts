/**
 * The built-in hints in parts: the general ones and one file per built-in topic, per locale. A hint
 * panel shows one topic (or the agenda's items' topics), so it loads those parts only, all at once,
 * instead of every hint of the locale (about an eighth of the bytes per topic). The parts are the
 * same trusted data as `hints/<locale>.ts` (their concatenation), checked by the tests.
 */
import type { Hint, Locale } from './schemas.js';

type Part = () => Promise<{ default: readonly unknown[] }>;

const parts: Record<Locale, Record<string, Part>> = {
  en: {
    general: () => import('./hints/en/general.js'),
    work: () => import('./hints/en/work.js'),
    relationships: () => import('./hints/en/relationships.js'),
    wellbeing: () => import('./hints/en/wellbeing.js'),
    career: () => import('./hints/en/career.js'),
    skills: () => import('./hints/en/skills.js'),
    private: () => import('./hints/en/private.js'),
    policy: () => import('./hints/en/policy.js'),
  },
  ja: {
    general: () => import('./hints/ja/general.js'),
    work: () => import('./hints/ja/work.js'),
    relationships: () => import('./hints/ja/relationships.js'),
    wellbeing: () => import('./hints/ja/wellbeing.js'),
    career: () => import('./hints/ja/career.js'),
    skills: () => import('./hints/ja/skills.js'),
    private: () => import('./hints/ja/private.js'),
    policy: () => import('./hints/ja/policy.js'),
  },
};

const loaded = new Map<string, Promise<readonly Hint[]>>();

function part(locale: Locale, name: string): Promise<readonly Hint[]> {
  const key = `${locale}\n${name}`;
  let p = loaded.get(key);
  if (!p) {
    const load = Object.hasOwn(parts[locale], name) ? parts[locale][name] : undefined;
    // Frozen, as the whole catalogue is (model/catalog.ts): every panel shares the same objects.
    p = load ? load().then((m) => (m.default.forEach((h) => Object.freeze(h)), Object.freeze(m.default as readonly Hint[]))) : Promise.resolve([]);
    loaded.set(key, p);
    // A failed load (a network hiccup) is tried again next time.
    p.catch(() => loaded.delete(key));
  }
  return p;
}

/** The topic a built-in hint belongs to, by its id (`career.listen.member.1`), or `general`. */
export const hintPartOf = (hintId: string): string => hintId.slice(0, hintId.indexOf('.'));

/**
 * The built-in hints for `locale` that a panel on `topics` can show: the general ones and those of
 * each built-in topic among `topics` (a host's own topic has none), requested in parallel.
 */
export async function hintsFor(locale: Locale, topics: Iterable<string>): Promise<Hint[]> {
  const names = ['general', ...new Set([...topics].filter((t) => t && t !== 'general'))];
  return (await Promise.all(names.map((n) => part(locale, n)))).flat();
}
