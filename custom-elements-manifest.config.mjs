// @custom-elements-manifest/analyzer: reads the JSDoc on each element class.
export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts', 'src/core/form-associated.ts'],
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
  ],
};
