import { html, type PropertyValues, type TemplateResult, type nothing } from 'lit';
import { TaiwaElement, type TaiwaViews } from './base-element.js';
import type { GuardedAdapter } from './guard.js';
import type { Strings } from './locale.js';
import { hostStyles } from './styles.js';
import type { Task } from './task.js';
import type { TaiwaTaskConfig } from './task-host.js';
import type { DraftStore, TaiwaAdapter } from '../model/adapter.js';
import { latestBy, newRecordFields } from '../model/records.js';
import type { Catalog, Locale, Viewer } from '../model/schemas.js';

/** The base's protected surface, as an element's views module (not a subclass) reaches it. */
export interface PartBase<S extends object> {
  readonly strings: (Strings & S) | undefined;
  readonly locale: Locale;
  readonly adapter: TaiwaAdapter | undefined;
  readonly viewer: Viewer | undefined;
  readonly drafts: DraftStore | undefined;
  readonly resolvedCatalog: Catalog | undefined;
  readonly isLoading: boolean;
  guarded(): Promise<GuardedAdapter | undefined>;
  setErrors(key: unknown, errors: readonly Error[]): void;
  setState(name: string, on: boolean): void;
  renderErrors(): TemplateResult | typeof nothing;
  renderLoading(): TemplateResult;
  renderEmpty(message?: string): TemplateResult;
  /** A task of the element (`TaiwaElement.task`): made in the part's `setup`, it runs in that update. */
  task<const A extends readonly unknown[], R>(config: TaiwaTaskConfig<A, R>): Task<A, R>;
  /**
   * records.ts's, handed to the part: a part that imported them would make records.ts a file of
   * its own on every page that also shows stored records (esbuild's chunk per set of entry points).
   */
  readonly latestBy: typeof latestBy;
  readonly newRecordFields: typeof newRecordFields;
}

/** records.ts's helpers as a part hands them on to its own modules (`el.base` holds them). */
export type RecordHelpers = Pick<PartBase<object>, 'latestBy' | 'newRecordFields'>;

/**
 * What a part element's views module gives besides its styles: its content, and what the class
 * would otherwise carry before any instance is connected (its reads, its controllers, its update
 * hooks). The base calls them; each gets the element.
 */
export interface PartViews<E> extends TaiwaViews {
  /** The content, once the part and the strings are in (before: the errors and the loading line). */
  render(el: E): unknown;
  /**
   * The element's internal reactive states that only the part sets: made (once per class) before
   * `setup`. A state the class itself sets (in a public method, or a controller it makes) is made
   * by the class, before any instance exists: a value set on an instance before its accessor exists
   * would hide the accessor.
   */
  states?: readonly string[];
  /**
   * Once per element, in the first update that has the part, before the element's controllers
   * update: a task or controller made here takes part in that same update (a task runs in it).
   */
  setup?(el: E): void;
  /** At each update that has the part, after the base's; `first` in the update `setup` ran in. */
  willUpdate?(el: E, changed: PropertyValues, first: boolean): void;
  updated?(el: E, changed: PropertyValues): void;
  disconnected?(el: E): void;
}

/**
 * The base of an element whose instance code (what it derives, its reads and handlers, its
 * templates) lives in its views module, which loads at its first connect with its strings, instead
 * of in its class: `taiwa/define` registers the real class at once (its properties and accessors,
 * and its public methods as forwards to the part), and a page that shows none of its instances
 * pays for a small class only. The views module is not a subclass, so it reaches the base's
 * protected surface through `base`, which only the element and its own views use. Its reads start
 * when the part is in (they are made in its `setup`), with the strings requested beside it.
 */
export abstract class TaiwaPartElement<S extends object = object> extends TaiwaElement<S> {
  /** The host styles every part element starts with (a class inherits them); its own come with its part. */
  static override styles = hostStyles;
  #base?: PartBase<S>;
  #setUp = false;

  /** @internal The base's protected surface, for this element's views module. */
  get base(): PartBase<S> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read this element's protected members
    const el = this;
    return (this.#base ??= {
      get strings() {
        return el.strings;
      },
      get locale() {
        return el.locale;
      },
      get adapter() {
        return el.adapter;
      },
      get viewer() {
        return el.viewer;
      },
      get drafts() {
        return el.drafts;
      },
      get resolvedCatalog() {
        return el.resolvedCatalog;
      },
      get isLoading() {
        return el.isLoading;
      },
      guarded: () => el.guarded(),
      setErrors: (key, errors) => el.setErrors(key, errors),
      setState: (name, on) => el.setState(name, on),
      renderErrors: () => el.renderErrors(),
      renderLoading: () => el.renderLoading(),
      renderEmpty: (message) => el.renderEmpty(message),
      task: (config) => el.task(config),
      latestBy,
      newRecordFields,
    });
  }

  /**
   * Whether the part's `setup` has run (in the first update that has the part). The part arrives
   * between updates, so a public method that forwards to it checks this, not `views`: before,
   * what `setup` makes (its reads, its first state) is not there yet, and the method waits for
   * `updateComplete` (which also waits for the part's load and its first read) before forwarding.
   */
  protected get partReady(): boolean {
    return this.#setUp;
  }

  /** The part, once it is in. */
  get #part(): PartViews<this> | undefined {
    return this.views as PartViews<this> | undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const part = this.#part;
    if (!part) return;
    const first = !this.#setUp;
    if (first) {
      this.#setUp = true;
      const ctor = this.constructor as typeof TaiwaPartElement;
      for (const name of part.states ?? []) if (!ctor.elementProperties.has(name)) ctor.createProperty(name, { state: true });
      part.setup?.(this);
    }
    part.willUpdate?.(this, changed, first);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#part?.updated?.(this, changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#part?.disconnected?.(this);
  }

  protected override render(): unknown {
    const part = this.#part;
    return part && this.strings ? part.render(this) : html`${this.renderErrors()}${this.renderLoading()}`;
  }
}
