import { createIndexedDbAdapter } from '../../../src/adapters/indexeddb.js';
import { DB, agenda, feedback, levels, session } from '../data.js';

declare global {
  interface Window {
    __seeded?: boolean;
  }
}

for (const viewerId of ['m1', 'boss']) {
  const db = createIndexedDbAdapter({ dbName: DB, viewerId });
  await db.put('session', session);
  await db.put('agenda', agenda);
  for (const l of levels) await db.put('level', l);
  for (const f of feedback) await db.put('feedback', f);
  db.close();
}
window.__seeded = true;
