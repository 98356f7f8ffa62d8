import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Task } from './task.js';
import type { DraftStore, TaiwaAdapter } from '../model/adapter.js';
import { guard, type GuardedAdapter } from './guard.js';
import type { Catalog, Locale, Viewer } from '../model/schemas.js';
import { ContextConsumer, adapterContext, attachContextRoot, catalogContext, draftsContext, localeContext, viewerContext } from './context.js';
import { TaiwaErrorEvent } from '../events/error.js';
import { toError } from '../model/data-error.js';
import { VERSION } from './define.js';
import { errorStrings, resolveLocale, type StringLoaders, type Strings } from './locale.js';
import { loadBundle, nextFrame, peekBundle, type ElementBundle, type TaiwaViews, type ViewsSource } from './loader.js';
import { adoptViews, errorBlock } from './bundle-host.js';
import { TaskHost, type TaiwaTaskConfig } from './task-host.js';
import { CatalogResolver } from './catalog-resolver.js';
import { inheritRegistry } from './scoped-registry.js';
import { unwatchLang, watchLang } from './lang-watch.js';

export type { TaiwaViews } from './loader.js';
export type { TaiwaTaskConfig } from './task-host.js';

/** What every element starts with: one empty map for the page, since `setErrors` replaces rather than changes it. */
const NO_ERRORS: ReadonlyMap<unknown, readonly Error[]> = new Map();

/**
 * The base every widget shares: context from `taiwa-provider`, its strings per locale (English in
 * its module), the catalogue, one way to show loading, empty and error states. Every async load or
 * submit is a `Task` (`core/task.ts`, with the surface of `@lit/task`) made with `task()`: a newer run aborts the older one, whose answer is never
 * applied; its errors are shown and fired as `taiwa-error`. `updateComplete` waits for every task
 * (and for work handed to `waitFor`), so a test or a host can await the element's data.
 */
export class TaiwaElement<S extends object = object> extends LitElement {
  static version = VERSION;
  /** The element's own strings per locale, merged over the shared ones. */
  static strings?: StringLoaders<object>;
  /** Whether the element renders from the catalogue (topics, response styles, levels). */
  static usesCatalog = false;
  /**
   * The element's templates and CSS: in its own module (an object), or loaded with its strings
   * (a function). Set as `views` before `strings`; their `styles` are adopted right after the host styles.
   */
  static views?: ViewsSource;
  // Not decorators: they cost a bundler's runtime helper, a file of its own before content.
  static override properties: PropertyDeclarations = {
    catalog: { attribute: false },
    lang: { reflect: true },
    locale: { state: true, attribute: false },
    strings: { state: true, attribute: false },
    resolvedCatalog: { state: true, attribute: false },
    errors: { state: true, attribute: false },
  };
  // Accessors now, as decorators made them: @lit/react asks `'catalog' in prototype` before define.
  static {
    this.finalize();
  }

  /**
   * Catalogue override for this widget alone (same shape as the provider's `catalog`): rename,
   * disable, reorder or add topics and response styles.
   */
  catalog?: unknown;
  /**
   * The widget's own locale (`ja` or `en`). Without it: the closest ancestor's `lang`, the
   * provider's, then `<html lang>`.
   */
  // Reflected, and with no initial value, so the attribute (which resolution reads) follows the property.
  declare lang: string;

  /** The locale in use, resolved at each update. */
  protected locale: Locale = 'en';
  protected strings?: Strings & S;
  protected resolvedCatalog?: Catalog;
  /** What `static views` loaded; there whenever `strings` are. */
  protected views?: TaiwaViews;
  /** Errors to show, keyed by the work (a task, or a name) that produced them; replaced, never changed in place. */
  protected errors: ReadonlyMap<unknown, readonly Error[]> = NO_ERRORS;

