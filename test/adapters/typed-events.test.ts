import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import { OutboxStatusEvent } from '../../src/events/outbox-status.js';
import { OutboxFlushEvent } from '../../src/events/outbox-flush.js';
import { TaiwaAuthRequiredEvent } from '../../src/events/auth-required.js';
import { TaiwaResumedEvent } from '../../src/events/auth-resumed.js';
import { pulse } from './outbox-server.js';

describe('typed outbox and REST events', () => {
  it('the outbox fires OutboxStatusEvent and OutboxFlushEvent, typed by its event map', async () => {
    const outbox = withOutbox(createMemoryAdapter(), { viewerId: `typed-${crypto.randomUUID()}`, dbName: `typed-${crypto.randomUUID()}` });
    const seen: string[] = [];
    let sent = 0;
    outbox.addEventListener('status', (e) => {
      expect(e).to.be.instanceOf(OutboxStatusEvent);
      sent = e.detail.counts.sent;
      // @ts-expect-error the detail is an OutboxStatus, with no such field
      void e.detail.nothing;
    });
    outbox.addEventListener('flush-start', (e) => seen.push(e.detail.phase));
    // `drained()` resolves on the status that says nothing is pending, which comes before the
    // flush's own end event: wait for that event itself rather than for the clock.
    const ended = new Promise<void>((resolve) =>
      outbox.addEventListener('flush-end', (e) => {
        expect(e).to.be.instanceOf(OutboxFlushEvent);
        seen.push(e.detail.phase);
        resolve();
      }),
    );
    await outbox.put('pulse', pulse(1));
    const done = await outbox.drained();
    await ended;
    expect(done.counts.pending).to.equal(0);
    expect(sent).to.equal(1);
    expect(seen).to.include('start').and.include('end');
    outbox.close();
  });

  it('the REST adapter fires TaiwaAuthRequiredEvent on a 401 and TaiwaResumedEvent on resume()', async () => {
    const body = btoa(JSON.stringify({ title: 'Unauthorized', status: 401 })).replace(/=+$/, '');
    const rest = createRestAdapter({ baseUrl: `/__echo/${crypto.randomUUID()}/401/${body}/taiwa` });
    const events: Event[] = [];
    rest.addEventListener('auth-required', (e) => {
      expect(e.detail.status).to.equal(401);
      events.push(e);
    });
    rest.addEventListener('resumed', (e) => events.push(e));
    const err = await rest.put('pulse', pulse(2)).catch((e: unknown) => e);
    expect((err as { code?: string }).code).to.equal('auth');
    expect(rest.paused).to.equal(true);
    rest.resume();
    expect(events.map((e) => e.constructor)).to.deep.equal([TaiwaAuthRequiredEvent, TaiwaResumedEvent]);
  });
});
