/**
 * The parts of `taiwa-agenda` and when each loads: the inner controls its content is made of (in
 * the agenda's own scoped registry), the ones that follow its content (`laterElements`: the hint
 * panel, the action list), and what changing and sending it needs (`editing`, agenda.edit.ts), both
 * requested once the content is on screen, in parallel, or at once when the member reaches for the
 * agenda. Internal: the public class is `TaiwaAgenda`.
 */
import type { PropertyDeclarations, ReactiveElement } from 'lit';
import { TaiwaElement } from '../../core/base-element.js';
import { loadBundle } from '../../core/loader.js';
import { attachScopedRoot, creationScope, defineInner } from '../../core/scoped-registry.js';
import { tagIn } from '../../core/tag-names.js';
import { toError } from '../../model/records.js';
import type en from '../../i18n/agenda/en.js';
import type * as Edit from './agenda.edit.js';
import { defaultElements, type AgendaElements } from './agenda.elements.js';

/**
 * When the page's latest response landed (anything Resource Timing reports: a script, a fetch), by
 * an observer started at the first agenda's connect: it sees every one, where the page's buffer of
 * entries may be full.
 */
let lastLanded = 0;
let landed: PerformanceObserver | undefined;

/**
 * Resolves once the page's content is in, not only the agenda's: when the browser is idle after the
 * next frame (the one that paints the agenda's content), no response has landed for 250 ms and no
 * element of the document shows `:state(loading)` (a Taiwa element still loading its content:
 * Resource Timing does not see a request in flight). What the agenda loads after its content does
 * not race the page's other elements, as it did with a forcing timeout on `requestIdleCallback`. A
 * page that never goes quiet (a poll) gets it after 10 s; the first focus, pointer or touch asks at
 * once anyway.
 */
/** Whether `el` (an element) or an element of `el` (the document) shows `:state(loading)`; false where the browser cannot parse `:state()`. */
function loadingIn(el: Element | Document): boolean {
  try {
    return el instanceof Element ? el.matches(':state(loading)') : !!el.querySelector(':state(loading)');
  } catch {
    return false;
  }
}

function afterContent(): Promise<void> {
  const end = performance.now() + 10000;
  return new Promise((resolve) => {
    const wait = () => (self.requestIdleCallback ?? setTimeout)(check);
    const check = () => {
      const now = performance.now();
      if (landed?.takeRecords().length || loadingIn(document)) lastLanded = now;
      if (now - lastLanded >= 250 || now > end) resolve();
      else setTimeout(wait, 250 - (now - lastLanded));
    };
    requestAnimationFrame(wait);
  });
}

export class AgendaParts extends TaiwaElement<typeof en> {
  /**
   * The classes of the inner controls, by the tag they have inside the agenda's shadow root. A
   * subclass may return its own (subclasses of the exported ones). Taiwa's own come with the agenda.
   */
  static elements = (): Promise<AgendaElements> => Promise.resolve(defaultElements());
  /**
   * With Taiwa's own `elements` (not a subclass's): the inner controls that show no part of the
   * agenda itself (the hint panel, the action list), loaded once the agenda's content is on screen, so its first content
   * carries none of their bytes. A subclass that returns its own `elements` gets exactly those.
   */
  static laterElements = (): Promise<Partial<AgendaElements>> => import('./agenda.later.js').then((m) => m.laterElements());
  /**
   * What changing and sending the agenda needs, not showing it (agenda.edit.ts: the tabs agreement,
   * the submit, the proposal, the frame, the thread's read): loaded once the content is on screen,
   * or at once when the member reaches for the agenda or something needs it. A test may hold it back.
   */
  static editing = (): Promise<typeof Edit> => import('./agenda.edit.js');

