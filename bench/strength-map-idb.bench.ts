/**
 * The strength map over the IndexedDB adapter with 100,000 feedback records: an admin's
 * organisation-wide `<taiwa-strength-map>` (it reads every record), timed from connecting the
 * provider and the map to the map's rendered table, as the median and spread of RUNS runs (each a
 * fresh element, so each reads the database again: in a Worker, through the insights seam).
 * Deterministic data: 1,000 managers, 9 members each, 1–3 rated items per record, written straight
 * into the adapter's stores (the records and their strengths projection, as the adapter keeps
 * them) in one transaction before the timing starts. Target: ≤ 1 s.
 */
import '../src/elements/provider/define.js';
import '../src/elements/strength-map/define.js';
import { createIndexedDbAdapter } from '../src/adapters/indexeddb.js';
import type { Feedback } from '../src/model/schemas.js';
import { seeded } from '../src/insights/random.js';
import { CHECKED_WITH } from '../src/model/checked.js';
import { blocksOf, packed, PROJECTION, type Packed } from '../src/adapters/indexeddb-projection.js';

const RECORDS = 100_000;
const MANAGERS = 1_000;
const RUNS = 10;
const TARGET_MS = 1000;
const TOPICS = ['work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy'];
const RESPONSES = ['advice', 'think-together', 'listen', 'opinion', 'report'];

function record(i: number, random: () => number): Feedback {
  const m = i % MANAGERS;
  const at = new Date(Date.UTC(2024, 0, 1) + i * 600_000).toISOString();
  const n = 1 + Math.floor(random() * 3);
  return {
    id: `f${String(i).padStart(7, '0')}`,
    createdAt: at,
    updatedAt: at,
    sessionId: `s${i}`,
    memberId: `p${m * 9 + (i % 9)}`,
    managerId: `mgr${m}`,
    by: 'member',
    scale: { min: 1, max: 5 },
    overall: 3,
    items: Array.from({ length: n }, () => ({
      topicId: TOPICS[Math.floor(random() * TOPICS.length)]!,
      responseId: RESPONSES[Math.floor(random() * RESPONSES.length)]!,
      rating: 1 + Math.floor(random() * 5),
    })),
  };
}

/**
 * Writes the records as the adapter keeps what it validated on write (its envelope, stamped
 * `CHECKED_WITH`, and the strengths projection), in one transaction. `?unchecked` in the page's URL
 * leaves the stamp out (stubs in the projection), so every record goes through the narrow schema
 * (records from before the stamp, as the upgrade keeps them).
 */
async function seed(name: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const tx = db.transaction(['records', PROJECTION], 'readwrite');
  const store = tx.objectStore('records');
  const random = seeded(20250601);
  const entries: Packed[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const value = record(i, random);
    const personKeys = [`feedback|${value.memberId}`, `feedback|${value.managerId}`];
    const stamp = unchecked ? {} : { checked: CHECKED_WITH };
    store.put({ kind: 'feedback', id: value.id, value, sessionId: value.sessionId, personKeys, createdAt: value.createdAt, ...stamp });
    entries.push(packed(value.id, value, !unchecked));
  }
  // Its strengths projection, as the adapter's writes (and its upgrade) keep it; ids are in order.
  const projection = tx.objectStore(PROJECTION);
  for (const [key, text] of blocksOf(entries)) projection.put(text, key);
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onabort = () => fail(tx.error);
  });
  db.close();
}

/** Resolves once the element's shadow root holds its table with every row. */
function tableOf(el: HTMLElement): Promise<void> {
  const done = () => (el.shadowRoot?.querySelectorAll('table tbody tr').length ?? 0) >= TOPICS.length;
  return new Promise((resolve) => {
    if (done()) return resolve();
    const watch = new MutationObserver(() => {
      if (!done()) return;
      watch.disconnect();
      resolve();
    });
    const start = () => watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    if (el.shadowRoot) start();
    else queueMicrotask(start);
  });
}

const round = (x: number) => Math.round(x * 10) / 10;
const unchecked = new URLSearchParams(location.search).has('unchecked');

export default async function bench() {
  const adapter = createIndexedDbAdapter({ dbName: `bench-strengths-${Date.now()}`, viewerId: 'hr' });
  await adapter.query('session', {}); // creates the database with its indexes
  const t0 = performance.now();
  await seed(adapter.name);
  const seedMs = round(performance.now() - t0);

  const times: number[] = [];
  let cells = 0;
  for (let run = 0; run < RUNS; run++) {
    const provider = document.createElement('taiwa-provider') as HTMLElement & { adapter: unknown; viewer: unknown };
    provider.setAttribute('lang', 'en');
    provider.adapter = adapter;
    provider.viewer = { id: 'hr', role: 'admin' };
    const map = document.createElement('taiwa-strength-map');
    provider.append(map);
    const start = performance.now();
    document.body.append(provider);
    await tableOf(map);
    times.push(performance.now() - start);
    cells = map.shadowRoot!.querySelectorAll('table tbody td').length;
    provider.remove();
  }
  adapter.close();
  await adapter.destroy();
  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = round((sorted[4]! + sorted[5]!) / 2);
  return {
    records: RECORDS,
    stamped: !unchecked,
    seedMs,
    runs: RUNS,
    medianMs,
    minMs: round(sorted[0]!),
    maxMs: round(sorted[RUNS - 1]!),
    timesMs: times.map(round),
    cells,
    targetMs: TARGET_MS,
    pass: medianMs <= TARGET_MS,
  };
}
