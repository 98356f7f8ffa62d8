import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createRestAdapter, TaiwaHttpError } from '../../src/adapters/rest.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import { guard } from '../../src/core/guard.js';
import { computeStrengths } from '../../src/insights/strengths.js';
import { TaiwaDataError } from '../../src/model/errors.js';
import type { TaiwaAdapter } from '../../src/model/adapter.js';
import type { Feedback } from '../../src/model/schemas.js';

const TOPICS = ['work', 'career', 'wellbeing'];
const RESPONSES = ['advice', 'listen'];

/** Seeded feedback from three managers (known answer: computeStrengths over the same records). */
function generate(count: number, seed = 1): Feedback[] {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
    const managerId = `m${i % 3}`;
    return {
      id: `f${String(i).padStart(6, '0')}`,
      createdAt: at,
      updatedAt: at,
      sessionId: `s${i}`,
      memberId: `u${i % 7}`,
      managerId,
      by: i % 11 === 0 ? 'manager' : 'member',
      scale: { min: 1, max: 5 },
      overall: 3,
      items: Array.from({ length: 1 + (i % 2) }, () => ({
        topicId: TOPICS[Math.floor(random() * TOPICS.length)]!,
        responseId: RESPONSES[Math.floor(random() * RESPONSES.length)]!,
        rating: 1 + Math.floor(random() * 5),
      })),
    } satisfies Feedback;
  });
}

const bad = [
  { ...generate(1)[0]!, id: 'bad-scale', scale: { min: 1, max: 99 } },
  { ...generate(1)[0]!, id: 'bad-items', items: 'none' },
] as unknown as Feedback[];

const dbName = () => `aggregate-${crypto.randomUUID()}`;

async function stored(feedback: readonly Feedback[], workerThreshold?: number) {
  const adapter = createIndexedDbAdapter({ dbName: dbName(), viewerId: 'hr', ...(workerThreshold === undefined ? {} : { workerThreshold }) });
  // Bad records reach the store the way old or foreign data does: around the adapter's validation.
  const ok = feedback.filter((f) => !bad.includes(f));
  for (const f of ok) await adapter.put('feedback', f);
  return adapter;
}

/** Counts the Workers the page starts while `fn` runs (or removes `Worker` when `absent`). */
async function watchingWorkers<T>(fn: () => Promise<T>, absent = false): Promise<{ value: T; started: number }> {
  const original = globalThis.Worker;
  let started = 0;
  const Counting = class extends original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started++;
    }
  };
  (globalThis as { Worker: unknown }).Worker = absent ? undefined : Counting;
  try {
    return { value: await fn(), started };
  } finally {
    globalThis.Worker = original;
  }
}

