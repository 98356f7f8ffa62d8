import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Saves the agenda draft a moment after the member stops typing, and at once when the page is
 * hidden or unloaded (`visibilitychange` to hidden, `pagehide`) or the element leaves the page:
 * the last moments a browser guarantees before a tab is closed, discarded or crashes on mobile.
 * Writes run one after another, so the last one wins.
 */
export class AutosaveController implements ReactiveController {
  /** Milliseconds of quiet before a scheduled save. */
  delay = 500;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #chain: Promise<void> = Promise.resolve();
  readonly #write: () => Promise<void>;

  constructor(host: ReactiveControllerHost, write: () => Promise<void>) {
    this.#write = write;
    host.addController(this);
  }

  /** Marks the draft changed; it is saved after `delay` unless flushed sooner. */
  schedule(): void {
    this.#dirty = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Saves now if anything changed; resolves when every write so far is done. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#dirty) {
      this.#dirty = false;
      this.#chain = this.#chain.then(this.#write, this.#write);
    }
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
