/**
 * The outbox: every write is committed on this device first (IndexedDB, `durability: 'strict'`),
 * then delivered to the wrapped adapter, and deleted only after the backend confirmed it. Failed
 * deliveries are retried with backoff; refused ones wait, visible, for the member. One tab at a time
 * delivers (Web Locks); every tab sees the same status (BroadcastChannel).
 */
import { TaiwaDataError, TaiwaStorageError } from '../core/errors.js';
import { RECORD_KINDS, type RecordKind, type RecordMap } from '../model/records.js';
import { databaseName, draftsDatabaseName, outboxDatabaseName } from './db-names.js';
import { deleteDatabase, OutboxDb, type EntryError, type OutboxEntry } from './outbox-db.js';
import { stripPrivateMemos } from './outbox-privacy.js';
import { matches, type RecordQuery, type TaiwaAdapter } from './types.js';

export type { EntryError, OutboxEntry } from './outbox-db.js';

/** A write's state, in the member's words: saved on this device, sending, sent, needs attention. */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'needs-attention';

export interface OutboxRecordStatus {
  kind: RecordKind;
  id: string;
  state: OutboxState;
  attempts: number;
  /** When the write was committed on this device (epoch ms). */
  savedAt: number;
  /** When the next attempt is due (epoch ms), for a pending write that failed before. */
  nextAttemptAt?: number;
  /** What went wrong last (for `needs-attention`: what the server refused). */
  error?: EntryError;
}

export interface OutboxCounts {
  /** Saved on this device, waiting to be sent. */
  pending: number;
  sending: number;
  /** Confirmed by the backend since this page loaded (in any tab). */
  sent: number;
  needsAttention: number;
}

export interface OutboxStatus {
  counts: OutboxCounts;
  records: OutboxRecordStatus[];
  /** Why nothing is being sent right now: the member must sign in again, or the device is offline. */
  paused?: 'auth' | 'offline';
  /**
   * The last read could not reach the backend (offline, timeout, server error, sign-in needed), so
   * `query` answered with what is on this device: the viewer's unsent writes. A UI can say "offline,
   * showing what is on this device". Cleared by the next read the backend answers.
   */
  unreachable?: EntryError;
  /**
   * The last delivery run stopped because the outbox's own storage failed (nothing is lost; it tries
   * again). Cleared by the next run that completes.
   */
  error?: EntryError;
}

/** An undelivered write with its record, for the member to fix or download. */
export interface OutboxItem extends OutboxRecordStatus {
  record: unknown;
}

export interface OutboxExport {
  format: 'taiwa-outbox-export';
  version: 1;
  viewerId: string;
  exportedAt: string;
  records: OutboxItem[];
}

export interface OutboxOptions {
  /** Whose writes these are: each viewer has their own outbox database. */
  viewerId: string;
  /** Prefix of the database name (default `taiwa-outbox`); the viewer id is appended. */
  dbName?: string;
  /**
   * The `dbName` given to `createDraftStore` (default `taiwa-drafts`): that viewer's draft store, with
   * its private memos, is deleted on `logout()`.
   */
  draftsDbName?: string;
  /**
   * The `dbName` given to `createIndexedDbAdapter` (default `taiwa`): that viewer's database is deleted
   * on `logout()` if there is one (a portal that switched from the embedded default); `false` keeps it.
   */
  localDbName?: string | false;
  /** The IndexedDB factory to use (default: the browser's). */
  indexedDB?: IDBFactory;
  /** First retry delay in ms (default 1000); doubles per attempt, with jitter. */
  baseDelayMs?: number;
  /** Longest retry delay in ms (default 300 000). Entries are never dropped or expired. */
  maxDelayMs?: number;
  /** Deliveries in parallel (default 4). */
  concurrency?: number;
  /** Writes claimed per transaction (default 25). */
  batchSize?: number;
  /** Random source for the jitter (tests pass a seeded one). */
  random?: () => number;
}

export interface LogoutResult {
  /** Databases deleted. */
  deleted: string[];
  /** Databases another connection still holds; the browser deletes them once it closes. */
  blocked: string[];
}

/** Fired on the outbox whenever a count or a record's state changed, in this tab or another. */
export class OutboxStatusEvent extends Event {
  readonly detail: OutboxStatus;
  constructor(status: OutboxStatus) {
    super('status');
    this.detail = status;
  }
}

