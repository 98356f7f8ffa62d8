import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One draft write, holding its own store, key and value (captured when the change was made). */
export type DraftWrite = () => Promise<void>;

/**
 * Saves the agenda draft right after each change (or after `delay` ms of quiet), and at once when the page is
 * hidden or unloaded (`visibilitychange` to hidden, `pagehide`) or the element leaves the page:
 * the last moments a browser guarantees before a tab is closed, discarded or crashes on mobile.
 * Writes run one after another, so the last one wins. A write carries its target, so one scheduled
 * before the viewer or the session changed still goes to the store and key it was made for.
 */
export class AutosaveController implements ReactiveController {
  /** Milliseconds of quiet before a scheduled save. */
  delay = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #next: DraftWrite | undefined;
  #chain: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Queues `write` (replacing the one queued before it) to run after `delay` unless flushed sooner. */
  schedule(write: DraftWrite): void {
    this.#next = write;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Runs the queued write now, if any; resolves when every write so far is done. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const write = this.#next;
    this.#next = undefined;
    if (write) this.#chain = this.#chain.then(write, write);
    return this.#chain;
  }

  readonly #onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  readonly #onPageHide = () => void this.flush();

  hostConnected(): void {
    window.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onHide);
    void this.flush();
  }
}
