import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { TaiwaAdapter } from '../../adapters/types.js';
import type { Viewer } from '../../model/schemas.js';
import type { DraftStore } from '../../adapters/drafts.js';
import type { SharingPolicy } from '../../model/adapter.js';
import { adapterContext, catalogContext, draftsContext, localeContext, policyContext, viewerContext } from '../../core/context.js';
import { VERSION } from '../../core/define.js';
import { toLocale } from '../../core/locale.js';

/**
 * Gives every Taiwa widget inside it the adapter, the viewer, the locale and the catalogue. It
 * renders its children as they are and adds no box of its own.
 *
 * @summary Connects the widgets inside it to a backend, a viewer and a locale.
 * @tag taiwa-provider
 * @slot - The widgets (and any other content).
 */
export class TaiwaProvider extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The backend: `createIndexedDbAdapter(...)`, `createMemoryAdapter()` or the host's own. */
  @property({ attribute: false }) adapter?: TaiwaAdapter;
  /** Who is looking: `{ id, role: 'member' | 'manager' | 'admin', name? }`. */
  @property({ attribute: false }) viewer?: Viewer;
  /** Optional catalogue override: rename, disable, reorder or add topics and response styles. */
  @property({ attribute: false }) catalog?: unknown;
  /** The locale for the widgets inside (`ja` or `en`); falls back to `<html lang>`. */
  // Reflected, and with no initial value, so the attribute that descendants read follows the property.
  @property({ reflect: true }) declare lang: string;
  /**
   * Where drafts and private memos are kept on this device. Defaults to an IndexedDB store for the
   * viewer, created when the viewer is set.
   */
  @property({ attribute: false }) drafts?: DraftStore;
  /** Who sees what when the adapter has no `policy()` (browser-only mode): `{ shareRatingsByDefault, k }`. */
  @property({ attribute: false }) policy?: SharingPolicy;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  private readonly viewerProvider = new ContextProvider(this, { context: viewerContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly catalogProvider = new ContextProvider(this, { context: catalogContext });
  private readonly draftsProvider = new ContextProvider(this, { context: draftsContext });
  private readonly policyProvider = new ContextProvider(this, { context: policyContext });
  private draftsToken = 0;
  /** The viewer id the provided default draft store is for (none while `drafts` is given). */
  private draftsFor?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapterProvider.setValue(this.adapter);
    if (changed.has('viewer')) this.viewerProvider.setValue(this.viewer);
    if (changed.has('lang')) this.localeProvider.setValue(toLocale(this.lang) ?? toLocale(document.documentElement.lang));
    if (changed.has('catalog')) this.catalogProvider.setValue(this.catalog);
    if (changed.has('policy')) this.policyProvider.setValue(this.policy);
    if (changed.has('drafts') || changed.has('viewer')) this.provideDrafts();
  }

  private provideDrafts() {
    const id = this.drafts ? undefined : this.viewer?.id;
    // The same viewer in a new object (a host that rebuilds it on each render) keeps its store.
    if (id !== undefined && id === this.draftsFor) return;
    const token = ++this.draftsToken;
    this.draftsFor = id;
    // At once, not after the store loads: no widget may keep the previous viewer's drafts meanwhile.
    this.draftsProvider.setValue(this.drafts);
    if (id === undefined) return;
    // Loaded on demand so a page without drafts does not pay for the store.
    void import('../../adapters/drafts.js').then(({ createDraftStore }) => {
      if (token === this.draftsToken) this.draftsProvider.setValue(createDraftStore({ viewerId: id }));
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
