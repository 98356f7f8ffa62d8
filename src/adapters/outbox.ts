/**
 * The outbox: every write is committed on this device first (IndexedDB, `durability: 'strict'`),
 * then delivered to the wrapped adapter, and deleted only after the backend confirmed it. Failed
 * deliveries are retried with backoff; refused ones wait, visible, for the member. One tab at a time
 * delivers (Web Locks); every tab sees the same status (BroadcastChannel).
 *
 * This file is the facade; the parts are the queue (outbox-db), delivery (outbox-delivery), tab
 * coordination (outbox-tabs), status (outbox-status) and the member's actions (outbox-actions).
 */
import { TaiwaDataError } from '../model/data-error.js';
import { TaiwaStorageError } from '../model/storage-errors.js';
import { RECORD_KINDS, type RecordKind, type RecordMap } from '../model/records.js';
import type { OutboxExport, OutboxItem, OutboxState, OutboxStatus } from '../model/outbox.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import { TypedEventTarget } from '../events/typed-event-target.js';
import { OutboxStatusEvent } from '../events/outbox-status.js';
import type { TaiwaAuthRequiredEvent } from '../events/auth-required.js';
import type { OutboxFlushEvent } from '../events/outbox-flush.js';
import { databaseName } from './indexeddb-current.js';
import { OutboxDb, type OutboxEntry } from './outbox-db.js';
import { offDeviceRefusal, stripPrivateMemos } from '../model/privacy.js';
import { parseRecord } from '../model/validate.js';
import { describeError, isUnreachable } from './outbox-outcome.js';
import { keyOf, viewerIdOf, type LogoutResult, type OutboxOptions, type OutboxShared } from './outbox-shared.js';
import { OutboxTabs, type TabMessage } from './outbox-tabs.js';
import { OutboxStatusBook, untilDrained } from './outbox-status.js';
import { OutboxDelivery } from './outbox-delivery.js';
import { asKeepMine, asRetry, deleteViewerData, enqueue, exportOf, itemsOf, noteRevisions, updateEntries } from './outbox-actions.js';
import { matches, type RecordQuery, type TaiwaAdapter } from './types.js';

export type { EntryError, OutboxEntry } from './outbox-db.js';
export type { OutboxCounts, OutboxExport, OutboxItem, OutboxRecordStatus, OutboxState, OutboxStatus } from '../model/outbox.js';
export type { LogoutResult, OutboxOptions } from './outbox-shared.js';
export { classify } from './outbox-outcome.js';
export { OutboxStatusEvent };

/** The events an outbox fires. */
export interface OutboxEventMap {
  status: OutboxStatusEvent;
  'auth-required': TaiwaAuthRequiredEvent;
  'flush-start': OutboxFlushEvent;
  'flush-end': OutboxFlushEvent;
}

export class Outbox extends TypedEventTarget<OutboxEventMap> implements TaiwaAdapter {
  /** Only as local as the adapter it wraps: over a remote backend, private memos are stripped. */
  readonly local: boolean;
  /** The outbox database, `<dbName>--<viewerId>`. */
  readonly name: string;
  /** Identifies this tab's deliveries (sent as the `Taiwa-Flusher` header). */
  readonly flusherId = crypto.randomUUID();
  readonly viewerId: string;

  /** The wrapped adapter's aggregates, when it has them (else the guard computes from `query`). */
  readonly aggregate?: <I extends InsightKind>(insight: I, query: InsightQueries[I]) => Promise<InsightResults[I]>;
  /** The wrapped adapter's people, when it has them (wp-scim). */
  readonly people?: TaiwaAdapter['people'];

  private readonly shared: OutboxShared;
  private readonly tabs: OutboxTabs;
  private readonly book: OutboxStatusBook;
  private readonly delivery: OutboxDelivery;
  private seq = 0;
  private readonly cleanup: (() => void)[] = [];