describe('aggregate: the insights seam', () => {
  const feedback = generate(400);

  it('memory adapter: answers the strengths map itself, equal to computing from the records', async () => {
    const adapter = createMemoryAdapter({ feedback: [...feedback, ...bad] });
    const { result, errors } = await guard(adapter).aggregate('strengths', { managerId: 'm1', k: 3, prior: 5 });
    const { invalid, ...map } = result;
    expect(map).to.deep.equal(computeStrengths(feedback, { managerId: 'm1', k: 3, prior: 5 }));
    expect(map.cells.some((c) => c.vsOrg !== undefined), 'compared with the organisation').to.equal(true);
    // Every bad record counted, one error for them all.
    expect(invalid).to.equal(2);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.be.instanceOf(TaiwaDataError);
    expect(errors[0]!.message).to.contain('feedback').and.contain('2 records');
  });

  it('own: a manager’s map from their own records only, with no organisation figures', async () => {
    const adapter = createMemoryAdapter({ feedback });
    const { result } = await guard(adapter).aggregate('strengths', { managerId: 'm1', own: true });
    expect(result).to.deep.equal(computeStrengths(feedback.filter((f) => f.managerId === 'm1'), { managerId: 'm1' }));
    expect(result.cells.every((c) => c.vsOrg === undefined && c.orgMean === undefined)).to.equal(true);
    expect(result.overall.orgMean).to.equal(undefined);
  });

  it('IndexedDB on the main thread: streams the records through the narrow schema and counts the bad ones', async () => {
    const adapter = await stored(feedback, Infinity);
    const raw = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(adapter.name);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = raw.transaction('records', 'readwrite');
    for (const b of bad) tx.objectStore('records').put({ kind: 'feedback', id: (b as { id: string }).id, value: b, personKeys: [] });
    await new Promise((ok) => (tx.oncomplete = ok));
    raw.close();
    const { value, started } = await watchingWorkers(() => guard(adapter).aggregate('strengths', { managerId: 'm2', k: 2 }));
    expect(started).to.equal(0);
    const { invalid, ...map } = value.result;
    expect(map).to.deep.equal(computeStrengths(feedback, { managerId: 'm2', k: 2 }));
    expect(invalid).to.equal(2);
    expect(value.errors).to.have.length(1);
    const own = await guard(adapter).aggregate('strengths', { managerId: 'm2', own: true });
    expect(own.result).to.deep.equal(computeStrengths(feedback.filter((f) => f.managerId === 'm2'), { managerId: 'm2' }));
    await adapter.destroy();
  });

  it('IndexedDB: reads page after page (more records than one page) and misses none', async () => {
    const many = generate(11_000, 5);
    const adapter = createIndexedDbAdapter({ dbName: dbName(), viewerId: 'hr', workerThreshold: Infinity });
    await adapter.query('session', {});
    const raw = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(adapter.name);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = raw.transaction('records', 'readwrite');
    for (const f of many) {
      const personKeys = [`feedback|${f.memberId}`, `feedback|${f.managerId}`];
      tx.objectStore('records').put({ kind: 'feedback', id: f.id, value: f, sessionId: f.sessionId, personKeys, createdAt: f.createdAt });
    }
    await new Promise((ok) => (tx.oncomplete = ok));
    raw.close();
    expect(await adapter.aggregate('strengths', { managerId: 'm1' })).to.deep.equal(computeStrengths(many, { managerId: 'm1' }));
    await adapter.destroy();
  });

  it('IndexedDB in a Worker when the data are large: the Worker opens the same database', async () => {
    const adapter = await stored(feedback, 100);
    const { value, started } = await watchingWorkers(() => adapter.aggregate('strengths', {}));
    expect(started, 'one Worker for the read').to.equal(1);
    expect(value).to.deep.equal(computeStrengths(feedback));
    // Below the threshold: on this thread.
    const few = await watchingWorkers(() => adapter.aggregate('strengths', { managerId: 'nobody', own: true }));
    expect(few.started).to.equal(0);
    expect(few.value.overall.masked).to.equal(true);
    await adapter.destroy();
  });

  it('IndexedDB without Workers: the same answer on the main thread', async () => {
    const adapter = await stored(feedback, 0);
    const { value, started } = await watchingWorkers(() => adapter.aggregate('strengths', { managerId: 'm0' }), true);
    expect(started).to.equal(0);
    expect(value).to.deep.equal(computeStrengths(feedback, { managerId: 'm0' }));
    await adapter.destroy();
  });

  it('the guard refuses a bad aggregate answer with a TaiwaDataError, and an unknown insight', async () => {
    const liar: TaiwaAdapter = {
      put: async () => undefined,
      query: async () => [],
      aggregate: async () => ({ k: 0, cells: 'many' }) as never,
    };
    const err = await guard(liar).aggregate('strengths', {}).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(TaiwaDataError);
    expect((err as TaiwaDataError).kind).to.equal('insight:strengths');
    const unknown = await guard(liar).aggregate('nonsense' as 'strengths').then(() => undefined, (e: unknown) => e);
    expect(unknown).to.be.instanceOf(TaiwaDataError);
  });

  it('an adapter without aggregate: the guard computes from its validated records, bad ones in one summary', async () => {
    const memory = createMemoryAdapter({ feedback: [...feedback, ...bad] });
    const plain: TaiwaAdapter = { put: (k, r) => memory.put(k, r), query: (k, q) => memory.query(k, q) };
    // The bad records are m0's (their query finds them).
    const { result, errors } = await guard(plain).aggregate('strengths', { managerId: 'm0', own: true, k: 4 });
    expect(result).to.deep.equal(computeStrengths(feedback.filter((f) => f.managerId === 'm0'), { managerId: 'm0', k: 4 }));
    expect(errors.map((e) => e.count)).to.deep.equal([2]);
    expect(errors[0]!.examples.map((e) => e.recordId).sort()).to.deep.equal(['bad-items', 'bad-scale']);
  });

  it('REST: GET {baseUrl}/insights/strengths with the query, validated by the guard; a 400 is a rejected request', async () => {
    const answer = computeStrengths(feedback, { managerId: 'm1', k: 3, prior: 2 });
    const key = crypto.randomUUID();
    const base = (status: number, body: unknown) =>
      `/__echo/${key}/${status}/${btoa(JSON.stringify(body)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}/taiwa`;
    const rest = createRestAdapter({ baseUrl: base(200, answer) });
    const outbox = withOutbox(rest, { viewerId: `agg-${key}`, dbName: dbName() });
    const { result, errors } = await guard(outbox).aggregate('strengths', { managerId: 'm1', k: 3, prior: 2 });
    expect(result).to.deep.equal(answer);
    expect(errors).to.deep.equal([]);
    const seen = (await (await fetch(`/__echo-last/${key}`)).json()) as { method: string; path: string; search: string };
    expect(seen).to.deep.equal({ method: 'GET', path: '/taiwa/insights/strengths', search: '?managerId=m1&k=3&prior=2' });
    outbox.close();

    const wrong = await guard(createRestAdapter({ baseUrl: base(200, { ...answer, k: 'three' }) })).aggregate('strengths').catch((e: unknown) => e);
    expect(wrong).to.be.instanceOf(TaiwaDataError);
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'k must be an integer' };
    const refused = await createRestAdapter({ baseUrl: base(400, problem) }).aggregate('strengths', { k: 0 }).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(TaiwaHttpError);
    expect((refused as TaiwaHttpError).code).to.equal('rejected');
    expect((refused as TaiwaHttpError).problem?.detail).to.equal('k must be an integer');

    // A backend without the endpoint (404): the guard computes from the records it can read.
    const missing = createRestAdapter({ baseUrl: base(404, { title: 'Not Found', status: 404 }) });
    const memory = createMemoryAdapter({ feedback });
    const older: TaiwaAdapter = { put: (k, r) => memory.put(k, r), query: (k, q) => memory.query(k, q), aggregate: (i, q) => missing.aggregate(i, q) };
    expect((await guard(older).aggregate('strengths', { k: 3 })).result).to.deep.equal(computeStrengths(feedback, { k: 3 }));
  });
});
