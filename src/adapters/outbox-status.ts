/**
 * The outbox's status: counts and per-record states read from its database, coalesced, published
 * as a `status` event only when something changed.
 */
import type { RecordKind } from '../model/records.js';
import type { EntryError, OutboxRecordStatus, OutboxState, OutboxStatus } from '../model/outbox.js';
import { OutboxStatusEvent } from '../events/outbox-status.js';
import type { OutboxEntry } from './outbox-db.js';
import { offline, type OutboxShared } from './outbox-shared.js';
import type { OutboxTabs } from './outbox-tabs.js';

/** One entry as the status shows it. */
export function recordStatus(e: OutboxEntry): OutboxRecordStatus {
  const s: OutboxRecordStatus = { kind: e.kind, id: e.id, state: e.state, attempts: e.attempts, savedAt: e.savedAt };
  if (e.nextAttemptAt > 0) s.nextAttemptAt = e.nextAttemptAt;
  if (e.lastError) s.error = e.lastError;
  return s;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class OutboxStatusBook {
  private snapshot: OutboxStatus = { counts: { pending: 0, sending: 0, sent: 0, needsAttention: 0 }, records: [] };
  private readonly sent = new Map<string, { kind: RecordKind; id: string }>();
  private readError: EntryError | undefined;
  private flushError: EntryError | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefresh = 0;

  constructor(
    private readonly shared: OutboxShared,
    private readonly tabs: OutboxTabs,
  ) {}

  /** The last status read, as sent with the latest `status` event. */
  get current(): OutboxStatus {
    return this.snapshot;
  }

  /** Reads the database now and publishes what it holds. */
  async refresh(): Promise<void> {
    if (this.shared.closed) return;
    let entries: OutboxEntry[];
    try {
      entries = await this.shared.db.all();
    } catch {
      return; // A status read failed: keep the last known status rather than claim anything.
    }
    const records = entries.map(recordStatus);
    const known = new Set(entries.map((e) => e.key));
    for (const [key, s] of this.sent) if (!known.has(key)) records.push({ kind: s.kind, id: s.id, state: 'sent', attempts: 0, savedAt: 0 });
    const count = (state: OutboxState) => records.filter((r) => r.state === state).length;
    const next: OutboxStatus = {
      counts: { pending: count('pending'), sending: count('sending'), sent: count('sent'), needsAttention: count('needs-attention') },
      records,
    };
    const paused = this.shared.pausedAuth ? 'auth' : offline() ? 'offline' : undefined;
    if (paused) next.paused = paused;
    if (this.readError) next.unreachable = this.readError;
    if (this.flushError) next.error = this.flushError;
    this.publish(next);
  }

  /** Makes `next` the current status, with a `status` event when anything changed. */
  publish(next: OutboxStatus): void {
    const changed = !same(next, this.snapshot);
    this.snapshot = next;
    if (changed) this.shared.target.dispatchEvent(new OutboxStatusEvent(next));
  }

  /** Coalesces bursts of changes into one read of the database. */
  scheduleRefresh(): void {
    if (this.refreshTimer !== undefined || this.shared.closed) return;
    // At most one read per 25 ms while writes stream through: status is for people, not for logs.
    this.refreshTimer = setTimeout(
      () => {
        this.refreshTimer = undefined;
        this.lastRefresh = Date.now();
        void this.refresh();
      },
      Math.max(0, this.lastRefresh + 25 - Date.now()),
    );
  }

  /** Something changed in this tab: tell the others, and read again soon. */
  changed(): void {
    this.tabs.post({ type: 'changed' });
    this.scheduleRefresh();
  }

  /** A write confirmed by the backend, shown as sent for the page's life (the recent ones). */
  rememberSent(key: string, kind: RecordKind, id: string): void {
    // The backend confirmed a delivery: it is reachable again, whatever the last read said (the
    // next status read publishes that, with no read of records needed).
    this.readError = undefined;
    this.sent.delete(key);
    this.sent.set(key, { kind, id });
    if (this.sent.size > 200) this.sent.delete(this.sent.keys().next().value!);
  }

  /** A new write of the record: no longer "sent". */
  forgetSent(key: string): void {
    this.sent.delete(key);
  }

  /** Whether the backend answered the last read (`undefined`), or why not. */
  setReadError(error: EntryError | undefined): void {
    if (same(error, this.readError)) return;
    this.readError = error;
    const { unreachable: _u, ...rest } = this.snapshot;
    this.publish(error ? { ...rest, unreachable: error } : rest);
  }

  /** Why the last delivery run stopped (`undefined`: it completed). */
  setFlushError(error: EntryError | undefined): void {
    this.flushError = error;
    if (error && !this.shared.closed) this.publish({ ...this.snapshot, error });
  }

  close(): void {
    clearTimeout(this.refreshTimer);
  }
}

/** Resolves once nothing is pending or sending (refused writes may remain), or the outbox pauses or closes. */
export function untilDrained(
  target: { addEventListener(t: 'status', f: (e: OutboxStatusEvent) => void): void; removeEventListener(t: 'status', f: (e: OutboxStatusEvent) => void): void },
  now: OutboxStatus,
  closed: () => boolean,
): Promise<OutboxStatus> {
  const done = (s: OutboxStatus) => (s.counts.pending === 0 && s.counts.sending === 0) || s.paused !== undefined || closed();
  if (done(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const check = (e: OutboxStatusEvent) => {
      if (!done(e.detail)) return;
      target.removeEventListener('status', check);
      resolve(e.detail);
    };
    target.addEventListener('status', check);
  });
}
