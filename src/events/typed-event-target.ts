/**
 * An `EventTarget` whose `addEventListener` knows its events: `outbox.addEventListener('status',
 * (e) => e.detail.counts)` is typed from the map `M`. Any other type still works, as plain `Event`.
 */
export interface TypedEventTarget<M extends object> {
  addEventListener<K extends keyof M & string>(
    type: K,
    listener: ((this: this, event: M[K]) => unknown) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof M & string>(
    type: K,
    listener: ((this: this, event: M[K]) => unknown) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface types the listeners
export class TypedEventTarget<M extends object> extends EventTarget {
  /** Type-only: the events this target fires. */
  declare readonly __events?: M;
}
