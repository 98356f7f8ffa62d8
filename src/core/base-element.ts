import { LitElement, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { TaiwaAdapter } from '../model/adapter.js';
import type { GuardedAdapter } from './guard.js';
import type { Catalog, Locale, Viewer } from '../model/schemas.js';
import type { DraftStore } from '../model/adapter.js';
import { adapterContext, attachContextRoot, catalogContext, draftsContext, localeContext, viewerContext } from './context.js';
import { TaiwaErrorEvent } from '../events/error.js';
import { toError } from '../model/errors.js';
import { VERSION } from './define.js';
import { loadElementStrings, resolveLocale, type StringLoaders, type Strings } from './locale.js';
import { hostStyles } from './styles.js';

/** What an element's `static views` module gives: at least its own CSS, if it has any. */
export interface TaiwaViews {
  styles?: CSSResult;
}

const connected = new Set<TaiwaElement>();
let langObserver: MutationObserver | undefined;

/** One observer for the page: a `lang` change anywhere re-renders every widget in its new locale. */
function watchLang() {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** One async load or submit of a widget (see `TaiwaElement.task`). */
export interface TaiwaTaskConfig<A extends readonly unknown[], R> {
  /** What the work depends on; it runs again (aborting the run before) whenever one of them changes. */
  args: () => A;
  /** The work. `signal` aborts once newer args supersede this run; pass it on where work can stop. */
  run: (args: A, signal: AbortSignal) => Promise<R>;
  /**
   * Takes the answer of the latest run (a superseded run never gets here) and returns the data errors
   * to show with it. What `run` throws is shown instead.
   */
  apply?: (value: R) => readonly Error[] | void;
}

/**
 * The base every widget shares: context from `taiwa-provider`, locale resolution with lazily loaded
 * strings, the catalogue, and one way to show loading, empty and error states. Every async load or
 * submit is a Lit `Task` made with `task()`: a newer run aborts the older one, whose answer is never
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
  /** Errors to show, keyed by the work (a task, or a name) that produced them. */
  @state() protected errors = new Map<unknown, readonly Error[]>();

  protected readonly internals: ElementInternals;
  readonly #adapterCtx = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  readonly #viewerCtx = new ContextConsumer(this, { context: viewerContext, subscribe: true });
  readonly #draftsCtx = new ContextConsumer(this, { context: draftsContext, subscribe: true });
  readonly #localeCtx = new ContextConsumer(this, { context: localeContext, subscribe: true });
  readonly #catalogCtx = new ContextConsumer(this, { context: catalogContext, subscribe: true });
  readonly #tasks = new Set<Task<readonly unknown[], unknown>>();
  readonly #pending = new Set<Promise<unknown>>();

  /** The strings and views for the locale in use (and the view styles, adopted after the host styles). */
  protected readonly stringsTask = this.task({
    args: () => [this.locale] as const,
    run: async ([locale]) => {
      const ctor = this.constructor as typeof TaiwaElement;
      return Promise.all([loadElementStrings(locale, ctor.strings), ctor.views?.()]);
    },
    apply: ([strings, views]) => {
      const sheet = views?.styles?.styleSheet;
      const root = this.renderRoot as ShadowRoot;
      const sheets = root.adoptedStyleSheets;
      // After the host styles, so a subclass's own styles still come later.
      const at = sheets.indexOf(hostStyles.styleSheet!) + 1;
      if (sheet && !sheets.includes(sheet)) root.adoptedStyleSheets = [...sheets.slice(0, at), sheet, ...sheets.slice(at)];
      this.views = views;
      this.strings = strings as Strings & S;
    },
  });

  /** The catalogue: the defaults, the adapter's override, the provider's and this widget's (where used). */
  protected readonly catalogTask = this.task({
    args: () => {
      const used = (this.constructor as typeof TaiwaElement).usesCatalog;
      return [used, this.locale, used && this.adapter, this.#catalogCtx.value, this.catalog] as const;
    },
    run: async ([used, locale, adapter, hostCatalog, own]) => {
      if (!used) return undefined;
      const failed: Error[] = [];
      // A backend whose catalogue fails still leaves the defaults and the host's override usable.
      const fromAdapter = await Promise.resolve(adapter ? adapter.catalog?.(locale) : undefined).catch((err: unknown) => {
        failed.push(toError(err));
      });
      const { resolveCatalog } = await import('../model/catalog.js');
      const { value, errors } = await resolveCatalog(locale, [fromAdapter, hostCatalog, own]);
      return { value, errors: [...failed, ...errors] };
    },
    apply: (result) => {
      if (!result) return [];
      this.resolvedCatalog = result.value;
      return result.errors;
    },
  });

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
      const running = [...this.#tasks].filter((t) => t.status === TaskStatus.PENDING).map((t) => t.taskComplete);
      await Promise.allSettled([...running, ...this.#pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** True while a task runs or work given to `waitFor` is under way. */
  protected get isWorking(): boolean {
    return this.#pending.size > 0 || [...this.#tasks].some((t) => t.status === TaskStatus.PENDING);
  }

  /** True until the strings (and the catalogue, where used) are in, and while any task runs. */
  protected get isLoading(): boolean {
    const ctor = this.constructor as typeof TaiwaElement;
    return !this.strings || (ctor.usesCatalog && !this.resolvedCatalog) || [...this.#tasks].some((t) => t.status === TaskStatus.PENDING);
  }

  /**
   * A Lit `Task` of this element: it runs whenever `args` change (after `willUpdate`), aborts the
   * run it supersedes and applies only the latest answer. Errors (thrown, or returned by `apply`)
   * are shown under the task until its next answer.
   */
  protected task<const A extends readonly unknown[], R>(config: TaiwaTaskConfig<A, R>): Task<A, R> {
    const task: Task<A, R> = new Task<A, R>(this, {
      args: config.args,
      task: (args, { signal }) => config.run(args, signal),
      onComplete: (value) => this.setErrors(task, config.apply?.(value) ?? []),
      onError: (error) => this.setErrors(task, [toError(error)]),
    });
    this.#tasks.add(task as unknown as Task<readonly unknown[], unknown>);
    return task;
  }

  /** Makes `work` part of `updateComplete` (a save, a write the element started itself). */
  waitFor<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    const done = () => this.#pending.delete(work);
    work.then(done, done);
    return work;
  }

  /** Shows `errors` under `key` (replacing earlier ones) and fires `taiwa-error` for each new one. */
  protected setErrors(key: unknown, errors: readonly Error[]): void {
    const next = new Map(this.errors);
    if (errors.length === 0) {
      if (!next.delete(key)) return;
    } else {
      next.set(key, errors);
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
    const { guard } = await import('./guard.js');
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
