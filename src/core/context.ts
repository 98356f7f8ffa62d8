/**
 * Context keys from `taiwa-provider` to every widget. The keys are global symbols that carry the
 * major version, so two copies of the same major version on one page share them and a future 2.x
 * never hands a 1.x widget data it does not understand.
 */
import { attachRoot, createContext } from './context-protocol.js';
import type { TaiwaAdapter } from '../model/adapter.js';
import type { DraftStore, SharingPolicy } from '../model/adapter.js';
import type { Locale, Person, Viewer } from '../model/schemas.js';

export { ContextConsumer, ContextProvider, type Context } from './context-protocol.js';

export const adapterContext = createContext<TaiwaAdapter | undefined>(Symbol.for('taiwa/1/adapter'));
export const viewerContext = createContext<Viewer | undefined>(Symbol.for('taiwa/1/viewer'));
export const localeContext = createContext<Locale | undefined>(Symbol.for('taiwa/1/locale'));
/** The viewer's on-device draft store (drafts, private memos). */
export const draftsContext = createContext<DraftStore | undefined>(Symbol.for('taiwa/1/drafts'));
/** The host's catalogue override as given (validated where it is used). */
export const catalogContext = createContext<unknown>(Symbol.for('taiwa/1/catalog'));
/** The people the viewer may see: the host's (`<taiwa-provider>.people`), else the adapter's `people()`. */
export const peopleContext = createContext<readonly Person[] | undefined>(Symbol.for('taiwa/1/people'));
/** The provider's sharing policy (browser-only mode; a backend's `adapter.policy()` comes first). */
export const policyContext = createContext<SharingPolicy | undefined>(Symbol.for('taiwa/1/policy'));
/** The item a member works on in `taiwa-agenda`: what a hint panel inside it shows when given no topic. */
export interface ActiveItem {
  topic: string;
  response: string;
}
export const activeItemContext = createContext<ActiveItem | undefined>(Symbol.for('taiwa/1/active-item'));

const ROOT = Symbol.for('taiwa/1/context-root');

/**
 * A provider that upgrades after the widgets (its module loads later) still reaches them: the root
 * keeps their unanswered requests and replays them when a provider appears.
 */
export function attachContextRoot(): void {
  const doc = globalThis.document as (Document & { [ROOT]?: true }) | undefined;
  if (!doc || doc[ROOT]) return;
  doc[ROOT] = true;
  attachRoot(doc.documentElement);
}
