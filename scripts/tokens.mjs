// The CSS custom properties (`--taiwa-*`) the kit reads, and the ones its manifest documents. Shared
// by the analyzer config (which documents the theme tokens once, on TaiwaElement) and the manifest
// check (which fails when a token read in src/ is documented nowhere).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `@cssproperty [--name=default] - description` lines of a JSDoc block, as manifest entries. */
export function cssPropertiesIn(text) {
  const out = [];
  for (const m of text.matchAll(/@cssproperty\s+\[(--[\w-]+)=([^\]]*)\]\s*-\s*(.+)/g)) {
    out.push({ description: m[3].trim(), name: m[1], default: m[2].trim() });
  }
  return out;
}

/** Every `--taiwa-*` token that a `var()` in `sources` (file → text) reads. */
export function tokensRead(sources) {
  const read = new Map();
  for (const [file, text] of Object.entries(sources)) {
    for (const m of text.matchAll(/var\(\s*(--taiwa-[\w-]+)/g)) {
      if (!read.has(m[1])) read.set(m[1], file);
    }
  }
  return read;
}

/** Every CSS property any declaration of `manifest` documents. */
export function tokensDocumented(manifest) {
  const names = new Set();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) for (const p of decl.cssProperties ?? []) names.add(p.name);
  }
  return names;
}

/** The tokens read in `sources` that `manifest` does not document, with the first file reading each. */
export function missingTokens(sources, manifest) {
  const documented = tokensDocumented(manifest);
  return [...tokensRead(sources)].filter(([name]) => !documented.has(name)).map(([name, file]) => ({ name, file }));
}

/** The TypeScript sources under `dir`, file → text. */
export function readSources(dir = 'src') {
  const sources = {};
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    if (f.endsWith('.ts')) sources[join(dir, f)] = readFileSync(join(dir, f), 'utf8');
  }
  return sources;
}
