/** `databaseName` is in indexeddb-current.ts, with the IndexedDB adapter's read path. */
export { databaseName } from './indexeddb-current.js';
