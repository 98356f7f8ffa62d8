import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { createIndexedDbAdapter, DB_VERSION } from '../../src/adapters/indexeddb.js';
import { databaseName } from '../../src/adapters/db-names.js';
import {
  decodeBlock,
  feedbackRange,
  packed,
  PROJECTION,
  readProjection,
  SPLIT,
  type Packed,
} from '../../src/adapters/indexeddb-projection.js';
import { atLeast } from '../../src/adapters/indexeddb-strengths.js';
import { computeStrengths } from '../../src/insights/strengths.js';
import { CHECKED_WITH } from '../../src/model/checked.js';
import type { Feedback } from '../../src/model/schemas.js';

const TOPICS = ['work', 'career', 'wellbeing'];
const RESPONSES = ['advice', 'listen'];

/** Seeded feedback from four managers; some shared by name, some by managers (left out of maps). */
function generate(count: number, seed = 3, prefix = 'f'): Feedback[] {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
    const f: Feedback = {
      id: `${prefix}${String(Math.floor(random() * 1e9)).padStart(9, '0')}-${i}`,
      createdAt: at,
      updatedAt: at,
      sessionId: `s${i}`,
      memberId: `u${i % 7}`,
      managerId: `m${i % 4}`,
      by: i % 13 === 0 ? 'manager' : 'member',
      scale: i % 5 === 0 ? { min: 0, max: 10 } : { min: 1, max: 5 },
      overall: 3,
      items: Array.from({ length: 1 + (i % 3) }, () => ({
        topicId: TOPICS[Math.floor(random() * TOPICS.length)]!,
        responseId: RESPONSES[Math.floor(random() * RESPONSES.length)]!,
        rating: 1 + Math.floor(random() * 5),
      })),
    };
    if (i % 6 === 0) f.sharedWithManager = i % 12 === 0;
    return f;
  });
}

const unique = () => `projection-${crypto.randomUUID()}`;

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

/**
 * The projection as stored, checked against `records`: block keys ascending, each block sorted and
 * within its key range, and one entry per feedback record equal to what that record packs to.
 */
async function expectInStep(name: string): Promise<{ blocks: number; entries: Packed[] }> {
  const db = await openDB(name);
  const tx = db.transaction(['records', PROJECTION]);
  const [keys, texts, envelopes] = await Promise.all([
    tx.objectStore(PROJECTION).getAllKeys(),
    tx.objectStore(PROJECTION).getAll(),
    tx.objectStore('records').getAll(feedbackRange()),
  ]);
  db.close();
  const entries: Packed[] = [];
  texts.forEach((text: string, b) => {
    const list = decodeBlock(text);
    if (list.length > 1) expect(text.length, 'cut in two when it grew past SPLIT').to.be.at.most(SPLIT);
    const next = keys[b + 1] as string | undefined;
    for (const p of list) {
      expect((p[0] as string) >= (keys[b] as string), 'within its block').to.equal(true);
      if (next !== undefined) expect((p[0] as string) < next, 'before the next block').to.equal(true);
    }
    entries.push(...list);
  });
  const expected = (envelopes as { id: string; value: unknown; checked?: number }[]).map((e) =>
    packed(e.id, e.value, e.checked === CHECKED_WITH),
  );
  expect(entries).to.deep.equal(expected);
  return { blocks: keys.length, entries };
}

