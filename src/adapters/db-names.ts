/**
 * The one place that names the on-device databases, `<prefix>--<viewer id>`: each store builds its
 * name here (`taiwa` for `createIndexedDbAdapter`, `taiwa-drafts` for the draft store,
 * `taiwa-outbox` for the outbox), and log-out deletes by the same names. Free of idb and zod.
 */
export function databaseName(dbName: string, viewerId: string): string {
  return `${dbName}--${encodeURIComponent(viewerId)}`;
}
