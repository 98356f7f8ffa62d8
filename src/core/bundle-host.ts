/**
 * An element's side of its bundle (strings, views, styles, the catalogue's sections; core/loader.ts):
 * taken from memory at each update, or loaded once per locale. A failed load (offline, a part that
 * did not arrive) is shown as an error and tried again at the next update after that error showed,
 * and when the window comes back online while the element is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../model/schemas.js';
import { toError } from '../model/records.js';
import { loadBundle, peekBundle, type ElementBundle, type Loadable } from './loader.js';
import { hostStyles } from './styles.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface BundleUse {
  /** Sets the element's strings and views. */
  use(bundle: ElementBundle): void;
  setErrors(errors: readonly Error[]): void;
  waitFor<T>(work: Promise<T>): Promise<T>;
}

export class BundleHost implements ReactiveController {
  /** The locale whose bundle was asked for; cleared once a failed load has been shown, to ask again. */
  #locale?: Locale;
  #failed = false;
  readonly #online = () => this.#failed && this.host.requestUpdate();

  constructor(
    private readonly host: Host,
    private readonly to: BundleUse,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#online);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#online);
  }

  /** At each update: the bundle for `locale` when in memory (applied), else its load is started. */
  update(ctor: Loadable, locale: Locale, elementStyles: readonly unknown[]): ElementBundle | undefined {
    const bundle = peekBundle(ctor, locale);
    if (bundle) {
      this.#locale = locale;
      if (this.#failed) {
        this.#failed = false;
        this.to.setErrors([]);
      }
      this.#apply(bundle, elementStyles);
    } else if (this.#locale !== locale) {
      this.#locale = locale;
      void this.to.waitFor(
        loadBundle(ctor, locale).then(
          (loaded) => {
            if (this.#locale !== locale) return;
            this.#failed = false;
            this.to.setErrors([]);
            this.#apply(loaded, elementStyles);
          },
          (err: unknown) => {
            if (this.#locale !== locale) return;
            this.#failed = true;
            this.to.setErrors([toError(err)]);
            // Asked again by the next update after the one that shows this error (never by that one:
            // offline, that would loop).
            void this.host.updateComplete.then(() => {
              if (this.#locale === locale && this.#failed) this.#locale = undefined;
            });
          },
        ),
      );
    }
    return bundle;
  }

  #apply(bundle: ElementBundle, elementStyles: readonly unknown[]): void {
    const styles = bundle.views?.styles;
    // Styles in the class's own `static styles` are adopted already (reading adoptedStyleSheets makes an array).
    if (styles?.styleSheet && !elementStyles.includes(styles)) {
      const root = this.host.renderRoot as ShadowRoot;
      const sheets = root.adoptedStyleSheets;
      // After the host styles, so a subclass's own styles still come later.
      const at = sheets.indexOf(hostStyles.styleSheet!) + 1;
      if (!sheets.includes(styles.styleSheet)) root.adoptedStyleSheets = [...sheets.slice(0, at), styles.styleSheet, ...sheets.slice(at)];
    }
    this.to.use(bundle);
  }
}
