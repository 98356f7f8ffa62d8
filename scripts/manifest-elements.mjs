// The elements of custom-elements.json in the shape every generator needs (IDE data, JSX types, React
// wrappers): one entry per tag, with its public attributes, properties, events, parts, tokens, states
// and slots. Shared by scripts/ide-data.mjs, scripts/react.mjs and scripts/vue.mjs so a new element in the manifest
// reaches every generated file without anyone listing it.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

export function readManifest(path = 'custom-elements.json') {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The string literals of a union type text (`'' | 'member' | 'manager'`), or [] when it is not one. */
export function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim());
  if (parts.length === 0 || !parts.every((p) => /^'[^']*'$/.test(p))) return [];
  return parts.map((p) => p.slice(1, -1)).filter((v) => v !== '');
}

/** The theme tokens, documented once on TaiwaElement. */
export function themeTokens(manifest) {
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.name === 'TaiwaElement' && decl.cssProperties) return decl.cssProperties;
    }
  }
  return [];
}

/** Every element with a tag, sorted by tag, in a generator-friendly shape. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const attributes = (decl.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description ?? '',
        type: a.type?.text ?? 'string',
        default: a.default,
        fieldName: a.fieldName,
      }));
      const properties = (decl.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('#') && !m.name.startsWith('_'))
        .map((m) => ({
          name: m.name,
          description: m.description ?? '',
          type: m.type?.text ?? 'unknown',
          readonly: Boolean(m.readonly),
          inherited: Boolean(m.inheritedFrom),
          attribute: (decl.attributes ?? []).find((a) => a.fieldName === m.name)?.name,
        }));
      const events = (decl.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', type: e.type?.text ?? 'Event' }));
      out.push({
        tagName: decl.tagName,
        className: decl.name,
        module: mod.path,
        summary: decl.summary ?? '',
        description: decl.description ?? '',
        attributes,
        properties,
        events,
        slots: (decl.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
        parts: (decl.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        cssProperties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '', default: p.default })),
        states: (decl.cssStates ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

// The TypeScript names the generated framework types (scripts/react.mjs, scripts/vue.mjs) share.
const exportedEvents = new Set([...readFileSync('src/events/index.ts', 'utf8').matchAll(/\b(Taiwa\w*Event)\b/g)].map((m) => m[1]));

/** The event type to name in TypeScript: the manifest's, when src/events exports it; else Event. */
export function eventType(text) {
  const base = /^(\w+)(<.*>)?$/.exec(text)?.[1];
  return base && exportedEvents.has(base) ? { text, base } : { text: 'Event', base: undefined };
}
export const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
/** The element's module as an import path from the folder `from`. */
export const importPath = (el, from) => `./${relative(from, el.module).replace(/\.ts$/, '.js')}`.replace(/^\.\/\.\.\//, '../');
export const writable = (el) => el.properties.filter((p) => !p.readonly);
export const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');
