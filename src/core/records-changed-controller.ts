import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RecordKind } from '../model/records.js';

/**
 * Calls `changed` while the host is on the page whenever a Taiwa widget anywhere on it saves or
 * submits a record of one of `kinds` (`taiwa-save` and `taiwa-submit` bubble and are composed, so
 * they reach the document from any shadow root). One place for what widgets that show aggregates
 * (the strength map, the level tracker) used to wire by hand.
 */
export class RecordsChangedController implements ReactiveController {
  readonly #kinds: ReadonlySet<string>;
  readonly #events: readonly string[];
  readonly #changed: (kind: RecordKind) => void;

  constructor(
    host: ReactiveControllerHost,
    kinds: readonly RecordKind[],
    changed: (kind: RecordKind) => void,
    events: readonly ('taiwa-save' | 'taiwa-submit')[] = ['taiwa-save', 'taiwa-submit'],
  ) {
    this.#kinds = new Set(kinds);
    this.#events = events;
    this.#changed = changed;
    host.addController(this);
  }

  readonly #onEvent = (e: Event) => {
    // By the detail, not instanceof: a second copy of the kit on the page has its own event classes.
    const kind = (e as Event & { detail?: { kind?: unknown } }).detail?.kind;
    if (typeof kind === 'string' && this.#kinds.has(kind)) this.#changed(kind as RecordKind);
  };

  hostConnected(): void {
    for (const type of this.#events) document.addEventListener(type, this.#onEvent);
  }

  hostDisconnected(): void {
    for (const type of this.#events) document.removeEventListener(type, this.#onEvent);
  }
}
