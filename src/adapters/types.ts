/** The adapter seam's types live in the model (`src/model/adapter.ts`); here: helpers for adapters. */
export type { DraftStore, GuardedAdapter, QueryResult, RecordKind, RecordMap, RecordQuery, TaiwaAdapter, TaiwaRecord, WriteOptions, WriteResult } from '../model/adapter.js';

export { matches } from './matches.js';
export { nextRevision } from './revision.js';