type Outcome =
  | { type: 'sent' }
  | { type: 'release' }
  | { type: 'retry'; error: EntryError; retryAfterMs?: number }
  | { type: 'pause'; error: EntryError }
  | { type: 'attention'; error: EntryError };

type Message = { type: 'changed' } | { type: 'sent'; key: string; kind: RecordKind; id: string } | { type: 'logout' };

const keyOf = (kind: string, id: string) => `${kind}|${id}`;

function describeError(err: unknown): EntryError {
  const e = err as {
    code?: unknown;
    message?: unknown;
    status?: unknown;
    problem?: { field?: string; rule?: string; detail?: string };
  } | null;
  const out: EntryError = {
    code: typeof e?.code === 'string' ? e.code : 'failed',
    message: typeof e?.message === 'string' ? e.message : String(err),
  };
  if (typeof e?.status === 'number' && e.status > 0) out.status = e.status;
  if (err instanceof TaiwaDataError && err.field) out.field = err.field;
  if (e?.problem?.field) out.field = e.problem.field;
  if (e?.problem?.rule) out.rule = e.problem.rule;
  if (typeof e?.problem?.detail === 'string') out.detail = e.problem.detail.slice(0, 500);
  else if (err instanceof TaiwaDataError) out.detail = err.reason;
  return out;
}

/** What to do after a failed delivery: retry later, wait for sign-in, or ask the member. */
export function classify(err: unknown): Outcome {
  const error = describeError(err);
  if (err instanceof TaiwaDataError) return { type: 'attention', error };
  switch (error.code) {
    case 'auth':
    case 'paused':
      return { type: 'pause', error };
    case 'rejected':
      return { type: 'attention', error };
    default: {
      // network, timeout, rate-limited, server, a local adapter's storage failure, or anything
      // unknown: keep it and try again; a member's words are never dropped.
      const retryAfterMs = (err as { retryAfterMs?: unknown } | null)?.retryAfterMs;
      return typeof retryAfterMs === 'number' ? { type: 'retry', error, retryAfterMs } : { type: 'retry', error };
    }
  }
}

/** Failures of a read that mean "the backend is out of reach", not "the data is wrong". */
const UNREACHABLE = new Set(['network', 'timeout', 'server', 'rate-limited', 'paused', 'auth']);

function isUnreachable(err: unknown): boolean {
  if (err instanceof TaiwaDataError) return false;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNREACHABLE.has(code);
}

export class Outbox extends EventTarget implements TaiwaAdapter {
  /** Only as local as the adapter it wraps: over a remote backend, private memos are stripped. */
  readonly local: boolean;
  /** The outbox database, `<dbName>--<viewerId>`. */
  readonly name: string;
  /** Identifies this tab's deliveries (sent as the `Taiwa-Flusher` header). */
  readonly flusherId = crypto.randomUUID();
  readonly viewerId: string;

  private readonly db: OutboxDb;
  private readonly factory: IDBFactory | undefined;
  private readonly channel: BroadcastChannel | undefined;
  private readonly sent = new Map<string, { kind: RecordKind; id: string }>();
  private readonly inFlight = new Set<string>();
  private snapshot: OutboxStatus = { counts: { pending: 0, sending: 0, sent: 0, needsAttention: 0 }, records: [] };
  private running: Promise<void> | undefined;
  private again = false;
  private againAll = false;
  private pausedAuth = false;
  private holdUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefresh = 0;
  private closed = false;
  private readError: EntryError | undefined;
  private flushError: EntryError | undefined;
  private seq = 0;
  private readonly cleanup: (() => void)[] = [];

