import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { SaveController, deliveryOf } from '../../src/core/save-controller.js';

class Host extends ReactiveElement {}
customElements.define('save-controller-host', Host);

/** A write held until its release is called, so the order of answers is set by hand, not by time. */
function held<T>(value: T) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return { write: async () => (await gate, value), release };
}

describe('SaveController', () => {
  it('runs writes one after another and reports each outcome: saving, saved, failed', async () => {
    const host = document.body.appendChild(new Host());
    const reports: (string | undefined)[] = [];
    const saver = new SaveController(host, (e) => reports.push(e?.message));
    const order: string[] = [];
    const a = held('a');
    const first = saver.save(() => a.write().then((v) => (order.push(v), v)));
    const second = saver.save(async () => (order.push('b'), 'b'));
    expect(saver.state).to.equal('saving');
    a.release();
    expect(await first).to.equal('a');
    expect(await second).to.equal('b');
    expect(order).to.deep.equal(['a', 'b']);
    expect(saver.state).to.equal('saved');
    expect(await saver.save(() => Promise.reject(new Error('disk full')))).to.equal(undefined);
    expect(saver.state).to.equal('failed');
    expect(reports).to.deep.equal([undefined, undefined, 'disk full']);
    saver.edited();
    expect(saver.state).to.equal('failed', 'only a saved answer becomes a draft again');
    host.remove();
  });

  it('after reset(), a write under way still resolves but no longer changes the state or reports', async () => {
    const host = document.body.appendChild(new Host());
    const reports: unknown[] = [];
    const saver = new SaveController(host, (e) => reports.push(e));
    const a = held('old session');
    const pending = saver.save(a.write);
    saver.reset();
    expect(saver.state).to.equal('idle');
    a.release();
    expect(await pending).to.equal('old session');
    expect(saver.state).to.equal('idle');
    expect(reports).to.deep.equal([]);
    host.remove();
  });

  it('follows a queued record until it is sent, updating the host on each status change', async () => {
    const host = document.body.appendChild(new Host());
    // A queueing adapter as the outbox presents itself: stateOf, status() and `status` events.
    let state = 'pending';
    const adapter = Object.assign(new EventTarget(), { stateOf: () => state, status: async () => undefined });
    const saver = new SaveController(host);
    await saver.save(
      async () => 'r1',
      (id) => ({ adapter, kind: 'feedback', id }),
    );
    expect(saver.delivery).to.equal('on-device');
    let updates = 0;
    const request = host.requestUpdate.bind(host);
    host.requestUpdate = (...args: Parameters<typeof request>) => (updates++, request(...args));
    state = 'needs-attention';
    adapter.dispatchEvent(new Event('status'));
    expect(saver.delivery).to.equal('needs-attention');
    state = 'sent';
    adapter.dispatchEvent(new Event('status'));
    expect(saver.delivery).to.equal('sent');
    adapter.dispatchEvent(new Event('status'));
    expect(updates).to.equal(2, 'it stops listening once the record is sent');
    expect(deliveryOf({}, 'feedback', 'r1')).to.equal('sent', 'an adapter that does not queue delivers on put');
    host.remove();
  });
});