  protected readonly internals: ElementInternals;
  readonly #adapterCtx = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  readonly #viewerCtx = new ContextConsumer(this, { context: viewerContext, subscribe: true });
  readonly #draftsCtx = new ContextConsumer(this, { context: draftsContext, subscribe: true });
  readonly #localeCtx = new ContextConsumer(this, { context: localeContext, subscribe: true });
  readonly #catalogCtx = new ContextConsumer(this, { context: catalogContext, subscribe: true });
  readonly #work = new TaskHost(this, (key, errors) => this.setErrors(key, errors));
  readonly #catalogResolver = new CatalogResolver({
    setCatalog: (value) => (this.resolvedCatalog = value),
    setErrors: (errors) => this.setErrors('catalog', errors),
    waitFor: (work) => this.waitFor(work),
    // A failed load is asked again at a later update: a user's change, or back online (`#online`).
    settled: () => this.updateComplete,
  });

  /** The locale whose strings, views and styles were asked for (cleared to ask again after a failure). */
  #bundleLocale?: Locale;
  /** Back online: a bundle or a catalogue that failed to load is asked again. */
  readonly #online = () => (this.errors.has('strings') || this.errors.has('catalog')) && this.requestUpdate();

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The adapter from the provider (or set by a subclass property in pure UI mode). */
  protected get adapter(): TaiwaAdapter | undefined {
    return this.#adapterCtx.value;
  }

  protected get viewer(): Viewer | undefined {
    return this.#viewerCtx.value;
  }

  /** The provider's catalogue override, as given. */
  protected get hostCatalog(): unknown {
    return this.#catalogCtx.value;
  }

  /** The viewer's on-device draft store, from the provider. */
  protected get drafts(): DraftStore | undefined {
    return this.#draftsCtx.value;
  }

  /** In a host's scoped registry the shadow root keeps to it (core/scoped-registry.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    inheritRegistry(this, (this.constructor as typeof TaiwaElement).shadowRootOptions);
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    attachContextRoot();
    watchLang(this);
    addEventListener('online', this.#online);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    unwatchLang(this);
    removeEventListener('online', this.#online);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = resolveLocale(this, this.lang, this.#localeCtx.value);
    if (locale !== this.locale) this.locale = locale;
    const ctor = this.constructor as typeof TaiwaElement;
    // Usually in memory already (scheduleUpdate waited for it), so the first render is complete.
    const bundle = peekBundle(ctor, locale);
    if (bundle) {
      this.#bundleLocale = locale;
      this.setErrors('strings', []);
      this.#applyBundle(bundle);
    } else if (this.#bundleLocale !== locale) {
      this.#bundleLocale = locale;
      void this.waitFor(
        loadBundle(ctor, locale).then(
          (loaded) => {
            if (this.#bundleLocale !== locale) return;
            this.setErrors('strings', []);
            this.#applyBundle(loaded);
          },
          (err: unknown) => {
            this.setErrors('strings', [toError(err)]);
            // Asked again by the next update after the one showing this error (offline, that one would loop).
            void this.updateComplete.then(() => this.#bundleLocale === locale && (this.#bundleLocale = undefined));
          },
        ),
      );
    }
    if (ctor.usesCatalog) {
      this.#catalogResolver.resolve(locale, bundle, this.adapter, [this.#catalogCtx.value, this.catalog], ctor);
    }
  }

  /**
   * Holds an update until the strings, templates and styles for the locale are in (one round trip,
   * all loaded in parallel), so the element renders once, complete, instead of a loading state first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ctor = this.constructor as typeof TaiwaElement;
    const locale = resolveLocale(this, this.lang, this.#localeCtx.value);
    const go = () => super.scheduleUpdate();
    if (!peekBundle(ctor, locale)) {
      // With an adapter, data work starts at the first update: run it beside the bundle, not after.
      if (this.adapter) {
        void loadBundle(ctor, locale).catch(() => undefined);
        return super.scheduleUpdate();
      }
      // A failed load still updates: willUpdate then shows the error.
      return loadBundle(ctor, locale).then(go, go);
    }
    const underWay = this.#work.underWay();
    if (!this.hasUpdated || underWay.length === 0) return super.scheduleUpdate();
    // Work under way (a read, a save) mostly ends within the frame: render once with its outcome
    // rather than once before it ends and again after. Never later than the next frame.
    return Promise.race([Promise.allSettled(underWay), nextFrame()]).then(go);
  }

  #applyBundle(bundle: ElementBundle): void {
    adoptViews(this, bundle);
    this.views = bundle.views;
    this.strings = bundle.strings as Strings & S;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('loading', this.isLoading);
    this.setState('error', this.errors.size > 0);
  }

  /** Resolves once the element has rendered and none of its tasks (or work given to `waitFor`) is pending. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.isWorking) {
      await Promise.allSettled(this.#work.underWay());
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** True while a task runs or work given to `waitFor` is under way. */
  protected get isWorking(): boolean {
    return this.#work.working;
  }

  /** True until the strings (and the catalogue, where used) are in, and while any task runs. */
  protected get isLoading(): boolean {
    const ctor = this.constructor as typeof TaiwaElement;
    // A failed load shows its error, not "loading" beside it.
    return (
      (!this.strings && !this.errors.has('strings')) ||
      (ctor.usesCatalog && !this.resolvedCatalog && !this.errors.has('catalog')) ||
      this.#work.running
    );
  }

  /**
   * A Lit `Task` of this element: it runs whenever `args` change (after `willUpdate`), aborts the
   * run it supersedes and applies only the latest answer. Errors (thrown, or returned by `apply`)
   * are shown under the task until its next answer.
   */
  protected task<const A extends readonly unknown[], R>(config: TaiwaTaskConfig<A, R>): Task<A, R> {
    return this.#work.task(config);
  }

  /** Makes `work` part of `updateComplete` (a save, a write the element started itself). */
  waitFor<T>(work: Promise<T>): Promise<T> {
    return this.#work.waitFor(work);
  }

  /** Shows `errors` under `key` (replacing earlier ones) and fires `taiwa-error` for each new one. */
  protected setErrors(key: unknown, errors: readonly Error[]): void {
    // Nothing to clear (each first update clears the catalogue's errors): no new map.
    if (errors.length === 0 && !this.errors.has(key)) return;
    const next = new Map(this.errors);
    if (errors.length === 0) next.delete(key);
    else next.set(key, errors);
    this.errors = next;
    for (const error of errors) this.dispatchEvent(new TaiwaErrorEvent(error));
  }

  protected setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers before CustomStateSet: the states are a styling aid, not behaviour.
    }
  }

  /**
   * The provider's adapter behind the validating guard (its zod validation loads on first use), or
   * undefined outside a provider. Every read and write of a widget goes through it.
   */
  protected async guarded(): Promise<GuardedAdapter | undefined> {
    // The guard comes with the element: every stored record shown passes it, and loading it lazily
    // was one more round trip (and one more file) before content.
    const adapter = this.adapter;
    return adapter && guard(adapter);
  }

  /** The error block: `part="error"`, read out by screen readers. */
  protected renderErrors(): TemplateResult | typeof nothing {
    if (this.errors.size === 0) return nothing;
    // Its words come with the first error (one request), so no page carries them before its content;
    // with no strings (the element's bundle failed to load) the messages show untitled.
    const t = this.strings ? errorStrings(this.locale, (request) => void this.waitFor(request).then(() => this.requestUpdate())) : false;
    if (t === undefined) return nothing;
    return errorBlock([...this.errors.values()].flat(), t);
  }

  /** A status line while the first data load is under way. */
  protected renderLoading(): TemplateResult {
    return html`<div part="loading" role="status">${this.strings?.loading ?? ''}</div>`;
  }

  /** An empty state with a message. */
  protected renderEmpty(message?: string): TemplateResult {
    return html`<p part="empty">${message ?? this.strings?.empty ?? ''}</p>`;
  }
}
