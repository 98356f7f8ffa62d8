// @custom-elements-manifest/analyzer: reads the JSDoc on each element class.
import { readFileSync } from 'node:fs';
import { cssPropertiesIn } from './scripts/tokens.mjs';

/** The theme tokens, documented once in src/core/styles.ts. */
const themeTokens = cssPropertiesIn(readFileSync('src/core/styles.ts', 'utf8'));
const themeNames = new Set(themeTokens.map((t) => t.name));

/** The inner controls' parts the agenda re-exports (see `exported(...)` in agenda.styles.ts). */
function agendaExportedParts() {
  const text = readFileSync('src/elements/agenda/agenda.styles.ts', 'utf8');
  const inner = { topic: 'topic picker', response: 'response selector', hint: 'hint panels' };
  const parts = [];
  for (const m of text.matchAll(/exported\('(\w+)', \[([^\]]*)\]\)/g)) {
    for (const part of m[2].match(/'[\w-]+'/g) ?? []) {
      const p = part.slice(1, -1);
      const name = p === m[1] ? p : `${m[1]}-${p}`;
      parts.push({ description: `The \`${p}\` part of the inner ${inner[m[1]] ?? m[1]}.`, name });
    }
  }
  return parts;
}

export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts', 'src/core/form-associated.ts', 'src/core/hr-view.ts', 'src/core/part-element.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/*.views.ts', 'src/elements/**/define.ts'],
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it (the check writes elsewhere).
  packagejson: false,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new X('...'))`, and takes the first
      // argument of our typed event classes (a record kind) for an event name. The JSDoc @event list
      // is the contract: keep only the events it documents.
      name: 'taiwa-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        // The file walk follows the file system's order, which differs between checkouts: sort, so
        // the committed manifest is the same wherever it is generated.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.description);
            // The shared bases are classes to extend, not elements with a tag.
            if (decl.customElement && !decl.tagName) delete decl.customElement;
          }
        }
      },
    },
    {
      // Theme tokens once, on the base every element extends (this phase runs after inheritance, so
      // they are not copied into each element); an element lists only its own knobs.
      name: 'taiwa-theme-tokens',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.cssProperties) {
              decl.cssProperties = decl.cssProperties.filter((p) => !themeNames.has(p.name));
              if (decl.cssProperties.length === 0) delete decl.cssProperties;
            }
            if (decl.name === 'TaiwaElement' && mod.path === 'src/core/base-element.ts') decl.cssProperties = themeTokens;
            if (decl.tagName === 'taiwa-agenda') decl.cssParts = [...(decl.cssParts ?? []), ...agendaExportedParts()];
          }
        }
      },
    },
  ],
};
