import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toError } from '../model/data-error.js';

/** Where a widget's save is: nothing yet, under way, done (see `delivery` for sent or not), or failed. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Where a saved record is: sent to the backend, kept on this device to send later, or refused. */
export type Delivery = 'sent' | 'on-device' | 'needs-attention';

/** What an adapter that queues writes (the outbox of `withOutbox`) offers; duck-typed so no adapter module is loaded. */
interface Queueing {
  stateOf?(kind: string, id: string): string | undefined;
  status?(): Promise<unknown>;
  addEventListener?(type: string, listener: () => void): void;
  removeEventListener?(type: string, listener: () => void): void;
}

/** The record a save wrote, so the controller can follow it to the backend. */
export interface SavedRecord {
  adapter: unknown;
  kind: string;
  id: string;
}

/**
 * Where the write of `kind` `id` through `adapter` is. `sent` also when the adapter does not queue
 * (its `put` resolves once the write is durable where it keeps records) or knows nothing of the
 * record (it came from the backend, or was sent in an earlier page).
 */
export function deliveryOf(adapter: unknown, kind: string, id: string): Delivery {
  const a = adapter as Queueing | undefined;
  const state = typeof a?.stateOf === 'function' ? a.stateOf(kind, id) : undefined;
  if (state === undefined || state === 'sent') return 'sent';
  return state === 'needs-attention' ? 'needs-attention' : 'on-device';
}

/** True once the write of `kind` `id` reached the backend (see `deliveryOf`). */
export function delivered(adapter: unknown, kind: string, id: string): boolean {
  return deliveryOf(adapter, kind, id) === 'sent';
}

type Host = ReactiveControllerHost & EventTarget;

/**
 * The save state machine every widget shares: draft → saving → saved (or failed). Writes run one
 * after another, so the last one wins; a write started before `reset()` (another session, another
 * viewer) no longer changes the state. A save is not part of the host's `updateComplete` (a slow
 * backend would hold it); a host that wants that passes it to `waitFor`. This part is all a widget
 * needs that only says "saving" and "saved" (the topic picker); `SaveController` adds where the
 * saved record is (sent, or waiting on the device).
 */
export class SaveChain {
  state: SaveState = 'idle';
  protected readonly host: Host;
  readonly #report: (error: Error | undefined) => void;
  #chain: Promise<unknown> = Promise.resolve();
  #generation = 0;

  /** `report` gets the error of each failed save, and `undefined` after each successful one. */
  constructor(host: Host, report: (error: Error | undefined) => void = () => {}) {
    this.host = host;
    this.#report = report;
  }

  /**
   * Runs `write` after every write before it. Resolves with its value, or `undefined` when it failed
   * (the error is reported, unless `reset()` was called meanwhile). `record` names what it wrote.
   */
  save<T>(write: () => Promise<T>, record?: (value: T) => SavedRecord | undefined): Promise<T | undefined> {
    const generation = this.#generation;
    this.set('saving');
    const run = this.#chain.then(write).then(
      async (value) => {
        const saved = record?.(value);
        if (saved) await this.settle(saved);
        if (generation !== this.#generation) return value;
        if (saved) this.follow(saved);
        this.set('saved');
        this.#report(undefined);
        return value;
      },
      (err: unknown) => {
        if (generation !== this.#generation) return undefined;
        this.set('failed');
        this.#report(toError(err));
        return undefined;
      },
    );
    this.#chain = run;
    return run;
  }

  /** The user changed what was saved: back to a draft (`idle`), still following the last record. */
  edited(): void {
    if (this.state === 'saved') this.set('idle');
  }

  /** Back to `idle`: writes under way still finish, but no longer change the state. */
  reset(): void {
    this.#generation++;
    this.set('idle');
  }

  /** After a write that named its record, before the state says saved (see `SaveController`). */
  protected settle(_record: SavedRecord): Promise<unknown> | void {}

  /** A write that named its record was saved (see `SaveController`). */
  protected follow(_record: SavedRecord): void {}

  protected set(state: SaveState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * `SaveChain` that follows the saved record to the backend: draft → saving → saved on this device →
 * sent (or needs attention). After a save that names its record, the controller follows the
 * adapter's `status` events until the record is sent, and updates the host on each, so a status line
 * can say "sent" only when it was.
 */
export class SaveController extends SaveChain implements ReactiveController {
  /** The record of the last successful save, if it named one. */
  saved?: SavedRecord;
  #unwatch?: () => void;

  constructor(host: Host, report?: (error: Error | undefined) => void) {
    super(host, report);
    host.addController(this);
  }

  /** Where the last saved record is now (`undefined` before any save that named one). */
  get delivery(): Delivery | undefined {
    return this.saved && deliveryOf(this.saved.adapter, this.saved.kind, this.saved.id);
  }

  /** Marks a record read back from the backend as saved (an earlier page's answer). */
  markSaved(record?: SavedRecord): void {
    if (record) this.follow(record);
    this.set('saved');
  }

  override reset(): void {
    super.reset();
    this.#unwatch?.();
    this.saved = undefined;
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }

  // `put` resolved before the outbox re-read its own state: read it now, or a queued write looks unknown.
  protected override settle(record: SavedRecord): Promise<unknown> {
    return Promise.resolve((record.adapter as Queueing | undefined)?.status?.()).catch(() => undefined);
  }

  protected override follow(record: SavedRecord): void {
    this.#unwatch?.();
    this.saved = record;
    const a = record.adapter as Queueing | undefined;
    if (deliveryOf(a, record.kind, record.id) === 'sent' || !a?.addEventListener) return;
    const listener = () => {
      this.host.requestUpdate();
      if (deliveryOf(a, record.kind, record.id) === 'sent') this.#unwatch?.();
    };
    a.addEventListener('status', listener);
    this.#unwatch = () => {
      a.removeEventListener?.('status', listener);
      this.#unwatch = undefined;
    };
  }
}
