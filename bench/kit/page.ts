// The Taiwa fixture pages: elements inside a provider over the IndexedDB adapter, as a host page
// would mount them; `__content` is set once their stored content is on screen.
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { DB } from './entry.js';
import { element, whenReady, type Spec } from './ready.js';

export const lang = new URLSearchParams(location.search).get('lang') === 'ja' ? 'ja' : 'en';
document.documentElement.lang = lang;

/** Mounts `specs` inside one provider for `viewer`. */
export function show(viewer: { id: string; role: 'member' | 'manager' }, specs: Spec[]): void {
  const provider = document.createElement('taiwa-provider') as HTMLElement & { adapter?: unknown; viewer?: unknown };
  provider.setAttribute('lang', lang);
  provider.adapter = createIndexedDbAdapter({ dbName: DB, viewerId: viewer.id });
  provider.viewer = viewer;
  const els = specs.map(element);
  provider.append(...els);
  document.body.append(provider);
  whenReady(els.map((el, i) => [el, specs[i]!.ready]));
}
