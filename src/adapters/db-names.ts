/**
 * The one place that names the on-device databases, `<prefix>--<viewer id>`: each store builds its
 * name here, and log-out deletes by the same names. Free of idb and zod, so the outbox can use it.
 */

const named = (dbName: string, viewerId: string) => `${dbName}--${encodeURIComponent(viewerId)}`;

/** The `createIndexedDbAdapter` database of a viewer (default prefix `taiwa`). */
export function databaseName(dbName: string, viewerId: string): string {
  return named(dbName, viewerId);
}

/** The draft store's database of a viewer (default prefix `taiwa-drafts`). */
export function draftsDatabaseName(dbName: string, viewerId: string): string {
  return named(dbName, viewerId);
}

/** The outbox's database of a viewer (default prefix `taiwa-outbox`). */
export function outboxDatabaseName(dbName: string, viewerId: string): string {
  return named(dbName, viewerId);
}
