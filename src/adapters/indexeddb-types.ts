/** The IndexedDB adapter's options and interface (the adapter itself: indexeddb.ts). */
import type { Person } from '../model/schemas.js';
import type { RecordKind, RecordMap } from '../model/records.js';
import type { TaiwaAdapter, WriteOptions, WriteResult } from './types.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import type { CheckedReader } from '../model/records.js';

export interface IndexedDbAdapterOptions {
  /** Prefix of the database name; the viewer's id is appended, so each viewer has a database. */
  dbName?: string;
  /** Whose records these are. Two viewers on one browser never share a database. */
  viewerId: string;
  /**
   * From how many records an aggregate is read and computed in a Worker, off the main thread
   * (default 5,000; `0`: always; `Infinity`: never). Without Workers, always on the main thread.
   */
  workerThreshold?: number;
}

export interface IndexedDbAdapter extends TaiwaAdapter, CheckedReader {
  readonly local: true;
  /** The database name in use, `<dbName>--<viewerId>`. */
  readonly name: string;
  close(): void;
  /** Aggregates (strengths) read through the database's keys and indexes, in a Worker when large. */
  aggregate<I extends InsightKind>(insight: I, query?: InsightQueries[I]): Promise<InsightResults[I]>;
  /** Deletes this viewer's database (for log-out). */
  destroy(): Promise<void>;
  /** Replaces the people kept here (the host's, in the browser-only mode): what `people()` answers. Validated. */
  setPeople(people: readonly Person[]): Promise<void>;
  people(): Promise<Person[]>;
  put<K extends RecordKind>(kind: K, record: RecordMap[K], options?: WriteOptions): Promise<WriteResult>;
  revisionOf(kind: RecordKind, id: string): string | undefined;
}

/**
 * What the adapter's read half (indexeddb.ts) shares with the halves it loads when first needed:
 * the writes and the full open (indexeddb-write.ts) and the aggregates (indexeddb-aggregate.ts).
 */
export interface IndexedDbHandle {
  readonly name: string;
  readonly options: IndexedDbAdapterOptions;
  /** The revisions this page last read or wrote, by `kind|id` (see `revisionOf`). */
  readonly seen: Map<string, string>;
  /** The open database; settles early with the blocked error while another tab holds the upgrade. */
  db(): Promise<IDBDatabase>;
  /** The open under way, if any. */
  opening(): Promise<IDBDatabase> | undefined;
  /** Another tab blocks the upgrade: every operation waiting on it gets `error` until it runs. */
  block(error: Error): void;
  /** The database went away (terminated, closed): the next operation opens it again. */
  forget(): void;
  close(): void;
  /**
   * What the halves need of the read path, handed to them with the handle so they import nothing
   * from indexeddb-current.ts or records.ts, which then live in the page's own chunk rather than in
   * chunks of their own beside it (a request each): the schema version this code writes
   * (`DB_VERSION`), the people's key range, the schemas' stamp (`CHECKED_WITH`) and `peopleOf`.
   */
  readonly version: number;
  peopleRange(): IDBKeyRange;
  readonly checked: number;
  peopleOf(record: unknown): string[];
}
