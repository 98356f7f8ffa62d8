/**
 * Applying host overrides to the trusted default catalogue and hints: each override entry is checked
 * with the model's schemas, a bad entry becomes a `TaiwaDataError` and is skipped, the good entries
 * beside it still apply, and bad data never make a merge throw. Loaded (with zod) only when a host
 * or an adapter gives an override: the defaults themselves are trusted code, checked by the tests.
 */
import { TaiwaDataError } from './errors.js';
import { Catalog, CatalogEntryOverride, Hint, ResponseStyle, Topic, type Catalog as CatalogT, type Hint as HintT, type Locale, type LocalizedText } from './schemas.js';
import { describe, parseWith } from './validate.js';
import type { CatalogSection, Resolved } from './catalog-sections.js';

type Entry = { id: string; label: string; description?: string; disabled?: boolean };

function localize(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] ?? text.ja ?? text.en;
}

/** Validates the override's shape without failing on one bad entry. */
function overrideErrors(override: unknown, errors: TaiwaDataError[]): Record<string, unknown> | undefined {
  if (override === undefined || override === null) return undefined;
  if (typeof override !== 'object' || Array.isArray(override)) {
    errors.push(new TaiwaDataError({ kind: 'catalog', reason: `expected a catalogue object, got ${describe(override)}` }));
    return undefined;
  }
  return override as Record<string, unknown>;
}

function mergeEntries(list: Entry[], override: Record<string, unknown>, key: 'topics' | 'responses', locale: Locale, errors: TaiwaDataError[]): Entry[] {
  const given = override[key];
  if (given === undefined) return list;
  if (!Array.isArray(given)) {
    errors.push(new TaiwaDataError({ kind: 'catalog', field: key, reason: `expected a list, got ${describe(given)}` }));
    return list;
  }
  const byId = new Map(list.map((e) => [e.id, e]));
  const out: Entry[] = [];
  const seen = new Set<string>();
  given.forEach((raw, index) => {
    const parsed = parseWith(CatalogEntryOverride, 'catalog', raw);
    if (!parsed.ok) {
      const field = [key, index, parsed.error.field].filter((p) => p !== '').join('.');
      errors.push(new TaiwaDataError({ kind: 'catalog', recordId: parsed.error.recordId, field, reason: parsed.error.reason }));
      return;
    }
    const o = parsed.value;
    if (seen.has(o.id)) {
      errors.push(new TaiwaDataError({ kind: 'catalog', recordId: o.id, field: `${key}.${index}.id`, reason: 'listed twice' }));
      return;
    }
    const base = byId.get(o.id);
    const label = localize(o.label, locale) ?? base?.label;
    if (!label) {
      errors.push(new TaiwaDataError({ kind: 'catalog', recordId: o.id, field: `${key}.${index}.label`, reason: 'a new entry needs a label' }));
      return;
    }
    const entry: Entry = { id: o.id, label };
    const description = localize(o.description, locale) ?? base?.description;
    if (description) entry.description = description;
    const disabled = o.disabled ?? base?.disabled;
    if (disabled) entry.disabled = true;
    // The override's texts may be longer than a catalogue entry's (a label is at most 200 characters):
    // the merged entry is checked as what it becomes.
    const checked = parseWith(key === 'topics' ? Topic : ResponseStyle, 'catalog', entry);
    if (!checked.ok) {
      errors.push(new TaiwaDataError({ kind: 'catalog', recordId: o.id, field: [key, index, checked.error.field].filter((f) => f !== '').join('.'), reason: checked.error.reason }));
      return;
    }
    seen.add(o.id);
    out.push(checked.value);
  });
  if (override.replace === true) return out;
  return [...out, ...list.filter((e) => !seen.has(e.id))];
}

/**
 * `base` (the trusted default for `locale`) with `overrides` applied in order (later wins). Only the
 * `sections` the element shows are merged and checked: a picker reports nothing about a host's
 * response styles, and the sections it does not show stay as they are (empty).
 */
export function mergeCatalog(
  locale: Locale,
  base: CatalogT,
  overrides: readonly unknown[],
  sections: readonly CatalogSection[] = ['topics', 'responses', 'levels'],
): Resolved<CatalogT> {
  const errors: TaiwaDataError[] = [];
  let catalog = structuredClone(base);
  for (const raw of overrides) {
    const override = overrideErrors(raw, errors);
    if (!override) continue;
    catalog = {
      ...catalog,
      topics: sections.includes('topics') ? mergeEntries(catalog.topics, override, 'topics', locale, errors) : catalog.topics,
      responses: sections.includes('responses') ? mergeEntries(catalog.responses, override, 'responses', locale, errors) : catalog.responses,
    };
  }
  const checked = parseWith(Catalog, 'catalog', catalog);
  if (checked.ok) return { value: checked.value, errors };
  // Every entry was checked above, so this is a safety net: bad data never leaves a widget loading.
  errors.push(checked.error);
  return { value: structuredClone(base), errors };
}

/** The default hints, then the overrides' `hints` (same id replaces); only the overrides' are checked. */
export function mergeHints(base: readonly HintT[], overrides: readonly unknown[]): Resolved<HintT[]> {
  const errors: TaiwaDataError[] = [];
  const byId = new Map<string, HintT>();
  const add = (raw: unknown, field: string) => {
    const parsed = parseWith(Hint, 'hint', raw);
    if (parsed.ok) byId.set(parsed.value.id, parsed.value);
    else errors.push(new TaiwaDataError({ kind: 'hint', recordId: parsed.error.recordId, field: [field, parsed.error.field].filter(Boolean).join('.'), reason: parsed.error.reason }));
  };
  for (const h of base) byId.set(h.id, h);
  for (const raw of overrides) {
    const override = overrideErrors(raw, []);
    const hints = override?.hints;
    if (hints === undefined) continue;
    if (!Array.isArray(hints)) {
      errors.push(new TaiwaDataError({ kind: 'catalog', field: 'hints', reason: `expected a list, got ${describe(hints)}` }));
      continue;
    }
    hints.forEach((h, i) => add(h, `hints.${i}`));
  }
  return { value: [...byId.values()], errors };
}
