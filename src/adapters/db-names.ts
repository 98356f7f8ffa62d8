/** `databaseName` is in indexeddb-current.ts, with the read path every on-device store shares. */
export { databaseName } from './indexeddb-current.js';