describe('IndexedDB: the strengths projection (strength-items)', () => {
  it('upgrades a version-2 database holding feedback: derives the projection, same map, bad records still counted', async () => {
    const dbName = unique();
    const name = databaseName(dbName, 'hr');
    const feedback = generate(300);
    const v2 = await openDB(name, 2, {
      upgrade: (d) => {
        const store = d.createObjectStore('records', { keyPath: ['kind', 'id'] });
        store.createIndex('by-session', ['kind', 'sessionId']);
        store.createIndex('by-person', 'personKeys', { multiEntry: true });
      },
    });
    const tx = v2.transaction('records', 'readwrite');
    const envelopeOf = (f: Feedback, checked: boolean) => ({
      kind: 'feedback',
      id: f.id,
      value: f,
      sessionId: f.sessionId,
      personKeys: [`feedback|${f.memberId}`, `feedback|${f.managerId}`],
      createdAt: f.createdAt,
      ...(checked ? { checked: CHECKED_WITH } : {}),
    });
    // Most were stamped when written; some came from before the stamp; one of those is broken.
    feedback.forEach((f, i) => void tx.store.put(envelopeOf(f, i % 10 !== 0)));
    const broken = { ...generate(1, 9, 'x')[0]!, scale: { min: 1, max: 99 } };
    void tx.store.put(envelopeOf(broken, false));
    void tx.store.put({ kind: 'session', id: 's1', value: { id: 's1' } });
    await tx.done;
    v2.close();

    const adapter = createIndexedDbAdapter({ dbName, viewerId: 'hr', workerThreshold: Infinity });
    const here = await adapter.aggregate('strengths', { managerId: 'm1', k: 3 });
    const { invalid, ...map } = here;
    // In the order the read takes them: the stamped records by id, then the others by id.
    const byId = (a: Feedback, b: Feedback) => (a.id < b.id ? -1 : 1);
    const order = [...feedback.filter((_, i) => i % 10 !== 0).sort(byId), ...feedback.filter((_, i) => i % 10 === 0).sort(byId)];
    expect(map).to.deep.equal(computeStrengths(order, { managerId: 'm1', k: 3 }));
    expect(invalid).to.equal(1);
    const { blocks, entries } = await expectInStep(name);
    expect(entries).to.have.length(301);
    expect(
      entries.filter((p) => p.length === 1),
      'the unstamped ones as stubs',
    ).to.have.length(31);
    expect(blocks).to.be.greaterThan(1);
    const raw = await rawOpen(name);
    expect(raw.version).to.equal(DB_VERSION);
    const projected = await readProjection(raw);
    raw.close();
    expect(projected?.records).to.have.length(270);
    expect(projected?.unchecked).to.have.length(31);
    // The same answer from the Worker.
    const worker = createIndexedDbAdapter({ dbName, viewerId: 'hr', workerThreshold: 0 });
    expect(await worker.aggregate('strengths', { managerId: 'm1', k: 3 })).to.deep.equal(here);
    worker.close();
    await adapter.destroy();
  });

  it('keeps in step with every write: new records split blocks, updates replace their entry, the map follows', async () => {
    const dbName = unique();
    const adapter = createIndexedDbAdapter({ dbName, viewerId: 'hr', workerThreshold: Infinity });
    const feedback = generate(420, 5);
    for (const f of feedback) await adapter.put('feedback', f);
    const first = await expectInStep(adapter.name);
    expect(first.blocks, 'split as it grew').to.be.greaterThan(1);
    const sorted = [...feedback].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await adapter.aggregate('strengths', { k: 2, twoMembers: true })).to.deep.equal(
      computeStrengths(sorted, { k: 2, twoMembers: true }),
    );

    // Updates: other ratings, another manager, shared by name, more items; and one more record.
    const changed = feedback.map((f, i) => {
      if (i % 4 !== 0) return f;
      const items = f.items.map((item) => ({ ...item, rating: 6 - item.rating }));
      return {
        ...f,
        managerId: i % 8 === 0 ? 'm9' : f.managerId,
        items: i % 3 === 0 ? [...items, ...items] : items,
        sharedWithManager: i % 20 === 0,
      };
    });
    for (const f of changed.filter((_, i) => i % 4 === 0)) await adapter.put('feedback', f);
    const extra = generate(1, 11, 'a')[0]!;
    await adapter.put('feedback', extra);
    await expectInStep(adapter.name);
    const now = [...changed, extra].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const query of [{ k: 2 }, { managerId: 'm9', k: 2 }, { managerId: 'm1', k: 3, sharedByDefault: true }]) {
      expect(await adapter.aggregate('strengths', query)).to.deep.equal(computeStrengths(now, query));
    }
    await adapter.destroy();
  });

  it('a record written around the adapter: the read sees the counts differ and reads the records instead', async () => {
    const adapter = createIndexedDbAdapter({ dbName: unique(), viewerId: 'hr', workerThreshold: Infinity });
    const feedback = generate(40, 7);
    for (const f of feedback) await adapter.put('feedback', f);
    const around = generate(1, 13, 'z')[0]!;
    const raw = await rawOpen(adapter.name);
    await new Promise((ok) => {
      const tx = raw.transaction('records', 'readwrite');
      tx.objectStore('records').put({ kind: 'feedback', id: around.id, value: around, personKeys: [], checked: CHECKED_WITH });
      tx.oncomplete = ok;
    });
    expect(await readProjection(raw)).to.equal(undefined);
    raw.close();
    const all = [...feedback, around].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await adapter.aggregate('strengths', { k: 2 })).to.deep.equal(computeStrengths(all, { k: 2 }));
    await adapter.destroy();
  });

  it('atLeast: whether a query reads n records or more, without counting them all', async () => {
    const adapter = createIndexedDbAdapter({ dbName: unique(), viewerId: 'hr', workerThreshold: Infinity });
    const feedback = generate(9, 17);
    for (const f of feedback) await adapter.put('feedback', f);
    const raw = await rawOpen(adapter.name);
    const m1 = feedback.filter((f) => f.managerId === 'm1').length;
    expect([await atLeast(raw, {}, 9), await atLeast(raw, {}, 10), await atLeast(raw, {}, 1), await atLeast(raw, {}, 0)]).to.deep.equal([
      true,
      false,
      true,
      true,
    ]);
    const own = (n: number) => atLeast(raw, { managerId: 'm1', own: true }, n);
    expect([await own(m1), await own(m1 + 1)]).to.deep.equal([true, false]);
    expect(await atLeast(raw, { managerId: 'nobody', own: true }, 1)).to.equal(false);
    raw.close();
    await adapter.destroy();
  });
});
