import { html, type TemplateResult } from 'lit';
import type { PartBase } from './part-element.js';

/**
 * The views the HR elements (cadence, effect chart, engagement drivers) and the pulse share before
 * their figures, written once: loading, "not for you" (HR's figures to a member; the member's pulse
 * to anyone else), nothing yet, and a result too small to show (a group under the minimum size).
 * The words stay each element's own: `membersOnly` and `empty` from its strings, and the minimum-
 * group sentence from `hidden`, since each counts a different thing (people, answers, predictors).
 * Functions of the elements' views modules, which import them: they load with the first of those
 * parts, not with the classes `taiwa/define` registers.
 */

/** An HR element as its views module sees it: the base's surface (`TaiwaPartElement.base`). */
export interface HrHost {
  readonly base: PartBase<{ membersOnly: string; empty?: string }>;
}

/**
 * Loading until the strings are in (and `ready`), then "not for you" to a viewer the figures are
 * not for: `audience` `hr` (every role but member, the default) or `members` (the pulse).
 */
export function renderAccess(el: HrHost, ready = true, audience: 'hr' | 'members' = 'hr'): TemplateResult | undefined {
  const base = el.base;
  const s = base.strings;
  if (!s || !ready) return html`${base.renderErrors()}${base.renderLoading()}`;
  const role = base.viewer?.role;
  // Only a provider's viewer is turned away: outside one, the host decided what to show.
  if (base.adapter && role !== undefined && (audience === 'hr') === (role === 'member')) return base.renderEmpty(s.membersOnly);
  return undefined;
}

/**
 * Everything before the figures, or `undefined` when `result` is to be shown: `renderAccess`,
 * then loading (or the element's empty words) without a result, then the sentence `hidden`
 * gives for a result that is not to be shown (below the minimum group, nothing in the period).
 */
export function renderGate<R>(
  el: HrHost,
  result: R | undefined,
  hidden: (r: R) => string | undefined,
  ready = true,
): TemplateResult | undefined {
  const denied = renderAccess(el, ready);
  if (denied) return denied;
  const base = el.base;
  if (result === undefined) return html`${base.renderErrors()}${base.isLoading ? base.renderLoading() : base.renderEmpty()}`;
  const why = hidden(result);
  return why === undefined ? undefined : html`${base.renderErrors()}${base.renderEmpty(why)}`;
}