  constructor(
    readonly inner: TaiwaAdapter,
    options: OutboxOptions,
  ) {
    super();
    const viewerId = (this.viewerId = viewerIdOf(options));
    this.local = inner.local === true;
    if (inner.aggregate) this.aggregate = (insight, query) => inner.aggregate!(insight, query);
    if (inner.people) this.people = () => inner.people!();
    this.name = databaseName(options.dbName ?? 'taiwa-outbox', viewerId);
    const db = new OutboxDb(options.indexedDB ?? globalThis.indexedDB, this.name);
    const shared = { inner, options, db, name: this.name, flusherId: this.flusherId, target: this, closed: false, pausedAuth: false, holdUntil: 0 };
    this.shared = Object.assign(shared, { revisions: new Map<string, string>() });
    this.tabs = new OutboxTabs(this.name, (m) => this.receive(m));
    this.book = new OutboxStatusBook(this.shared, this.tabs);
    this.delivery = new OutboxDelivery(this.shared, this.book, this.tabs);
    // Back online: try every waiting write now, whatever its backoff.
    this.listen(globalThis, 'online', () => void this.flush({ all: true }));
    this.listen(globalThis, 'offline', () => this.book.scheduleRefresh());
    this.listen(globalThis.document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.flush();
    });
    this.listen(inner as Partial<EventTarget>, 'resumed', () => {
      shared.pausedAuth = false;
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

  private receive(message: TabMessage): void {
    if (message.type === 'sent') {
      this.book.rememberSent(message.key, message.kind, message.id);
      if (message.revision !== undefined) this.shared.revisions.set(message.key, message.revision);
    }
    if (message.type === 'logout') return this.close();
    this.book.scheduleRefresh();
  }

  // ---------------------------------------------------------------- the adapter

  /** Resolves once the write is committed on this device; delivery follows. */
  async put<K extends RecordKind>(kind: K, record: RecordMap[K]): Promise<void> {
    if (this.shared.closed) throw new TaiwaStorageError('closed', 'Not saved: this outbox was closed (logged out).');
    if (!RECORD_KINDS.includes(kind)) throw new TaiwaDataError({ kind: String(kind), reason: 'unknown record kind' });
    // Validated like the guarded path: a bad record is a TaiwaDataError and nothing is kept or sent.
    const parsed = parseRecord(kind, record);
    if (!parsed.ok) throw parsed.error;
    const refused = !this.local && offDeviceRefusal(kind, parsed.value);
    if (refused) throw refused;
    const id = parsed.value.id;
    const key = keyOf(kind, id);
    // The revision this write is made from: what this page (or another tab's delivery) last saw.
    const seen = this.shared.revisions.get(key) ?? this.inner.revisionOf?.(kind, id);
    const entry: OutboxEntry = {
      key,
      kind,
      id,
      record: this.local ? parsed.value : stripPrivateMemos(kind, parsed.value),
      idempotencyKey: crypto.randomUUID(),
      seq: Date.now() * 1000 + (this.seq++ % 1000),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      savedAt: Date.now(),
    };
    await enqueue(this.shared, entry, seen);
    this.book.forgetSent(entry.key);
    this.book.changed();
    void this.flush();
  }

  /**
   * The wrapped adapter's records, with this viewer's unsent writes laid over them. When the backend
   * is out of reach (offline, timeout, 5xx, sign-in needed), the unsent writes alone, and
   * `current.unreachable` says so (with a `status` event). Bad data is still an error.
   */
  async query<K extends RecordKind>(kind: K, query: RecordQuery = {}): Promise<RecordMap[K][]> {
    const unsent = this.shared.db.all().catch(() => undefined);
    let remote: unknown;
    try {
      remote = await this.inner.query(kind, query);
    } catch (err) {
      const local = isUnreachable(err) ? await unsent : undefined;
      if (!local) throw err;
      this.book.setReadError(describeError(err));
      return local.filter((e) => e.kind === kind && matches(e.record, query, kind)).map((e) => e.record) as RecordMap[K][];
    }
    this.book.setReadError(undefined);
    // Not a list: handed on as it is, for the guard to report as bad data.
    if (!Array.isArray(remote)) return remote as RecordMap[K][];
    noteRevisions(this.shared, kind, remote);
    const local = (await unsent) ?? [];
    const byId = new Map<string, unknown>(remote.map((r) => [(r as { id?: string })?.id ?? crypto.randomUUID(), r]));
    for (const e of local) if (e.kind === kind && matches(e.record, query, kind)) byId.set(e.id, e.record);
    return [...byId.values()] as RecordMap[K][];
  }

  catalog(locale: Parameters<NonNullable<TaiwaAdapter['catalog']>>[0]): Promise<unknown> {
    return this.inner.catalog ? this.inner.catalog(locale) : Promise.resolve(undefined);
  }

  /** The wrapped adapter's sharing policy; rejects when it has none (the widgets then use the provider's). */
  policy(): ReturnType<NonNullable<TaiwaAdapter['policy']>> {
    return this.inner.policy ? this.inner.policy() : Promise.reject(new Error('The wrapped adapter has no sharing policy.'));
  }

  close(): void {
    if (this.shared.closed) return;
    this.shared.closed = true;
    this.delivery.close();
    this.book.close();
    this.cleanup.forEach((fn) => fn());
    this.tabs.close();
    this.shared.db.close();
    this.inner.close?.();
  }

  // ---------------------------------------------------------------- status

  /** Counts and per-record states, read from the database now. */
  async status(): Promise<OutboxStatus> {
    await this.book.refresh();
    return this.book.current;
  }

  /** The last known state of one write (sync; `undefined` when the outbox knows nothing of it). */
  stateOf(kind: RecordKind, id: string): OutboxState | undefined {
    return this.book.current.records.find((r) => r.kind === kind && r.id === id)?.state;
  }

  /** The last status read (sync), as sent with the latest `status` event. */
  get current(): OutboxStatus {
    return this.book.current;
  }

  /** Resolves once nothing is pending or sending (refused writes may remain), or the outbox pauses. */
  async drained(): Promise<OutboxStatus> {
    return untilDrained(this, await this.status(), () => this.shared.closed);
  }

  // ---------------------------------------------------------------- the member's actions

  /** Writes the backend refused, with their records, for the member to fix, export or discard. */
  async needsAttention(): Promise<OutboxItem[]> {
    return (await itemsOf(this.shared)).filter((i) => i.state === 'needs-attention');
  }

  /** Sends a refused (or waiting) write again now, as a new attempt. */
  retry(id: string, kind?: RecordKind): Promise<void> {
    return this.revise(id, kind, asRetry, true);
  }

  /** After a 412 ("changed elsewhere"): the member's version, sent again on top of the stored one (`theirs.revision`). */
  keepMine(id: string, kind?: RecordKind): Promise<void> {
    return this.revise(id, kind, asKeepMine, true);
  }

  /** After a 412: the stored version stays; the member's refused write is removed. Only on request. */
  takeTheirs(id: string, kind?: RecordKind): Promise<void> {
    return this.revise(id, kind, (e) => (e.theirs ? undefined : e), false);
  }

  /** Removes an undelivered write for good. Only on the member's explicit request. */
  discard(id: string, kind?: RecordKind): Promise<void> {
    return this.revise(id, kind, () => undefined, false);
  }

  private async revise(id: string, kind: RecordKind | undefined, fn: (e: OutboxEntry) => OutboxEntry | undefined, send: boolean) {
    await updateEntries(this.shared, id, kind, fn);
    this.book.changed();
    if (send) void this.flush();
  }

  /** Every undelivered write with its record, as JSON the member can download and keep. */
  export(): Promise<OutboxExport> {
    return exportOf(this.shared, this.viewerId);
  }

  /** After the host signed the member in again: resume the wrapped adapter and deliver. */
  resume(): void {
    this.shared.pausedAuth = false;
    (this.inner as { resume?: () => void }).resume?.();
    void this.flush();
  }

  /** Same as `resume()`. */
  reauthenticated(): void {
    this.resume();
  }

  /**
   * Delivers every due write now (`all`: every pending one, ignoring backoff, each tried once).
   * Calls while a flush runs join it and make it look again.
   */
  flush({ all = false }: { all?: boolean } = {}): Promise<void> {
    return this.delivery.flush(all);
  }

  /**
   * Logs the viewer out of this device: delivers what it can, then deletes the viewer's outbox, draft
   * store and local database (`localDbName`, and the wrapped adapter's own when it has `destroy()`).
   * Refuses while writes are undelivered unless `force` is set, so nothing is lost by accident:
   * `export()` first.
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
    this.tabs.post({ type: 'logout' });
    this.close();
    return deleteViewerData(this.shared, this.viewerId);
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
