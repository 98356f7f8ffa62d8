/**
 * What the provider's default draft store loads at its first use where no element brought the store
 * along (drafts-offered.ts): the IndexedDB store and the write-ahead wrapper, one module. An entry
 * of its own, not drafts.ts: on a page whose element imports drafts.ts anyway (the agenda, the
 * rater), the chunk the two share then holds what both use, not the memory store as well.
 */
export { createDraftStore } from './drafts.js';
export { withWriteAhead } from '../core/write-ahead.js';
