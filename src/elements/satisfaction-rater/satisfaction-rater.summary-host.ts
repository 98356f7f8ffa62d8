/**
 * What `taiwa-satisfaction-rater` needs to show its read-only summary: the seam that loads it, the
 * loaded module and the words for the locale. The work of taking it in (its words, its styles after
 * the form's) is in the summary's module itself (`attach`, `words`), which loads once there is an
 * answer to show. Internal: the public class is `TaiwaSatisfactionRater`.
 */
import type { PropertyDeclarations } from 'lit';
import { TaiwaFormElement } from '../../core/form-associated.js';
import { hostStyles } from '../../core/styles.js';
import type { Locale } from '../../model/schemas.js';
import { loadStrings, peekStrings } from '../../core/locale.js';
import { toError } from '../../model/data-error.js';
import type * as Summary from './satisfaction-rater.summary.js';

export class RaterSummaryHost<S extends object = object> extends TaiwaFormElement<S> {
  /** The summary's templates: asked for once there is an answer to show, never before the form. */
  static summaryViews = (): Promise<typeof Summary> => import('./satisfaction-rater.summary.js');

  static override properties: PropertyDeclarations = {
    summary: { state: true, attribute: false },
  };
  // Accessors at once, not at define (see TaiwaElement's).
  static {
    this.finalize();
  }

  /** The summary's templates, once loaded (see `summaryViews`). */
  protected summary?: typeof Summary;
  #summary?: Promise<void>;
  #wordsFor?: Locale;

  /**
   * Loads the summary's templates and their words, once; never rejects. A failed load (of either) is
   * shown, and tried again at the next call or when the browser is back online.
   */
  protected loadSummary(): Promise<void> {
    return (this.#summary ??= (this.constructor as typeof RaterSummaryHost)
      .summaryViews()
      .then(async (m) => {
        // Its words for the locale come with it: the summary shows complete.
        await loadStrings((this.#wordsFor = this.locale), m.strings);
        // Its styles just after the form's (else the host's), so a subclass's own still come later.
        m.attach(this.renderRoot as ShadowRoot, [this.views?.styles?.styleSheet, hostStyles.styleSheet]);
        this.summary = m;
        this.setErrors('summary', []);
      })
      .catch((err: unknown) => {
        this.#summary = undefined;
        this.setErrors('summary', [toError(err)]);
      }));
  }

  /** Back online: a summary that failed to load is asked again (not from render: no retry loop). */
  readonly #summaryOnline = () => {
    if (this.errors.has('summary') && !this.summary) void this.waitFor(this.loadSummary());
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#summaryOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#summaryOnline);
  }

  /**
   * The summary's words for a locale other than the one it loaded with (the page switched language):
   * loaded once asked for, the summary showing as loading meanwhile.
   */
  protected summaryWords(): void {
    const { summary, locale } = this;
    if (!summary || this.#wordsFor === locale) return;
    this.#wordsFor = locale;
    const loading = peekStrings(locale, summary.strings) ? undefined : loadStrings(locale, summary.strings);
    if (loading)
      void this.waitFor(
        loading.then(
          () => this.requestUpdate(),
          (err: unknown) => this.setErrors('summary', [toError(err)]),
        ),
      );
  }
}
