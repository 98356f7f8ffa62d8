/**
 * The provider's default draft store, when an element that shows drafts with its content has
 * brought its code along: the provider (src/elements/provider/provider.ts) then makes the store at
 * once instead of importing src/adapters/drafts.ts on demand, which would be one more request level
 * before the agenda's content. The first factory given is kept; without one the provider imports it.
 */
import type { DraftStore } from './drafts.js';

export type DraftStoreFactory = (options: { viewerId: string }) => DraftStore;

let known: DraftStoreFactory | undefined;

/** Called by an element module that imports the draft store anyway (the agenda). */
export function offerDraftStore(factory: DraftStoreFactory): void {
  known ??= factory;
}

/** The factory an element brought, if any. */
export const offeredDraftStore = (): DraftStoreFactory | undefined => known;
