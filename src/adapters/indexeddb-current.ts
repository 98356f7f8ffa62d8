/**
 * The IndexedDB adapter's read path needs no `idb`: a database already at this version opens and
 * reads through the browser's API alone. Creating or upgrading one (and writing) loads `idb`.
 */

/**
 * The schema version this code writes. Version 1 stored `{kind, id, value}` with no indexes; 2 added
 * the indexes; 3 the strengths projection of feedback (`strength-items`, indexeddb-projection.ts).
 * The upgrades: indexeddb-schema.ts.
 */
export const DB_VERSION = 3;

/** People are kept in the `records` store as kind `person` (no index reads them). */
export const peopleRange = () => IDBKeyRange.bound(['person'], ['person', []]);

/** A request's result as a promise. */
export const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));

/**
 * Opens `name` as it is, asking for no version: the database when it is at `version`, else
 * `undefined` (new, older or newer: the full open decides). A new database is not created here:
 * its version change is aborted.
 */
export const openCurrent = (name: string, version: number): Promise<IDBDatabase | undefined> =>
  new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (e) => (e.preventDefault(), resolve(undefined));
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const d = request.result;
      if (d.version === version && d.objectStoreNames.contains('records')) return resolve(d);
      d.close();
      resolve(undefined);
    };
  });

/** The database at `version` for a Worker the adapter started (it opened the database already): never created or upgraded here. */
export async function openAt(name: string, version: number): Promise<IDBDatabase> {
  const d = await openCurrent(name, version);
  if (!d) throw new Error(`${name} could not be opened at version ${version}`);
  return d;
}

/**
 * How the on-device databases are named, `<prefix>--<viewer id>`: `taiwa` for
 * `createIndexedDbAdapter`, `taiwa-outbox` for the outbox and `taiwa-drafts` for the draft store
 * (which keeps its own copy of this line, as it loads after content on most pages: the drafts test
 * checks it gives this name), and log-out deletes by the same names. Here, beside the read path,
 * rather than in a file (one more request) of its own.
 */
export function databaseName(dbName: string, viewerId: string): string {
  return `${dbName}--${encodeURIComponent(viewerId)}`;
}
