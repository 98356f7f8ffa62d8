import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toError } from '../model/records.js';

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
 * The save state machine every widget shares: draft → saving → saved on this device → sent (or
 * needs attention). Writes run one after another, so the last one wins; a write started before
 * `reset()` (another session, another viewer) no longer changes the state. After a save that names
 * its record, the controller follows the adapter's `status` events until the record is sent, and
 * updates the host on each, so a status line can say "sent" only when it was. A save is not part of
 * the host's `updateComplete` (a slow backend would hold it); a host that wants that passes it to `waitFor`.
 */
export class SaveController implements ReactiveController {
  state: SaveState = 'idle';
  /** The record of the last successful save, if it named one. */
  saved?: SavedRecord;
  readonly #host: Host;
  readonly #report: (error: Error | undefined) => void;
  #chain: Promise<unknown> = Promise.resolve();
  #generation = 0;
  #unwatch?: () => void;

  /** `report` gets the error of each failed save, and `undefined` after each successful one. */
  constructor(host: Host, report: (error: Error | undefined) => void = () => {}) {
    (this.#host = host).addController(this);
    this.#report = report;
  }

  /** Where the last saved record is now (`undefined` before any save that named one). */
  get delivery(): Delivery | undefined {
    return this.saved && deliveryOf(this.saved.adapter, this.saved.kind, this.saved.id);
  }

  /**
   * Runs `write` after every write before it. Resolves with its value, or `undefined` when it failed
   * (the error is reported, unless `reset()` was called meanwhile). `record` names what it wrote.
   */
  save<T>(write: () => Promise<T>, record?: (value: T) => SavedRecord | undefined): Promise<T | undefined> {
    const generation = this.#generation;
    this.#set('saving');
    const run = this.#chain.then(write).then(
      async (value) => {
        const saved = record?.(value);
        // `put` resolved before the outbox re-read its own state: read it now, or a queued write looks unknown.
        if (saved) await Promise.resolve((saved.adapter as Queueing | undefined)?.status?.()).catch(() => undefined);
        if (generation !== this.#generation) return value;
        if (saved) this.#watch(saved);
        this.#set('saved');
        this.#report(undefined);
        return value;
      },
      (err: unknown) => {
        if (generation !== this.#generation) return undefined;
        this.#set('failed');
        this.#report(toError(err));
        return undefined;
      },
    );
    this.#chain = run;
    return run;
  }

  /** Marks a record read back from the backend as saved (an earlier page's answer). */
  markSaved(record?: SavedRecord): void {
    if (record) this.#watch(record);
    this.#set('saved');
  }

  /** The user changed what was saved: back to a draft (`idle`), still following the last record. */
  edited(): void {
    if (this.state === 'saved') this.#set('idle');
  }

  /** Back to `idle`: writes under way still finish, but no longer change the state. */
  reset(): void {
    this.#generation++;
    this.#unwatch?.();
    this.saved = undefined;
    this.#set('idle');
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }

  #set(state: SaveState) {
    if (this.state === state) return;
    this.state = state;
    this.#host.requestUpdate();
  }

  #watch(record: SavedRecord) {
    this.#unwatch?.();
    this.saved = record;
    const a = record.adapter as Queueing | undefined;
    if (deliveryOf(a, record.kind, record.id) === 'sent' || !a?.addEventListener) return;
    const listener = () => {
      this.#host.requestUpdate();
      if (deliveryOf(a, record.kind, record.id) === 'sent') this.#unwatch?.();
    };
    a.addEventListener('status', listener);
    this.#unwatch = () => {
      a.removeEventListener?.('status', listener);
      this.#unwatch = undefined;
    };
  }
}