  // Not decorators (a bundler's runtime helper, a file of its own before content); see TaiwaElement's.
  static override properties: PropertyDeclarations = {
    controls: { state: true, attribute: false },
    edit: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** The inner controls' classes, once loaded and defined in the agenda's registry. */
  protected controls?: AgendaElements;
  /** What changing and sending the agenda needs (see `editing`), once loaded. */
  protected edit?: typeof Edit;
  #editing?: Promise<typeof Edit>;

  /** The inner controls: loaded once, and defined in the agenda's own registry (or the page's, where there is none). */
  protected readonly elementsTask = this.task({
    args: () => [this.constructor as typeof AgendaParts] as const,
    run: async ([ctor]) => {
      const elements = await ctor.elements();
      // Their strings and views load beside the agenda's own, not once they are first rendered.
      for (const c of Object.values(elements)) void loadBundle(c, this.locale).catch(() => undefined);
      return defineInner(this.renderRoot as ShadowRoot, elements, this.innerTag);
    },
    apply: (controls) => void (this.controls = { ...controls, ...this.#laterDefined }),
  });

  /** The later inner controls (`laterElements`), once asked for; `updateComplete` waits for them. */
  #later?: Promise<void>;
  /** The page quiet after the agenda's first content, its inner controls' included (see `afterContent`). */
  #shown?: Promise<void>;

  /**
   * The edit part (`editing`), loading it once (at once: the callers need it now; `updated` asks
   * only after the content). A failed load is shown, and asked for again by the next caller.
   */
  protected editPart(): Promise<typeof Edit> {
    return (this.#editing ??= this.waitFor(
      (this.constructor as typeof AgendaParts).editing().then(
        (m) => {
          this.setErrors('edit', []);
          this.editArrived(m);
          return (this.edit = m);
        },
        (err: unknown) => {
          this.#editing = undefined;
          this.setErrors('edit', [toError(err)]);
          throw err;
        },
      ),
    ));
  }
  #laterDefined: Partial<AgendaElements> = {};

  /**
   * Starts loading the later inner controls, once: when the page is quiet after the agenda's
   * first content, its inner controls' included (called from `updated`), or at once when `now` (the
   * member reaches for the agenda first). What needs them (an offer's "add as action item") awaits the returned promise.
   */
  protected laterControls(now = false): Promise<void> {
    const ctor = this.constructor as typeof AgendaParts;
    if (ctor.elements !== AgendaParts.elements) return Promise.resolve();
    // The member reaching for the agenda cuts a wait for the page's quiet already under way.
    const when = now ? Promise.resolve() : Promise.race([this.#afterContent(), this.#reached]);
    return (this.#later ??= when
      .then(async () => {
        // The hint panels' texts (their items' topics) beside their class, not once they render (a chain).
        const topics = this.laterTopics();
        void import('../../model/hint-parts.js').then((m) => m.hintsFor(this.locale, topics)).catch(() => undefined);
        const later = await ctor.laterElements();
        await Promise.all(Object.values(later).map((c) => loadBundle(c, this.locale).catch(() => undefined)));
        this.#laterDefined = defineInner(this.renderRoot as ShadowRoot, later, this.innerTag);
        // Before the first controls are in, they bring these with them (the elements task's apply).
        if (this.controls) this.controls = { ...this.controls, ...this.#laterDefined };
      })
      .catch((err: unknown) => this.setErrors('later', [toError(err)])));
  }

  #reachNow!: () => void;
  /** Resolves at the member's first focus, pointer or touch on the agenda. */
  readonly #reached = new Promise<void>((resolve) => (this.#reachNow = resolve));
  readonly #reach = () => {
    this.#reachNow();
    void this.laterControls(true);
    void this.editPart().catch(() => undefined);
  };

  #afterContent(): Promise<void> {
    return (this.#shown ??= this.#innerSettled().then(afterContent));
  }

  /** Once the inner controls the content is made of have rendered theirs (their strings are in). */
  async #innerSettled(): Promise<void> {
    for (;;) {
      const parts = [...this.renderRoot.querySelectorAll<ReactiveElement>('[part~="topics"], [part~="responses"]')];
      await Promise.all(parts.map((p) => p.updateComplete));
      // Rendered with their strings and catalogue, not their loading state.
      if (parts.every((p) => !loadingIn(p))) return;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  /** The later inner controls' load, once asked for (`updateComplete` waits for it). */
  protected laterLoaded(): Promise<void> | undefined {
    return this.#later;
  }

  /** What the edit part sets up once it is in (the tabs agreement). */
  protected editArrived(_m: typeof Edit): void {}

  /** The topics whose hint texts are requested beside the later controls. */
  protected laterTopics(): string[] {
    return [];
  }

  /** The agenda's content is on screen: the later controls and the edit part are asked for once the page is quiet after it (see `afterContent`). */
  protected contentShown(): void {
    if (this.#shown) return;
    void this.laterControls();
    void this.#afterContent().then(() => this.editPart().catch(() => undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    (landed ??= new PerformanceObserver(() => (lastLanded = performance.now()))).observe({ type: 'resource' });
    for (const type of ['focusin', 'pointerover', 'touchstart']) this.addEventListener(type, this.#reach, { once: true, passive: true });
  }

  /**
   * An inner control's tag: the fixed one in the agenda's own registry; without one (a browser with
   * no scoped registries), its name in the agenda's registration, so a kit registered under other
   * names (taiwa/register) renders its own controls, never another copy's default tags.
   */
  protected readonly innerTag = (tag: string): string => (this.#ownRegistry ? tag : tagIn(this, tag));
  #ownRegistry = false;

  /** The shadow root gets a registry of its own (where the browser has them) for the inner controls. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = attachScopedRoot(this, (this.constructor as typeof AgendaParts).shadowRootOptions);
    this.#ownRegistry = Boolean(registry);
    if (registry) this.renderOptions.creationScope = creationScope(registry);
    return super.createRenderRoot();
  }
}
