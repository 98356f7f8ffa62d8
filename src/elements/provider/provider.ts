import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { Person, Viewer } from '../../model/schemas.js';
import { TaiwaErrorEvent } from '../../events/error.js';
import type { DraftStore } from '../../adapters/drafts.js';
import { deferredDraftStore } from '../../adapters/drafts-offered.js';
import type { SharingPolicy } from '../../model/adapter.js';
import { ContextProvider, adapterContext, catalogContext, draftsContext, localeContext, peopleContext, policyContext, viewerContext } from '../../core/context.js';
import { VERSION } from '../../core/define.js';
import { toLocale } from '../../core/locale.js';
import { guard, validPeople } from '../../core/guard.js';

/**
 * Gives every Taiwa widget inside it the adapter, the viewer, the locale and the catalogue. It
 * renders its children as they are and adds no box of its own.
 *
 * @summary Connects the widgets inside it to a backend, a viewer and a locale.
 * @tag taiwa-provider
 * @slot - The widgets (and any other content).
 * @fires taiwa-error - The people given or read from the adapter were not valid (the valid ones are still used), or could not be read.
 */
export class TaiwaProvider extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    viewer: { attribute: false },
    catalog: { attribute: false },
    lang: { reflect: true },
    drafts: { attribute: false },
    people: { attribute: false },
    policy: { attribute: false },
  };
  // The accessors now, as decorators made them: @lit/react asks `'adapter' in prototype` before the
  // tag is defined (React renders first), and without them sets adapter="[object Object]".
  static {
    this.finalize();
  }

  /** The backend: `createIndexedDbAdapter(...)`, `createMemoryAdapter()` or the host's own. */
  adapter?: TaiwaAdapter;
  /** Who is looking: `{ id, role: 'member' | 'manager' | 'admin', name? }`. */
  viewer?: Viewer;
  /** Optional catalogue override: rename, disable, reorder or add topics and response styles. */
  catalog?: unknown;
  /** The locale for the widgets inside (`ja` or `en`); falls back to `<html lang>`. */
  // Reflected, and with no initial value, so the attribute that descendants read follows the property.
  declare lang: string;
  /**
   * Where drafts and private memos are kept on this device. Defaults to an IndexedDB store for the
   * viewer, created when the viewer is set.
   */
  drafts?: DraftStore;
  /**
   * The people of the organisation the widgets may name (`{ id, displayName, managerId?, active, … }`):
   * in the browser-only mode, the host's. Without it, the adapter's `people()` (a backend's org
   * chart: the viewer, their manager, their direct reports). Widgets use them when the host passes
   * no `.names` / `.members` of their own.
   */
  people?: readonly Person[];
  /** Who sees what when the adapter has no `policy()` (browser-only mode): `{ shareRatingsByDefault, k }`. */
  policy?: SharingPolicy;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  private readonly viewerProvider = new ContextProvider(this, { context: viewerContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly catalogProvider = new ContextProvider(this, { context: catalogContext });
  private readonly draftsProvider = new ContextProvider(this, { context: draftsContext });
  private readonly peopleProvider = new ContextProvider(this, { context: peopleContext });
  private peopleToken = 0;
  private readonly policyProvider = new ContextProvider(this, { context: policyContext });
  /** The viewer id the provided default draft store is for (none while `drafts` is given). */
  private draftsFor?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapterProvider.setValue(this.adapter);
    if (changed.has('viewer')) this.viewerProvider.setValue(this.viewer);
    if (changed.has('lang')) this.localeProvider.setValue(toLocale(this.lang) ?? toLocale(document.documentElement.lang));
    if (changed.has('catalog')) this.catalogProvider.setValue(this.catalog);
    if (changed.has('policy')) this.policyProvider.setValue(this.policy);
    if (changed.has('drafts') || changed.has('viewer')) this.provideDrafts();
    if (changed.has('people') || changed.has('adapter') || changed.has('viewer')) this.providePeople();
  }

  /** The host's people (validated), else the adapter's, read again when the adapter or the viewer changes. */
  private providePeople() {
    const token = ++this.peopleToken;
    const { people, adapter } = this;
    // At once: no widget keeps the previous viewer's people while the next ones load.
    if (people === undefined) this.peopleProvider.setValue(undefined);
    if (people === undefined && !adapter?.people) return;
    void Promise.resolve()
      .then(() => (people !== undefined ? validPeople(people) : guard(adapter!).people()))
      .then(
        ({ records, errors }) => {
          if (token !== this.peopleToken) return;
          this.peopleProvider.setValue(records);
          for (const error of errors) this.dispatchEvent(new TaiwaErrorEvent(error));
        },
        (error: Error) => token === this.peopleToken && this.dispatchEvent(new TaiwaErrorEvent(error)),
      );
  }

  private provideDrafts() {
    const id = this.drafts ? undefined : this.viewer?.id;
    // The same viewer in a new object (a host that rebuilds it on each render) keeps its store.
    if (id !== undefined && id === this.draftsFor) return;
    this.draftsFor = id;
    if (id === undefined) return this.draftsProvider.setValue(this.drafts);
    // At once: a widget renders once with it, and no widget keeps the previous viewer's drafts
    // meanwhile. With the write-ahead copy per viewer (src/core/write-ahead.ts), which an element
    // that keeps drafts brings with the store's code; without one, the store loads both at its
    // first use (src/adapters/drafts-offered.ts). A host's own store is its own.
    this.draftsProvider.setValue(deferredDraftStore(id));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
