/**
 * Several tabs and closing tabs, with same-origin iframes as tabs (test/adapters/outbox-frame.html):
 * an iframe reloaded or removed mid-flush is a tab that closes. Prints `[figures]` lines.
 */
import { expect } from '@open-wc/testing';
import { pulse, seeded, TestTenant } from './outbox-server.js';

interface FrameMessage {
  frame: string;
  type: 'ready' | 'saved' | 'all-saved' | 'drained' | 'lock';
  id?: string;
  from?: number;
  to?: number;
  counts?: { pending: number; sending: number; sent: number; needsAttention: number };
}

const log: FrameMessage[] = [];
const waiters = new Set<() => void>();
addEventListener('message', (e: MessageEvent<FrameMessage>) => {
  if (!e.data || typeof e.data.frame !== 'string') return;
  log.push(e.data);
  waiters.forEach((w) => w());
});

/** Resolves when the `n`th message of `type` from `frame` has arrived. */
function message(frame: string, type: FrameMessage['type'], n = 1): Promise<FrameMessage> {
  return new Promise((resolve) => {
    const check = () => {
      const found = log.filter((m) => m.frame === frame && m.type === type);
      if (found.length >= n) {
        waiters.delete(check);
        resolve(found[n - 1]!);
      }
    };
    waiters.add(check);
    check();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tab(frame: string, tenant: TestTenant, viewer: string, db: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  const url = new URL('./outbox-frame.html', import.meta.url);
  url.search = new URLSearchParams({ frame, tenant: tenant.name, viewer, db }).toString();
  iframe.src = url.href;
  iframe.title = `tab ${frame}`;
  document.body.append(iframe);
  return iframe;
}

describe('outbox across tabs', function () {
  this.timeout(120_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a tab reloaded or closed at random points during a flush, 50 times: 0 lost, 0 duplicated', async () => {
    const tenant = new TestTenant('reload');
    await tenant.token(); // provisions the tabs' signed-in person
    await tenant.configure({ seed: 5, latencyMs: [0, 6] });
    const viewer = `v-${tenant.name}`;
    const db = `outbox-${tenant.name}`;
    const random = seeded(2024);
    const written = new Set<string>();
    let reloads = 0;
    let duringWrites = 0;
    let duringFlush = 0;
    for (let i = 0; i < 50; i++) {
      const frame = `r${i}`;
      const iframe = tab(frame, tenant, viewer, db);
      await message(frame, 'ready');
      const records = Array.from({ length: 10 }, (_, n) => pulse(i * 10 + n, { prefix: 'r' }));
      records.forEach((r) => written.add(`pulse/${r.id}`));
      iframe.contentWindow!.postMessage({ type: 'write', records }, '*');
      // A random point: mostly during the flush that follows the writes, sometimes while saving.
      if (random() < 0.25) await sleep(Math.floor(random() * 40));
      else {
        await message(frame, 'all-saved');
        await sleep(Math.floor(random() * 15));
      }
      const allSaved = log.some((m) => m.frame === frame && m.type === 'all-saved');
      if (random() < 0.5) {
        reloads++;
        iframe.contentWindow!.location.reload();
        await message(frame, 'ready', 2);
        // The reloaded page delivers what the closed one left; close it again, maybe mid-flush too.
        await sleep(Math.floor(random() * 20));
      }
      iframe.remove();
      if (!allSaved) duringWrites++;
      else {
        const stored = new Set((await tenant.stats()).ids);
        if (records.some((r) => !stored.has(`pulse/${r.id}`))) duringFlush++;
      }
    }
    const saved = new Set(log.filter((m) => m.type === 'saved' && m.frame.startsWith('r')).map((m) => `pulse/${m.id}`));
    // The next page load delivers whatever is left.
    const last = tab('final', tenant, viewer, db);
    await message('final', 'ready');
    last.contentWindow!.postMessage({ type: 'drain' }, '*');
    const { counts } = await message('final', 'drained');
    const stats = await tenant.stats();
    const stored = new Set(stats.ids);
    const lost = [...saved].filter((id) => !stored.has(id)).length;
    console.log(
      `[figures] reloads: 50 tabs closed at random points (${reloads} reloaded first; ${duringWrites} while saving, ${duringFlush} with the flush unfinished), ` +
        `${saved.size} writes confirmed saved, ${stats.records} stored, ${lost} lost, ${stats.duplicates} duplicated, ${stats.replayed} resends answered from the Idempotency-Key store`,
    );
    expect(saved.size).to.be.greaterThan(300);
    expect(lost).to.equal(0);
    expect(stats.duplicates).to.equal(0);
    expect(stats.ids.every((id) => written.has(id))).to.equal(true);
    expect(counts).to.deep.include({ pending: 0, sending: 0, needsAttention: 0 });
    expect(duringFlush, 'some tabs closed mid-flush').to.be.greaterThan(0);
  });

  it('three tabs flushing at once, 100 writes each: 300 records, 0 duplicates, never two flushers at the same moment', async () => {
    const tenant = new TestTenant('tabs');
    await tenant.token(); // provisions the tabs' signed-in person
    await tenant.configure({ seed: 9, error500: 0.2, latencyMs: [0, 3] });
    const viewer = `v-${tenant.name}`;
    const db = `outbox-${tenant.name}`;
    const frames = ['a', 'b', 'c'].map((f) => `${f}-${tenant.name}`);
    const iframes = frames.map((f) => tab(f, tenant, viewer, db));
    await Promise.all(frames.map((f) => message(f, 'ready')));
    iframes.forEach((iframe, i) => {
      const records = Array.from({ length: 100 }, (_, n) => pulse(i * 100 + n, { prefix: 't' }));
      iframe.contentWindow!.postMessage({ type: 'write', records }, '*');
    });
    await Promise.all(frames.map((f) => message(f, 'all-saved')));
    iframes.forEach((iframe) => iframe.contentWindow!.postMessage({ type: 'drain' }, '*'));
    await Promise.all(frames.map((f) => message(f, 'drained')));
    const stats = await tenant.stats();
    const turns = log.filter((m) => m.type === 'lock' && frames.includes(m.frame)).sort((x, y) => x.from! - y.from!);
    // Each tab's clock is read to a fraction of a millisecond: allow 1 ms between tabs.
    const overlapping = turns.filter((t, i) => i > 0 && t.from! < turns[i - 1]!.to! - 1).length;
    const perTab = frames.map((f) => turns.filter((t) => t.frame === f).length);
    const sending = (await tenant.requests()).filter((r) => r.method === 'PUT');
    const senders = new Set(sending.map((r) => r.flusher));
    console.log(
      `[figures] three tabs: 300 writes, ${stats.records} stored, ${stats.duplicates} duplicates, ${stats.faults['500']} injected 500s retried, ` +
        `${turns.length} flush turns (${perTab.join(' / ')}), ${senders.size} tabs sent, ${stats.overlaps} overlapping flushers at the server, ${overlapping} overlapping lock turns`,
    );
    expect(stats.records).to.equal(300);
    expect(stats.duplicates).to.equal(0);
    expect(stats.overlaps).to.equal(0);
    expect(overlapping).to.equal(0);
    expect(perTab.every((n) => n > 0)).to.equal(true);
  });
});
