/**
 * The context protocol of the Web Components Community Group (`context-request` and
 * `context-provider` events), in the part the kit uses: a provider element answers the widgets
 * inside it, every consumer subscribes, and a root replays what no provider answered yet once one
 * appears. Any other implementation of the protocol (`@lit/context`'s controllers, a host's own)
 * provides to these consumers and consumes from these providers: the events and their fields are
 * the protocol's. Here rather than `@lit/context` (about 3.6 KB minified on every page, a third of
 * it the general cases the kit never meets: one-shot requests, decorators): this is about 1 KB.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A context key that carries its value's type (the same shape as `@lit/context`'s `Context`). */
export type Context<K, V> = K & { __context__: V };
export type ContextType<C> = C extends Context<unknown, infer V> ? V : never;

export const createContext = <V, K = unknown>(key: K) => key as Context<K, V>;

type Callback = (value: unknown, unsubscribe?: () => void) => void;
type Host = ReactiveControllerHost & HTMLElement;

/** The protocol's event fields, as any implementation reads them. */
interface ProtocolEvent extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

const dispatch = (target: Element, type: string, fields: Partial<ProtocolEvent>) =>
  target.dispatchEvent(Object.assign(new Event(type, { bubbles: true, composed: true }), fields));

const request = (context: unknown, target: Element, callback: Callback) =>
  dispatch(target, 'context-request', { context, contextTarget: target, callback, subscribe: true });

/** Who sent a protocol event (its `contextTarget`, else where it started). */
const origin = (e: Event) => (e as ProtocolEvent).contextTarget ?? (e.composedPath()[0] as Element);

/** A subscription to `context` from the nearest provider above `host`; the host updates with each value. */
export class ContextConsumer<C extends Context<unknown, unknown>> implements ReactiveController {
  value?: ContextType<C>;
  readonly #host: Host;
  readonly #context: C;
  #unsubscribe?: () => void;

  /** Always subscribed (`subscribe: true`): a widget follows the provider's changes. */
  constructor(host: Host, { context }: { context: C; subscribe: true }) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
  }

  readonly #callback: Callback = (value, unsubscribe) => {
    // A nearer provider answered (one that upgraded later): let go of the farther one.
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.value = value as ContextType<C>;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    request(this.#context, this.#host, this.#callback);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

/** Answers the requests for `context` from inside `host` with its value, and tells each subscriber of every new one. */
export class ContextProvider<C extends Context<unknown, unknown>> implements ReactiveController {
  readonly #host: Host;
  readonly #context: C;
  #value: ContextType<C> | undefined;
  readonly #subscribers = new Map<Callback, { consumer: Element; unsubscribe: () => void }>();

  constructor(host: Host, { context, initialValue }: { context: C; initialValue?: ContextType<C> }) {
    this.#host = host;
    this.#context = context;
    this.#value = initialValue;
    host.addEventListener('context-request', (e) => {
      const { context: asked, callback, subscribe } = e as ProtocolEvent;
      const consumer = origin(e);
      if (asked !== context || consumer === host) return;
      e.stopPropagation();
      if (!subscribe) return callback(this.#value);
      let known = this.#subscribers.get(callback);
      if (!known) this.#subscribers.set(callback, (known = { consumer, unsubscribe: () => this.#subscribers.delete(callback) }));
      callback(this.#value, known.unsubscribe);
    });
    // A provider of the same context appeared below (it upgraded later): the widgets this one
    // serves ask again, and those inside the new one get their answer there.
    host.addEventListener('context-provider', (e) => {
      if ((e as ProtocolEvent).context !== context || origin(e) === host) return;
      e.stopPropagation();
      for (const [callback, { consumer }] of [...this.#subscribers]) request(context, consumer, callback);
    });
    host.addController(this);
  }

  get value(): ContextType<C> | undefined {
    return this.#value;
  }

  setValue(value: ContextType<C> | undefined, force = false): void {
    const changed = force || !Object.is(value, this.#value);
    this.#value = value;
    if (changed) for (const [callback, { unsubscribe }] of [...this.#subscribers]) callback(value, unsubscribe);
  }

  hostConnected(): void {
    dispatch(this.#host, 'context-provider', { context: this.#context, contextTarget: this.#host });
  }
}

/**
 * Keeps, at `root`, the subscriptions no provider answered (weakly: a widget removed meanwhile is
 * not kept alive), and asks them again when a provider of their context appears.
 */
export function attachRoot(root: Element): void {
  const pending = new Map<unknown, { seen: WeakSet<Callback>; asks: [WeakRef<Element>, WeakRef<Callback>][] }>();
  root.addEventListener('context-request', (e) => {
    const { context, callback, subscribe } = e as ProtocolEvent;
    if (!subscribe) return;
    let of = pending.get(context);
    if (!of) pending.set(context, (of = { seen: new WeakSet(), asks: [] }));
    if (of.seen.has(callback)) return;
    of.seen.add(callback);
    of.asks.push([new WeakRef(origin(e)), new WeakRef(callback)]);
  });
  root.addEventListener('context-provider', (e) => {
    const { context } = e as ProtocolEvent;
    const of = pending.get(context);
    if (!of) return;
    pending.delete(context);
    for (const [target, callback] of of.asks) {
      const t = target.deref();
      const c = callback.deref();
      if (t && c) request(context, t, c);
    }
  });
}
