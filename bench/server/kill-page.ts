// The page of the crash probe (scripts/bench-server-kill.mjs): the real outbox over the real REST
// adapter, against the probe's proxy at this page's origin. The probe drives it through `window.probe`
// and signs it in with `probe.signIn(memberId, token)` (a token the probe signed, as a portal would).
import { withOutbox } from '../../src/adapters/outbox.js';
import { createRestAdapter } from '../../src/adapters/rest.js';

let member = '';
let token = '';
const rest = createRestAdapter({
  baseUrl: `${location.origin}/api`,
  timeoutMs: 5000,
  getHeaders: () => ({ authorization: `Bearer ${token}` }),
});
// One viewer in every tab: the tabs share one outbox (one flusher at a time, Web Locks).
const outbox = withOutbox(rest, { viewerId: 'probe', baseDelayMs: 100, maxDelayMs: 1000 });
const confirmed: string[] = [];
const failed: { id: string; error: string }[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const probe = {
  /** The member every pulse of this tab is written as, and their token. */
  signIn(memberId: string, bearer: string) {
    member = memberId;
    token = bearer;
  },
  /** Writes `count` pulses; an id is "confirmed" once `put` resolved (committed on this device). */
  async write(prefix: string, count: number, gapMs: number) {
    for (let i = 0; i < count; i++) {
      const id = `${prefix}-${i}`;
      const now = new Date().toISOString();
      try {
        await outbox.put('pulse', { id, createdAt: now, updatedAt: now, memberId: member, month: '2025-03', growth: 1 + (i % 5) });
        confirmed.push(id);
      } catch (err) {
        failed.push({ id, error: String(err) });
      }
      if (gapMs > 0) await sleep(gapMs);
    }
    return { confirmed: confirmed.length, failed: failed.length };
  },
  /** Flushes until nothing is pending or sending; returns the counts. */
  async settle(deadlineMs: number) {
    const end = Date.now() + deadlineMs;
    for (;;) {
      await outbox.flush({ all: true });
      const s = await outbox.status();
      if ((s.counts.pending === 0 && s.counts.sending === 0) || Date.now() > end) return s.counts;
      await sleep(200);
    }
  },
  result: () => ({ confirmed, failed }),
};
(globalThis as unknown as { probe: typeof probe }).probe = probe;
document.title = 'ready';