  constructor(
    readonly inner: TaiwaAdapter,
    private readonly options: OutboxOptions,
  ) {
    super();
    const viewerId = options?.viewerId;
    if (typeof viewerId !== 'string' || viewerId === '') {
      throw new TaiwaDataError({
        kind: 'adapter',
        field: 'viewerId',
        reason: 'withOutbox needs the viewer id, so each viewer gets their own outbox',
      });
    }
    this.viewerId = viewerId;
    this.local = inner.local === true;
    this.name = outboxDatabaseName(options.dbName ?? 'taiwa-outbox', viewerId);
    this.factory = options.indexedDB ?? globalThis.indexedDB;
    this.db = new OutboxDb(this.factory, this.name);
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`taiwa-outbox:${this.name}`);
      this.channel.onmessage = (e: MessageEvent<Message>) => this.receive(e.data);
    }
    // Back online: try every waiting write now, whatever its backoff.
    this.listen(globalThis, 'online', () => void this.flush({ all: true }));
    this.listen(globalThis, 'offline', () => this.scheduleRefresh());
    this.listen(globalThis.document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.flush();
    });
    this.listen(inner as Partial<EventTarget>, 'resumed', () => {
      this.pausedAuth = false;
      void this.flush();
    });
    // What an earlier page left unsent goes out now.
    void this.flush();
  }

  private listen(target: Partial<EventTarget> | undefined, type: string, fn: () => void) {
    if (!target?.addEventListener) return;
    target.addEventListener(type, fn);
    this.cleanup.push(() => target.removeEventListener?.(type, fn));
  }

  // ---------------------------------------------------------------- the adapter

  /** Resolves once the write is committed on this device; delivery follows. */
  async put<K extends RecordKind>(kind: K, record: RecordMap[K]): Promise<void> {
    if (this.closed) throw new TaiwaStorageError('closed', 'Not saved: this outbox was closed (logged out).');
    if (!RECORD_KINDS.includes(kind)) throw new TaiwaDataError({ kind: String(kind), reason: 'unknown record kind' });
    const id = (record as { id?: unknown })?.id;
    if (typeof id !== 'string' || id === '') throw new TaiwaDataError({ kind, field: 'id', reason: 'a record needs an id' });
    const entry: OutboxEntry = {
      key: keyOf(kind, id),
      kind,
      id,
      record: this.local ? record : stripPrivateMemos(kind, record),
      idempotencyKey: crypto.randomUUID(),
      seq: Date.now() * 1000 + (this.seq++ % 1000),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      savedAt: Date.now(),
    };
    await this.db.transact(
      'readwrite',
      (store) => {
        store.put(entry);
        return () => undefined;
      },
      'strict',
    );
    this.sent.delete(entry.key);
    this.changed();
    void this.flush();
  }

  /**
   * The wrapped adapter's records, with this viewer's unsent writes laid over them. When the backend
   * is out of reach (offline, timeout, 5xx, sign-in needed), the unsent writes alone, and
   * `current.unreachable` says so (with a `status` event). Bad data is still an error.
   */
  async query<K extends RecordKind>(kind: K, query: RecordQuery = {}): Promise<RecordMap[K][]> {
    const unsent = this.db.all().catch(() => undefined);
    let remote: unknown;
    try {
      remote = await this.inner.query(kind, query);
    } catch (err) {
      const local = isUnreachable(err) ? await unsent : undefined;
      if (!local) throw err;
      this.setReadError(describeError(err));
      return local.filter((e) => e.kind === kind && matches(e.record, query, kind)).map((e) => e.record) as RecordMap[K][];
    }
    this.setReadError(undefined);
    // Not a list: handed on as it is, for the guard to report as bad data.
    if (!Array.isArray(remote)) return remote as RecordMap[K][];
    const local = (await unsent) ?? [];
    const byId = new Map<string, unknown>(remote.map((r) => [(r as { id?: string })?.id ?? crypto.randomUUID(), r]));
    for (const e of local) if (e.kind === kind && matches(e.record, query, kind)) byId.set(e.id, e.record);
    return [...byId.values()] as RecordMap[K][];
  }

  private setReadError(error: EntryError | undefined): void {
    if (JSON.stringify(error) === JSON.stringify(this.readError)) return;
    this.readError = error;
    const { unreachable: _u, ...rest } = this.snapshot;
    this.publish(error ? { ...rest, unreachable: error } : rest);
  }

  catalog(locale: Parameters<NonNullable<TaiwaAdapter['catalog']>>[0]): Promise<unknown> {
    return this.inner.catalog ? this.inner.catalog(locale) : Promise.resolve(undefined);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.refreshTimer);
    this.cleanup.forEach((fn) => fn());
    this.channel?.close();
    this.db.close();
    this.inner.close?.();
  }

  // ---------------------------------------------------------------- status

  /** Counts and per-record states, read from the database now. */
  async status(): Promise<OutboxStatus> {
    await this.refresh();
    return this.snapshot;
  }

  /** The last known state of one write (sync; `undefined` when the outbox knows nothing of it). */
  stateOf(kind: RecordKind, id: string): OutboxState | undefined {
    return this.snapshot.records.find((r) => r.kind === kind && r.id === id)?.state;
  }

  /** The last status read (sync), as sent with the latest `status` event. */
  get current(): OutboxStatus {
    return this.snapshot;
  }

  /** Writes the backend refused, with their records, for the member to fix, export or discard. */
  async needsAttention(): Promise<OutboxItem[]> {
    return (await this.items()).filter((i) => i.state === 'needs-attention');
  }

  /** Sends a refused (or waiting) write again now, as a new attempt. */
  async retry(id: string, kind?: RecordKind): Promise<void> {
    await this.update(id, kind, (e) => ({ ...e, state: 'pending', attempts: 0, nextAttemptAt: 0, idempotencyKey: crypto.randomUUID() }));
    void this.flush();
  }

  /** Removes an undelivered write for good. Only on the member's explicit request. */
  async discard(id: string, kind?: RecordKind): Promise<void> {
    await this.update(id, kind, () => undefined);
  }

  /** Every undelivered write with its record, as JSON the member can download and keep. */
  async export(): Promise<OutboxExport> {
    return {
      format: 'taiwa-outbox-export',
      version: 1,
      viewerId: this.viewerId,
      exportedAt: new Date().toISOString(),
      records: await this.items(),
    };
  }

  /** After the host signed the member in again: resume the wrapped adapter and deliver. */
  resume(): void {
    this.pausedAuth = false;
    (this.inner as { resume?: () => void }).resume?.();
    void this.flush();
  }

  /** Same as `resume()`. */
  reauthenticated(): void {
    this.resume();
  }

  /** Resolves once nothing is pending or sending (refused writes may remain), or the outbox pauses. */
  async drained(): Promise<OutboxStatus> {
    const done = (s: OutboxStatus) => (s.counts.pending === 0 && s.counts.sending === 0) || s.paused !== undefined || this.closed;
    const now = await this.status();
    if (done(now)) return now;
    return new Promise((resolve) => {
      const check = (e: Event) => {
        const s = (e as OutboxStatusEvent).detail;
        if (!done(s)) return;
        this.removeEventListener('status', check);
        resolve(s);
      };
      this.addEventListener('status', check);
    });
  }

  /**
   * Logs the viewer out of this device: delivers what it can, then deletes the viewer's outbox, draft
   * store and local database (`localDbName`, and the wrapped adapter's own when it has `destroy()`). Refuses while writes are
   * undelivered unless `force` is set, so nothing is lost by accident: `export()` first.
   */
  async logout({ force = false }: { force?: boolean } = {}): Promise<LogoutResult> {
    await this.flush({ all: true });
    const left = (await this.status()).records.filter((r) => r.state !== 'sent');
    if (left.length > 0 && !force) {
      throw new TaiwaStorageError(
        'unsent',
        `${left.length} write(s) have not reached the server yet and are kept on this device. Download a copy, or try again when online.`,
      );
    }
    this.post({ type: 'logout' });
    const inner = this.inner as { destroy?: () => Promise<void> };
    this.close();
    const names = [this.name, draftsDatabaseName(this.options.draftsDbName ?? 'taiwa-drafts', this.viewerId)];
    const localDb = this.options.localDbName ?? 'taiwa';
    if (localDb !== false) names.push(databaseName(localDb, this.viewerId));
    const result: LogoutResult = { deleted: [], blocked: [] };
    for (const name of names) result[(await deleteDatabase(this.factory, name)) === 'deleted' ? 'deleted' : 'blocked'].push(name);
    if (typeof inner.destroy === 'function') await inner.destroy();
    return result;
  }

  private async items(): Promise<OutboxItem[]> {
    return (await this.db.all()).map((e) => ({ ...this.recordStatus(e), record: e.record }));
  }

  private async update(id: string, kind: RecordKind | undefined, fn: (e: OutboxEntry) => OutboxEntry | undefined) {
    await this.db.transact('readwrite', (store) => {
      const req = store.getAll();
      req.onsuccess = () => {
        for (const e of req.result as OutboxEntry[]) {
          if (e.id !== id || (kind && e.kind !== kind)) continue;
          const next = fn(e);
          if (next) store.put(next);
          else store.delete(e.key);
        }
      };
      return () => undefined;
    });
    this.changed();
  }

  private recordStatus(e: OutboxEntry): OutboxRecordStatus {
    const s: OutboxRecordStatus = { kind: e.kind, id: e.id, state: e.state, attempts: e.attempts, savedAt: e.savedAt };
    if (e.nextAttemptAt > 0) s.nextAttemptAt = e.nextAttemptAt;
    if (e.lastError) s.error = e.lastError;
    return s;
  }

  private async refresh(): Promise<void> {
    if (this.closed) return;
    let entries: OutboxEntry[];
    try {
      entries = await this.db.all();
    } catch {
      return; // A status read failed: keep the last known status rather than claim anything.
    }
    const records = entries.map((e) => this.recordStatus(e));
    const known = new Set(entries.map((e) => e.key));
    for (const [key, s] of this.sent) if (!known.has(key)) records.push({ kind: s.kind, id: s.id, state: 'sent', attempts: 0, savedAt: 0 });
    const count = (state: OutboxState) => records.filter((r) => r.state === state).length;
    const next: OutboxStatus = {
      counts: { pending: count('pending'), sending: count('sending'), sent: count('sent'), needsAttention: count('needs-attention') },
      records,
    };
    const paused = this.pausedAuth ? 'auth' : globalThis.navigator?.onLine === false ? 'offline' : undefined;
    if (paused) next.paused = paused;
    if (this.readError) next.unreachable = this.readError;
    if (this.flushError) next.error = this.flushError;
    this.publish(next);
  }

  /** Makes `next` the current status, with a `status` event when anything changed. */
  private publish(next: OutboxStatus): void {
    const before = JSON.stringify(this.snapshot);
    this.snapshot = next;
    if (JSON.stringify(next) !== before) this.dispatchEvent(new OutboxStatusEvent(next));
  }

  /** Coalesces bursts of changes into one read of the database. */
  private scheduleRefresh(): void {
    if (this.refreshTimer !== undefined || this.closed) return;
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

  private changed(): void {
    this.post({ type: 'changed' });
    this.scheduleRefresh();
  }

  private post(message: Message): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // The channel closed with the page.
    }
  }

  private receive(message: Message): void {
    if (message.type === 'sent') this.rememberSent(message.key, message.kind, message.id);
    if (message.type === 'logout') {
      this.close();
      return;
    }
    this.scheduleRefresh();
  }

  private rememberSent(key: string, kind: RecordKind, id: string) {
    this.sent.delete(key);
    this.sent.set(key, { kind, id });
    // The recent ones are enough for "sent" to show; the count is for this page's life.
    if (this.sent.size > 200) this.sent.delete(this.sent.keys().next().value!);
  }

  // ---------------------------------------------------------------- delivery

  /**
   * Delivers every due write now (`all`: every pending one, ignoring backoff, each tried once).
   * Calls while a flush runs join it and make it look again.
   */
  flush({ all = false }: { all?: boolean } = {}): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      this.againAll ||= all;
      return this.running;
    }
    this.running = (async () => {
      let everything = all;
      do {
        this.again = false;
        await this.withLock(() => this.drain(everything));
        everything = this.againAll;
        this.againAll = false;
      } while (this.again && !this.closed);
    })()
      .then(
        () => {
          this.flushError = undefined;
        },
        (err: unknown) => this.reportFlushError(err),
      )
      .finally(() => {
        this.running = undefined;
        void this.refresh().then(() => this.scheduleNext());
      });
    return this.running;
  }

  /** A run stopped (its storage failed): said in the status and on the console, and tried again later. */
  private reportFlushError(err: unknown): void {
    this.flushError = describeError(err);
    console.warn('[taiwa] outbox: delivery stopped; the writes are kept and sent later.', err);
    if (!this.closed) this.publish({ ...this.snapshot, error: this.flushError });
  }

  private async withLock(fn: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return fn();
    await locks.request(`taiwa-outbox:${this.name}`, () => fn());
  }

  /** Delivers due entries, `concurrency` at a time, claiming more as slots free up. */
  private async drain(all: boolean): Promise<void> {
    this.dispatchEvent(new Event('flush-start'));
    const tried = new Set<string>();
    const running = new Set<Promise<void>>();
    const limit = Math.max(1, this.options.concurrency ?? 4);
    let queue: OutboxEntry[] = [];
    let exhausted = false;
    try {
      for (;;) {
        const stop = this.closed || this.pausedAuth || globalThis.navigator?.onLine === false || (!all && Date.now() < this.holdUntil);
        if (stop) break;
        if (queue.length === 0 && !exhausted) {
          queue = await this.claim(all, tried);
          exhausted = queue.length === 0;
          if (!exhausted) this.changed();
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
      this.dispatchEvent(new Event('flush-end'));
    }
  }

  /** Marks due entries as sending, in one transaction, and returns them. */
  private claim(all: boolean, tried: Set<string>): Promise<OutboxEntry[]> {
    const now = Date.now();
    const withLocks = !!globalThis.navigator?.locks;
    const limit = this.options.batchSize ?? 25;
    const lease = now + 120_000;
    const claimed: OutboxEntry[] = [];
    return this.db
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
            const c: OutboxEntry = { ...e, state: 'sending', claimedBy: this.flusherId, leaseUntil: lease };
            store.put(c);
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
      if (this.pausedAuth) throw new TaiwaStorageError('paused', 'Waiting for sign-in.');
      const put = this.inner.put as (kind: RecordKind, record: unknown, options?: unknown) => Promise<void>;
      await put.call(this.inner, e.kind, e.record, { idempotencyKey: e.idempotencyKey, headers: { 'taiwa-flusher': this.flusherId } });
      outcome = { type: 'sent' };
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
    if (outcome.type === 'pause') this.pausedAuth = true;
    if (outcome.type === 'retry' && outcome.retryAfterMs !== undefined)
      this.holdUntil = Math.max(this.holdUntil, now + outcome.retryAfterMs);
    await this.db.transact('readwrite', (store) => {
      const req = store.get(e.key);
      req.onsuccess = () => {
        const cur = req.result as OutboxEntry | undefined;
        // A newer write of the record replaced this one (or the member discarded it): leave it be.
        if (!cur || cur.idempotencyKey !== e.idempotencyKey) return;
        const { claimedBy: _c, leaseUntil: _l, ...rest } = cur;
        if (outcome.type === 'sent') store.delete(e.key);
        else if (outcome.type === 'attention') store.put({ ...rest, state: 'needs-attention', lastError: outcome.error });
        else if (outcome.type === 'pause') store.put({ ...rest, state: 'pending', lastError: outcome.error });
        else if (outcome.type === 'release') store.put({ ...rest, state: 'pending' });
        else {
          const attempts = cur.attempts + 1;
          store.put({
            ...rest,
            state: 'pending',
            attempts,
            nextAttemptAt: now + this.backoff(attempts, outcome.retryAfterMs),
            lastError: outcome.error,
          });
        }
      };
      return () => undefined;
    });
    if (outcome.type === 'sent') {
      this.rememberSent(e.key, e.kind, e.id);
      this.post({ type: 'sent', key: e.key, kind: e.kind, id: e.id });
    }
    if (outcome.type === 'pause') this.dispatchEvent(new Event('auth-required'));
    this.changed();
  }

  /** Exponential backoff with jitter (half fixed, half random), never shorter than `Retry-After`. */
  private backoff(attempts: number, retryAfterMs?: number): number {
    const base = this.options.baseDelayMs ?? 1000;
    const max = this.options.maxDelayMs ?? 300_000;
    const d = Math.min(max, base * 2 ** Math.min(attempts - 1, 30));
    const random = this.options.random ?? Math.random;
    return Math.max(retryAfterMs ?? 0, d / 2 + random() * (d / 2));
  }

  /** Wakes this tab when the earliest waiting write is due (offline, the `online` event does). */
  private scheduleNext(): void {
    clearTimeout(this.timer);
    if (this.closed || this.pausedAuth || globalThis.navigator?.onLine === false) return;
    const due = this.snapshot.records.filter((r) => r.state === 'pending').map((r) => r.nextAttemptAt ?? 0);
    if (due.length === 0) return;
    // A floor, so that a database that keeps failing is not retried in a tight loop.
    const floor = Math.min(this.options.baseDelayMs ?? 1000, 1000);
    const wait = Math.max(floor, Math.max(Math.min(...due), this.holdUntil) - Date.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }
}

/**
 * Wraps an adapter (usually `createRestAdapter(...)`) so that every write is kept on this device
 * until the backend confirmed it. `put` resolves once the write is committed locally: "saved on this
 * device". Reads go to the wrapped adapter with the viewer's unsent writes laid over them.
 */
export function withOutbox(adapter: TaiwaAdapter, options: OutboxOptions): Outbox {
  return new Outbox(adapter, options);
}
