/**
 * The provider's default draft store, when an element that shows drafts with its content has
 * brought its code along: the provider (src/elements/provider/provider.ts) then makes the store at
 * once, with its write-ahead copy, instead of loading drafts.ts on demand, which would be one more
 * request level before the agenda's content. The first factory given is kept; without one the
 * provider gives a store that loads its code at its first use (drafts-offered.ts).
 */
import { withWriteAhead } from '../core/write-ahead.js';
import { offer, type DraftStoreFactory } from './drafts-offered.js';

export type { DraftStoreFactory } from './drafts-offered.js';

/** Called by an element module that imports the draft store anyway (the agenda, the rater). */
export function offerDraftStore(factory: DraftStoreFactory): void {
  offer(factory, withWriteAhead);
}
