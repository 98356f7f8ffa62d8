import { html, type TemplateResult } from 'lit';
import { TaiwaPartElement } from './part-element.js';

/**
 * The views the HR elements (cadence, effect chart, engagement drivers) and the pulse share before
 * their figures, written once: loading, "not for you" (HR's figures to a member; the member's pulse
 * to anyone else), nothing yet, and a result too small to show (a group under the minimum size).
 * The words stay each element's own: `membersOnly` and `empty` from its strings, and the minimum-
 * group sentence from `hidden`, since each counts a different thing (people, answers, predictors).
 * Not an element (no tag, no side effect), so it lives in core beside the base it extends. Its
 * `renderAccess` and `renderGate` are public (`@internal`) for the elements' views modules.
 */
export abstract class TaiwaHrView<S extends { membersOnly: string }> extends TaiwaPartElement<S> {
  /** Who the figures are for: `hr` (every role but member, the default) or `members` (the pulse). */
  protected readonly audience: 'hr' | 'members' = 'hr';

  /** Loading until the strings are in (and `ready`), then "not for you" to a viewer the figures are not for. */
  /** @internal */
  renderAccess(ready = true): TemplateResult | undefined {
    const s = this.strings;
    if (!s || !ready) return html`${this.renderErrors()}${this.renderLoading()}`;
    const role = this.viewer?.role;
    // Only a provider's viewer is turned away: outside one, the host decided what to show.
    if (this.adapter && role !== undefined && (this.audience === 'hr') === (role === 'member')) return this.renderEmpty(s.membersOnly);
    return undefined;
  }

  /**
   * Everything before the figures, or `undefined` when `result` is to be shown: `renderAccess`,
   * then loading (or the element's empty words) without a result, then the sentence `hidden`
   * gives for a result that is not to be shown (below the minimum group, nothing in the period).
   */
  /** @internal */
  renderGate<R>(result: R | undefined, hidden: (r: R) => string | undefined, ready = true): TemplateResult | undefined {
    const denied = this.renderAccess(ready);
    if (denied) return denied;
    if (result === undefined) return html`${this.renderErrors()}${this.isLoading ? this.renderLoading() : this.renderEmpty()}`;
    const why = hidden(result);
    return why === undefined ? undefined : html`${this.renderErrors()}${this.renderEmpty(why)}`;
  }
}
