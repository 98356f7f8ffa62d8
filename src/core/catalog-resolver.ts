import type { TaiwaAdapter } from '../model/adapter.js';
import type { Catalog, Locale } from '../model/schemas.js';
import { toError } from '../model/data-error.js';
import { hasOverrides, resolveSections } from '../model/catalog-sections.js';
import { sectionsOf, type ElementBundle, type Loadable } from './loader.js';

/** Where a resolved catalogue (or its errors) goes, and how its async work is tracked. */
export interface CatalogTarget {
  setCatalog(value: Catalog): void;
  setErrors(errors: readonly Error[]): void;
  waitFor<T>(work: Promise<T>): Promise<T>;
  /**
   * Settles once the element's update is done (its `updateComplete`). Given, a failed load is asked
   * again by the next call after the update showing its error; without it, only by new inputs.
   */
  settled?(): Promise<unknown>;
}

/**
 * The catalogue of one element: the built-in one as it is (trusted code, checked by the tests: no
 * validation, no wait); with a host or adapter override, merged over the sections the element shows
 * (`static catalogSections`) and validated, superseded by newer inputs.
 */
export class CatalogResolver {
  /** The inputs last resolved: a call with the same ones does nothing (after a failed load, see `settled`). */
  #inputs?: readonly unknown[];

  readonly #target: CatalogTarget;

  constructor(target: CatalogTarget) {
    this.#target = target;
  }

  /** `load`: what loads the built-in sections and merges the overrides over them (a class may give its own). */
  resolve(
    locale: Locale,
    bundle: ElementBundle | undefined,
    adapter: TaiwaAdapter | undefined,
    overrides: readonly unknown[],
    ctor: Loadable,
    load: typeof resolveSections = resolveSections,
  ): void {
    const target = this.#target;
    const inputs = [locale, adapter, ...overrides];
    if (this.#inputs && inputs.every((x, i) => x === this.#inputs![i])) return;
    if (bundle?.catalog && !adapter?.catalog && !hasOverrides(overrides)) {
      this.#inputs = inputs;
      target.setErrors([]);
      target.setCatalog(bundle.catalog);
      return;
    }
    // Without the bundle yet there is nothing to merge over: the next update (once it is in) resolves.
    if (!bundle && !adapter?.catalog && !hasOverrides(overrides)) return;
    this.#inputs = inputs;
    const current = () => this.#inputs === inputs;
    void target.waitFor(
      (async () => {
        const failed: Error[] = [];
        // A backend whose catalogue fails still leaves the defaults and the host's override usable.
        const fromAdapter = await Promise.resolve(adapter?.catalog?.(locale)).catch((err: unknown) => {
          failed.push(toError(err));
        });
        const { value, errors } = await load(locale, [fromAdapter, ...overrides], sectionsOf(ctor), ctor.catalogs?.[locale]);
        if (!current()) return;
        target.setCatalog(value);
        target.setErrors([...failed, ...errors]);
      })().catch((err: unknown) => {
        if (!current()) return;
        target.setErrors([toError(err)]);
        // Not asked again by the update showing the error: offline, that one would fail again and ask
        // for another update, a loop. The next call after it asks again.
        void target.settled?.().then(() => current() && (this.#inputs = undefined));
      }),
    );
  }
}
