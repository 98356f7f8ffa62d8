/**
 * A "tab" for the multi-tab tests: creates the viewer's outbox over the example backend (which, as
 * on any page load, delivers what an earlier page left unsent), writes what the parent asks for, and
 * reports each write saved on this device, and each time it held the flush lock.
 */
import { createRestAdapter } from '../../src/adapters/rest.js';
import { withOutbox } from '../../src/adapters/outbox.js';
import type { Pulse } from '../../src/model/schemas.js';

const params = new URLSearchParams(location.search);
const frame = params.get('frame') ?? '?';
const base = `/api/t/${params.get('tenant')}`;
// The parent provisioned the tenant's `tester` (TestTenant.token()); each tab signs in as them.
let token: Promise<string> | undefined;
const getHeaders = async () => {
  token ??= fetch(`${base}/_control/token`, { method: 'POST', body: JSON.stringify({ personId: 'tester' }) })
    .then((r) => r.json() as Promise<{ token: string }>)
    .then((b) => b.token);
  return { authorization: `Bearer ${await token}` };
};
const outbox = withOutbox(createRestAdapter({ baseUrl: base, timeoutMs: 2000, getHeaders }), {
  viewerId: params.get('viewer')!,
  dbName: params.get('db')!,
  baseDelayMs: 2,
  maxDelayMs: 20,
  concurrency: Number(params.get('concurrency') ?? 3),
});

const post = (message: object) => parent.postMessage({ frame, ...message }, '*');
const now = () => performance.timeOrigin + performance.now();
let start = 0;
outbox.addEventListener('flush-start', () => (start = now()));
outbox.addEventListener('flush-end', () => post({ type: 'lock', from: start, to: now() }));

addEventListener('message', async (e: MessageEvent<{ type: string; records?: Pulse[] }>) => {
  if (e.data.type === 'write') {
    for (const r of e.data.records ?? []) {
      await outbox.put('pulse', r);
      post({ type: 'saved', id: r.id });
    }
    post({ type: 'all-saved' });
  }
  if (e.data.type === 'drain') post({ type: 'drained', counts: (await outbox.drained()).counts });
});

post({ type: 'ready' });
