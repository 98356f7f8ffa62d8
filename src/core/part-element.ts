import type { TemplateResult, nothing } from 'lit';
import { TaiwaElement } from './base-element.js';
import type { GuardedAdapter } from './guard.js';
import type { Strings } from './locale.js';
import type { DraftStore, TaiwaAdapter } from '../model/adapter.js';
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
}

/**
 * The base of an element whose instance code (what it derives, its handlers, its templates) lives
 * in its views module, which loads at its first connect with its strings, instead of in its class:
 * `taiwa/define` registers the real class at once, and a page that shows none of its instances
 * pays for a small class only. The views module is not a subclass, so it reaches the base's
 * protected surface through `base`, which only the element and its own views use.
 */
export abstract class TaiwaPartElement<S extends object = object> extends TaiwaElement<S> {
  #base?: PartBase<S>;

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
    });
  }
}
