/**
 * Delivery: claim due writes (marked `sending` in one transaction), send them `concurrency` at a
 * time, then delete what the backend confirmed, or record why not with the next attempt's time
 * (exponential backoff with jitter, never sooner than `Retry-After`).
 */
import { TaiwaStorageError } from '../model/errors.js';
import type { RecordKind } from '../model/records.js';
import { TaiwaAuthRequiredEvent } from '../events/auth-required.js';
import { OutboxFlushEvent } from '../events/outbox-flush.js';
import { putOrAbort, type OutboxEntry } from './outbox-db.js';
import { backoff, classify, describeError, type Outcome } from './outbox-outcome.js';
import { offline, type OutboxShared } from './outbox-shared.js';
import type { OutboxStatusBook } from './outbox-status.js';
import type { OutboxTabs } from './outbox-tabs.js';

export class OutboxDelivery {
  private readonly inFlight = new Set<string>();
  private running: Promise<void> | undefined;
  private again = false;
  private againAll = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly shared: OutboxShared,
    private readonly status: OutboxStatusBook,
    private readonly tabs: OutboxTabs,
  ) {}

  /**
   * Delivers every due write now (`all`: every pending one, ignoring backoff, each tried once).
   * Calls while a flush runs join it and make it look again.
   */
  flush(all = false): Promise<void> {
    if (this.shared.closed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      this.againAll ||= all;
      return this.running;
    }
    this.running = (async () => {
      let everything = all;
      do {
        this.again = false;
        await this.tabs.withLock(() => this.drain(everything));
        everything = this.againAll;
        this.againAll = false;
      } while (this.again && !this.shared.closed);
    })()
      .then(
        () => this.status.setFlushError(undefined),
        (err: unknown) => {
          // A run stopped (its storage failed): said in the status and on the console, tried again later.
          console.warn('[taiwa] outbox: delivery stopped; the writes are kept and sent later.', err);
          this.status.setFlushError(describeError(err));
        },
      )
      .finally(() => {
        this.running = undefined;
        void this.status.refresh().then(() => this.scheduleNext());
      });
    return this.running;
  }

  private stopped(all: boolean): boolean {
    const s = this.shared;
    return s.closed || s.pausedAuth || offline() || (!all && Date.now() < s.holdUntil);
  }

  /** Delivers due entries, `concurrency` at a time, claiming more as slots free up. */
  private async drain(all: boolean): Promise<void> {
    const target = this.shared.target;
    target.dispatchEvent(new OutboxFlushEvent('start'));
    const tried = new Set<string>();
    const running = new Set<Promise<void>>();
    const limit = Math.max(1, this.shared.options.concurrency ?? 4);
    let queue: OutboxEntry[] = [];
    let exhausted = false;
    try {
      while (!this.stopped(all)) {
        if (queue.length === 0 && !exhausted) {
          queue = await this.claim(all, tried);
          exhausted = queue.length === 0;
          if (!exhausted) this.status.changed();
        }
        while (queue.length > 0 && running.size < limit) {
          const p: Promise<void> = this.deliver(queue.shift()!).finally(() => running.delete(p));
          running.add(p);
        }
        if (running.size === 0) break;
        await Promise.race(running);
        // A slot freed up: look for writes that became due (or were added) meanwhile.
        exhausted = false;
      }
      await Promise.all(running);
    } finally {
      // If claiming more failed, the writes already on their way finish first: the lock must not be
      // let go while they are "sending", or another tab would send them again.
      await Promise.allSettled(running);
      // Claimed but not sent (paused, offline or closed): back to waiting, untouched.
      await Promise.all(
        queue.map((e) =>
          this.settle(e, { type: 'release' })
            .catch(() => undefined)
            .finally(() => this.inFlight.delete(e.key)),
        ),
      );
      target.dispatchEvent(new OutboxFlushEvent('end'));
    }
  }

  /** Marks due entries as sending, in one transaction, and returns them. */
  private claim(all: boolean, tried: Set<string>): Promise<OutboxEntry[]> {
    const now = Date.now();
    const withLocks = this.tabs.locked;
    const limit = this.shared.options.batchSize ?? 25;
    const lease = now + 120_000;
    const claimed: OutboxEntry[] = [];
    return this.shared.db
      .transact('readwrite', (store) => {
        const req = store.getAll();
        req.onsuccess = () => {
          const entries = (req.result as OutboxEntry[]).sort((a, b) => a.seq - b.seq);
          for (const e of entries) {
            if (claimed.length >= limit) break;
            if (tried.has(e.key) || this.inFlight.has(e.key)) continue;
            // Holding the lock, a "sending" entry is one a closed tab never finished: send it again
            // under the same Idempotency-Key. Without locks, only once its lease ran out.
            const orphan = e.state === 'sending' && (withLocks || (e.leaseUntil ?? 0) < now);
            const due = e.state === 'pending' && (all || e.nextAttemptAt <= now);
            if (!orphan && !due) continue;
            const c: OutboxEntry = { ...e, state: 'sending', claimedBy: this.shared.flusherId, leaseUntil: lease };
            if (!putOrAbort(store, c)) return;
            claimed.push(c);
            this.inFlight.add(e.key);
            if (all) tried.add(e.key);
          }
        };
        return () => claimed;
      })
      .catch((err: unknown) => {
        // The claim did not commit: nothing is ours.
        claimed.forEach((e) => this.inFlight.delete(e.key));
        throw err;
      });
  }

  private async deliver(e: OutboxEntry): Promise<void> {
    let outcome: Outcome;
    try {
      if (this.shared.pausedAuth) throw new TaiwaStorageError('paused', 'Waiting for sign-in.');
      const inner = this.shared.inner;
      const put = inner.put as (kind: RecordKind, record: unknown, options?: unknown) => Promise<{ revision?: unknown } | void>;
      const options = { idempotencyKey: e.idempotencyKey, headers: { 'taiwa-flusher': this.shared.flusherId }, ...(e.baseRevision !== undefined ? { ifMatch: e.baseRevision } : {}) };
      const answer = await put.call(inner, e.kind, e.record, options);
      const revision = (answer as { revision?: unknown } | undefined)?.revision;
      outcome = typeof revision === 'string' && revision !== '' ? { type: 'sent', revision } : { type: 'sent' };
    } catch (err) {
      outcome = classify(err);
    }
    try {
      await this.settle(e, outcome);
    } catch {
      // The outcome could not be written down: the entry stays "sending" and is sent again, under
      // the same Idempotency-Key, by the next flush. Nothing is lost; the server deduplicates.
    } finally {
      this.inFlight.delete(e.key);
    }
  }

  /** Records the outcome of one delivery, unless the entry was rewritten meanwhile. */
  private async settle(e: OutboxEntry, outcome: Outcome): Promise<void> {
    const now = Date.now();
    const shared = this.shared;
    if (outcome.type === 'pause') shared.pausedAuth = true;
    if (outcome.type === 'retry' && outcome.retryAfterMs !== undefined) shared.holdUntil = Math.max(shared.holdUntil, now + outcome.retryAfterMs);
    await shared.db.transact('readwrite', (store) => {
      const req = store.get(e.key);
      req.onsuccess = () => {
        const cur = req.result as OutboxEntry | undefined;
        // A newer write of the record replaced this one (or the member discarded it): leave it be,
        // except that a newer write made from the same revision now builds on this delivered one.
        if (!cur) return;
        if (cur.idempotencyKey !== e.idempotencyKey) {
          if (outcome.type === 'sent' && outcome.revision !== undefined && cur.baseRevision === e.baseRevision) putOrAbort(store, { ...cur, baseRevision: outcome.revision });
          return;
        }
        const { claimedBy: _c, leaseUntil: _l, ...rest } = cur;
        if (outcome.type === 'sent') store.delete(e.key);
        else if (outcome.type === 'attention')
          putOrAbort(store, { ...rest, state: 'needs-attention', lastError: outcome.error, ...(outcome.theirs ? { theirs: outcome.theirs } : {}) });
        else if (outcome.type === 'pause') putOrAbort(store, { ...rest, state: 'pending', lastError: outcome.error });
        else if (outcome.type === 'release') putOrAbort(store, { ...rest, state: 'pending' });
        else {
          const attempts = cur.attempts + 1;
          const nextAttemptAt = now + backoff(attempts, outcome.retryAfterMs, shared.options);
          putOrAbort(store, { ...rest, state: 'pending', attempts, nextAttemptAt, lastError: outcome.error });
        }
      };
      return () => undefined;
    });
    if (outcome.type === 'sent') {
      this.status.rememberSent(e.key, e.kind, e.id);
      if (outcome.revision !== undefined) shared.revisions.set(e.key, outcome.revision);
      this.tabs.post({ type: 'sent', key: e.key, kind: e.kind, id: e.id, ...(outcome.revision !== undefined ? { revision: outcome.revision } : {}) });
    }
    if (outcome.type === 'attention' && outcome.theirs?.revision !== undefined) shared.revisions.set(e.key, outcome.theirs.revision);
    if (outcome.type === 'pause') shared.target.dispatchEvent(new TaiwaAuthRequiredEvent(outcome.error.status ?? 401));
    this.status.changed();
  }

  /** Wakes this tab when the earliest waiting write is due (offline, the `online` event does). */
  private scheduleNext(): void {
    clearTimeout(this.timer);
    const s = this.shared;
    if (s.closed || s.pausedAuth || offline()) return;
    const due = this.status.current.records.filter((r) => r.state === 'pending').map((r) => r.nextAttemptAt ?? 0);
    if (due.length === 0) return;
    // A floor, so that a database that keeps failing is not retried in a tight loop.
    const floor = Math.min(s.options.baseDelayMs ?? 1000, 1000);
    const wait = Math.max(floor, Math.max(Math.min(...due), s.holdUntil) - Date.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  close(): void {
    clearTimeout(this.timer);
  }
}
