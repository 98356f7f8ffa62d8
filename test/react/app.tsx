// The React host: TypeScript strict, React 19 renders the wrappers from taiwa/react BEFORE
// taiwa/define has loaded, then the tags are defined. scripts/host-pages.mjs bundles it with
// esbuild, serves it from a static server and rates by keyboard in headless Chromium.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { TaiwaProvider, TaiwaSatisfactionRater } from '../../src/react/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import type { TaiwaProvider as TaiwaProviderElement } from '../../src/elements/provider/provider.js';
import type { Feedback } from '../../src/model/schemas.js';

const at = '2026-12-01T10:00:00.000Z';
const adapter = createMemoryAdapter({ session: [{ id: 's1', createdAt: at, updatedAt: at, memberId: 'm1', managerId: 'boss' }] });
const submitted: Feedback[] = [];

function App() {
  return (
    <main>
      <h1>1on1</h1>
      <TaiwaProvider lang="en" adapter={adapter} viewer={{ id: 'm1', role: 'member' }}>
        <TaiwaSatisfactionRater
          sessionId="s1"
          items={[{ id: 'i1', topicId: 'career', responseId: 'listen' }]}
          onTaiwaSubmit={(e) => submitted.push(e.detail.record)}
        />
      </TaiwaProvider>
    </main>
  );
}

flushSync(() => createRoot(document.getElementById('root')!).render(<App />));
const provider = document.querySelector('taiwa-provider') as TaiwaProviderElement;
const before = { defined: customElements.get('taiwa-provider') !== undefined, attribute: provider.getAttribute('adapter') };

const { TaiwaProvider: ProviderClass } = await import('../../src/index.js');
await import('../../src/define.js');
await customElements.whenDefined('taiwa-satisfaction-rater');

declare global {
  interface Window {
    cdnCheck?: Record<string, unknown>;
  }
}
window.cdnCheck = {
  sameProvider: customElements.get('taiwa-provider') === ProviderClass,
  adapter,
  submitted,
  // React rendered first: the tag was not defined, yet the adapter was set as a property, not
  // written as adapter="[object Object]", and the upgraded provider holds the object itself.
  renderedBeforeDefine: !before.defined,
  attributeBefore: before.attribute,
  attributeAfter: provider.getAttribute('adapter'),
  adapterKept: provider.adapter === adapter,
};
