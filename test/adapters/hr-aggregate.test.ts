import { expect } from '@open-wc/testing';
import { createIndexedDbAdapter } from '../../src/adapters/indexeddb.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { guard } from '../../src/core/guard.js';
import type { TaiwaAdapter } from '../../src/model/adapter.js';
import { generateOrg } from '../helpers/hr-org.js';

const org = generateOrg({ departments: [[9, 8, 7]], seed: 11 });
const stamp = '2025-01-01T00:00:00Z';

async function fill(adapter: TaiwaAdapter) {
  let i = 0;
  const put = (kind: 'series' | 'session' | 'feedback' | 'pulse', body: object) =>
    adapter.put(kind, { id: `${kind}-${i++}`, createdAt: stamp, updatedAt: stamp, ...body } as never);
  for (const s of org.series!) await put('series', { ...s, timeZone: 'Asia/Tokyo' });
  for (const s of org.sessions!) await put('session', s);
  for (const f of org.feedback!) await put('feedback', { ...f, sessionId: 's', createdAt: f.createdAt, updatedAt: f.createdAt });
  for (const p of org.pulse!) await put('pulse', p);
}

const Q = { period: 'quarter' as const, from: '2025-Q1', to: '2025-Q2', asOf: '2025-06-30', resamples: 100 };

describe('HR aggregates in the adapters', () => {
  it('IndexedDB in a Worker, IndexedDB on the page and the memory adapter give the same answers, validated by the guard', async () => {
    const name = `hr-agg-${Date.now()}`;
    const inWorker = createIndexedDbAdapter({ dbName: name, viewerId: 'hr', workerThreshold: 0 });
    await fill(inWorker);
    const onPage = createIndexedDbAdapter({ dbName: name, viewerId: 'hr', workerThreshold: Infinity });
    const memory = createMemoryAdapter();
    await fill(memory);
    for (const insight of ['cadence', 'drivers', 'effect', 'pulse'] as const) {
      const a = await guard(inWorker).aggregate(insight, Q);
      const b = await guard(onPage).aggregate(insight, Q);
      const c = await guard(memory).aggregate(insight, Q);
      expect(a.errors, insight).to.deep.equal([]);
      expect(a.result, insight).to.deep.equal(b.result);
      expect(c.result, insight).to.deep.equal(b.result);
    }
    const pulse = (await guard(memory).aggregate('pulse', Q)).result;
    expect(pulse.periods.map((p) => p.respondents)).to.deep.equal([24, 24]);
    await inWorker.destroy();
    onPage.close();
  });

  it('a bad query is refused with an error, not an uncaught exception', async () => {
    const memory = createMemoryAdapter();
    let error: unknown;
    try {
      await guard(memory).aggregate('cadence', { period: 'quarter', from: '2025-Q3', to: '2025-Q1' });
    } catch (err) {
      error = err;
    }
    expect((error as Error).message).to.contain('ends before it starts');
  });
});
