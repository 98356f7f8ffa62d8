/**
 * The demo's people and its move between the two modes (wp-scim): in the browser-only mode the
 * IndexedDB adapter holds the sample people (so widgets name people without `.names`); on the
 * first switch of a member to the server, their local records are imported once
 * (`POST /api/me/import`), private memos staying in this browser.
 */
import type { IndexedDbAdapter } from '../src/adapters/indexeddb.js';
import { createIndexedDbAdapter } from '../src/adapters/indexeddb.js';
import { importLocalRecords } from '../src/adapters/import-local.js';
import type { RestAdapter } from '../src/adapters/rest.js';
import type { Person, Viewer } from '../src/model/schemas.js';
import { PEOPLE } from './data/people.js';

const people: Person[] = PEOPLE.map((p) => ({ id: p.id, displayName: p.name, ...(p.managerId ? { managerId: p.managerId } : {}), active: true }));

/** The browser-only mode: the sample people kept beside the viewer's records. */
export const givePeople = (db: IndexedDbAdapter) => db.setPeople(people);

/** The first time a member who used this browser's storage opens the server: their records, once. */
export async function importOnFirstSignIn(dbName: string, viewer: Viewer, rest: RestAdapter): Promise<void> {
  const flag = `taiwa-demo-imported:${viewer.id}`;
  if (viewer.role !== 'member' || localStorage.getItem(flag)) return;
  const local = createIndexedDbAdapter({ dbName, viewerId: viewer.id });
  try {
    if ((await local.query('session', {})).length === 0) return;
    const moved = await importLocalRecords(local, rest, { memberId: viewer.id });
    localStorage.setItem(flag, new Date().toISOString());
    console.info(`[taiwa demo] imported ${moved.imported} local records (${moved.unchanged} already there).`);
  } catch (err) {
    // Not signed in yet (401), or offline: tried again on the next switch.
    console.info('[taiwa demo] local records not imported yet:', (err as Error).message);
  } finally {
    local.close();
  }
}
