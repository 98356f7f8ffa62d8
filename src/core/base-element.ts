import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { TaiwaAdapter } from '../adapters/types.js';
import type { GuardedAdapter } from '../adapters/guard.js';
import type { Catalog, Locale, Viewer } from '../model/schemas.js';
import type { DraftStore } from '../adapters/drafts.js';
import { adapterContext, attachContextRoot, catalogContext, draftsContext, localeContext, viewerContext } from './context.js';
import { TaiwaErrorEvent } from './events.js';
import { VERSION } from './define.js';
import { resolveLocale, type StringLoaders, type Strings } from './locale.js';
import { loadBundle, nextFrame, peekBundle, type ElementBundle, type TaiwaViews } from './loader.js';
import { hasOverrides, resolveCatalog } from '../model/catalog.js';
import { hostStyles } from './styles.js';

export type { TaiwaViews } from './loader.js';

const connected = new Set<TaiwaElement>();

let langObserver: MutationObserver | undefined;

/** One observer for the page: a `lang` change anywhere re-renders every widget in its new locale. */
function watchLang() {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

interface Tracked {
  deps: readonly unknown[];
  token: number;
}

/**
 * The base every widget shares: context from `taiwa-provider`, locale resolution with lazily loaded
 * strings, the catalogue, and one way to show loading, empty and error states. Asynchronous work
 * started through `track()` is part of `updateComplete`, so a test (or a host) can await it.
 */
export class TaiwaElement<S extends object = object> extends LitElement {
  static version = VERSION;
  /** The element's own strings per locale, merged over the shared ones. */
  static strings?: StringLoaders<object>;
  /** Whether the element renders from the catalogue (topics, response styles, levels). */
  static usesCatalog = false;
  /**
   * The element's templates and CSS, loaded with its strings rather than up front (bundle size).
   * Set as `views` before `strings`; their `styles` are adopted right after the host styles.
   */
  static views?: () => Promise<TaiwaViews>;

  /**
   * Catalogue override for this widget alone (same shape as the provider's `catalog`): rename,
   * disable, reorder or add topics and response styles.
   */
  @property({ attribute: false }) catalog?: unknown;
  /**
   * The widget's own locale (`ja` or `en`). Without it: the closest ancestor's `lang`, the
   * provider's, then `<html lang>`.
   */
  // Reflected, and with no initial value, so the attribute (which resolution reads) follows the property.
  @property({ reflect: true }) declare lang: string;

  /** The locale in use, resolved at each update. */
  @state() protected locale: Locale = 'en';
  @state() protected strings?: Strings & S;
  @state() protected resolvedCatalog?: Catalog;
  /** What `static views` loaded; there whenever `strings` are. */
  protected views?: TaiwaViews;
  /** Errors to show, keyed by the work that produced them. */
  @state() protected errors = new Map<string, readonly Error[]>();

  protected readonly internals: ElementInternals;
  readonly #adapterCtx = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  readonly #viewerCtx = new ContextConsumer(this, { context: viewerContext, subscribe: true });
  readonly #draftsCtx = new ContextConsumer(this, { context: draftsContext, subscribe: true });
  readonly #localeCtx = new ContextConsumer(this, { context: localeContext, subscribe: true });
  readonly #catalogCtx = new ContextConsumer(this, { context: catalogContext, subscribe: true });
  readonly #tracked = new Map<string, Tracked>();
  readonly #pending = new Set<Promise<unknown>>();
  #nextToken = 0;

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

  /** The viewer's on-device draft store, from the provider. */
  protected get drafts(): DraftStore | undefined {
    return this.#draftsCtx.value;
  }

  override connectedCallback(): void {
    attachContextRoot();
    watchLang();
    connected.add(this);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    connected.delete(this);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = resolveLocale(this, this.lang, this.#localeCtx.value);
    if (locale !== this.locale) this.locale = locale;
    const ctor = this.constructor as typeof TaiwaElement;
    // Usually in memory already: scheduleUpdate waited for it, so the first render is complete.
    const bundle = peekBundle(ctor, locale);
    if (bundle) {
      this.#supersede('strings');
      this.#applyBundle(bundle);
    } else {
      this.track('strings', [locale], async (isCurrent) => {
        const loaded = await loadBundle(ctor, locale);
        if (isCurrent()) this.#applyBundle(loaded);
      });
    }
    if (ctor.usesCatalog) {
      const adapter = this.adapter;
      const overrides = [this.#catalogCtx.value, this.catalog];
      if (bundle?.catalog && !adapter?.catalog && !hasOverrides(overrides)) {
        // The built-in catalogue is trusted code (the tests check it): no validation, no wait.
        this.#supersede('catalog');
        this.resolvedCatalog = bundle.catalog;
      } else this.track('catalog', [locale, adapter, ...overrides], async (isCurrent) => {
        const failed: Error[] = [];
        // A backend whose catalogue fails still leaves the defaults and the host's override usable.
        const fromAdapter = await Promise.resolve(adapter?.catalog?.(locale)).catch((err: unknown) => {
          failed.push(err instanceof Error ? err : new Error(String(err)));
        });
        const { value, errors } = await resolveCatalog(locale, [fromAdapter, ...overrides]);
        if (isCurrent()) this.resolvedCatalog = value;
        return [...failed, ...errors];
      });
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
    if (!this.hasUpdated || this.#pending.size === 0) return super.scheduleUpdate();
    // Work under way (a read, a save) mostly ends within the frame: render once with its outcome
    // rather than once before it ends and again after. Never later than the next frame.
    return Promise.race([Promise.allSettled([...this.#pending]), nextFrame()]).then(go);
  }

  #applyBundle({ strings, views }: ElementBundle): void {
    const sheet = views?.styles?.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    const sheets = root.adoptedStyleSheets;
    // After the host styles, so a subclass's own styles still come later.
    const at = sheets.indexOf(hostStyles.styleSheet!) + 1;
    if (sheet && !sheets.includes(sheet)) root.adoptedStyleSheets = [...sheets.slice(0, at), sheet, ...sheets.slice(at)];
    this.views = views;
    this.strings = strings as Strings & S;
  }

  /** Work under `name` that is still under way no longer counts: what it would assign is stale. */
  #supersede(name: string): void {
    if (!this.#tracked.has(name)) return;
    this.#tracked.delete(name);
    this.setErrors(name, []);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('loading', this.isLoading);
    this.setState('error', this.errors.size > 0);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size > 0) {
      await Promise.allSettled([...this.#pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** True until the strings (and the catalogue, where used) are in. */
  protected get isLoading(): boolean {
    const ctor = this.constructor as typeof TaiwaElement;
    return !this.strings || (ctor.usesCatalog && !this.resolvedCatalog) || [...this.#tracked.keys()].some((k) => this.#isTracking(k));
  }

  #isTracking(name: string): boolean {
    const t = this.#tracked.get(name);
    return t !== undefined && t.token > 0;
  }

  /**
   * Runs `work` when `deps` changed since its last run under `name`. A newer run supersedes an older
   * one: `work` must check `isCurrent()` after each await before it assigns anything, so a slow,
   * superseded answer never overwrites a newer one. What `work` throws, or returns as data errors,
   * is shown under `name` until the next run.
   */
  protected track(name: string, deps: readonly unknown[], work: (isCurrent: () => boolean) => Promise<readonly Error[] | void>): void {
    const last = this.#tracked.get(name);
    if (last && last.deps.length === deps.length && last.deps.every((d, i) => Object.is(d, deps[i]))) return;
    const token = ++this.#nextToken;
    this.#tracked.set(name, { deps, token });
    const run = (async () => {
      let errors: readonly Error[] = [];
      try {
        errors = (await work(() => this.#tracked.get(name)?.token === token)) ?? [];
      } catch (err) {
        errors = [err instanceof Error ? err : new Error(String(err))];
      }
      const current = this.#tracked.get(name);
      if (current?.token !== token) return;
      this.#tracked.set(name, { deps, token: 0 });
      this.setErrors(name, errors);
      this.requestUpdate();
    })();
    this.#pending.add(run);
    void run.finally(() => this.#pending.delete(run));
  }

  /** Shows `errors` under `name` (replacing earlier ones) and fires `taiwa-error` for each new one. */
  protected setErrors(name: string, errors: readonly Error[]): void {
    const next = new Map(this.errors);
    if (errors.length === 0) {
      if (!next.delete(name)) return;
    } else {
      next.set(name, errors);
    }
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
   * The provider's adapter behind the validating guard (loaded on first use, with zod), or
   * undefined outside a provider. Every read and write of a widget goes through it.
   */
  protected async guarded(): Promise<GuardedAdapter | undefined> {
    const adapter = this.adapter;
    if (!adapter) return undefined;
    const { guard } = await import('../adapters/guard.js');
    return guard(adapter);
  }

  /** The error block: `part="error"`, read out by screen readers. */
  protected renderErrors(): TemplateResult | typeof nothing {
    if (this.errors.size === 0 || !this.strings) return nothing;
    const all = [...this.errors.values()].flat();
    // By name, not instanceof: a second copy of the kit on the page has its own error classes.
    const title = all.every((e) => e.name === 'TaiwaDataError') ? this.strings.dataErrorTitle : this.strings.errorTitle;
    return html`<div part="error" role="alert">
      <strong>${title}</strong>
      <ul>
        ${all.map((e) => html`<li>${e.message}</li>`)}
      </ul>
    </div>`;
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
