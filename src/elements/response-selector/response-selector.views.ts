/**
 * The response selector's form: one radio group, or one per topic. It comes with the element's
 * module (`static views`): it is the element's content, and a lazy chunk was one more request level. Every text is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ResponseStyle } from '../../model/schemas.js';
import type { Strings } from '../../core/locale.js';
import type en from '../../i18n/response-selector/en.js';

export { styles } from './response-selector.styles.js';

/** What the form reads, and where its events go (listeners run with the element as `this`). */
export interface SelectorModel {
  s: Strings & typeof en;
  responses: ResponseStyle[];
  /** The topics, one group each; empty for a single group. */
  groups: string[];
  legend: string;
  required: boolean;
  disabled: boolean;
  /** A group (the single one, when no topics) still lacks a choice. */
  missing: boolean;
  /** The user has interacted, or a validation (form submission, `checkValidity()`) failed. */
  interacted: boolean;
  /** The chosen response id of a topic (`undefined`: of the single group). */
  chosen: (topic?: string) => string | undefined;
  topicLabel: (id: string) => string;
  empty: (message: string) => TemplateResult;
  onChange: (e: Event) => void;
}

/**
 * The inner inputs' own composed `input` events would reach the host a second time: stopped once per
 * group, where their `change` events are handled too (one listener per group, not two per option).
 *
 * Each radio is named by its label text alone (`aria-labelledby`) and described by the description
 * (`aria-describedby`): the wrapping `<label>` would otherwise put the description in the name too,
 * and it would be read twice. The `<label>` stays, so a click anywhere on the card chooses it.
 */
const stop = (e: Event) => e.stopPropagation();

/** Option ids and group names, shared by every selector on the page (a selector holds none of its own). */
const ids = new Map<string, string>();
const idOf = (prefix: string, group: number, index = -1) => {
  const key = `${prefix}${group}:${index}`;
  let id = ids.get(key);
  if (!id) ids.set(key, (id = index < 0 ? `${prefix}${group}` : `${prefix}-${group}-${index}`));
  return id;
};

function renderOptions(m: SelectorModel, group: number, topic?: string) {
  const chosen = m.chosen(topic);
  const name = idOf('g', group);
  // No whitespace between the elements (tags break lines inside, between attributes): it would be a
  // text node per gap, cloned, walked and styled in every option, and never shown.
  return html`<div part="options" class="options" @change=${m.onChange} @input=${stop}
    >${m.responses.map((r, index) => {
      const named = idOf('l', group, index);
      const described = idOf('d', group, index);
      // One template per option, and one text part per text: an empty description is not shown (CSS).
      return html`<label part="option" class="option"
        ><input
          part="control"
          type="radio"
          name=${name}
          .value=${r.id}
          .checked=${chosen === r.id}
          ?disabled=${r.disabled === true}
          data-topic=${topic ?? nothing}
          aria-labelledby=${named}
          aria-describedby=${r.description ? described : nothing}
        /><span part="label" id=${named}>${r.disabled ? html`${r.label} <span>(${m.s.unavailable})</span>` : r.label}</span
        ><span part="description" id=${described}>${r.description ?? ''}</span></label
      >`;
    })}</div
  >`;
}

export function renderSelector(m: SelectorModel): TemplateResult {
  const { groups } = m;
  const single = groups.length === 0;
  const required = m.required ? 'true' : nothing;
  // A missing group is marked invalid for assistive technology only when `:state(user-invalid)` shows it.
  const invalid = (missing: boolean) => (missing && m.required && !m.disabled && m.interacted ? 'true' : nothing);
  return html`<fieldset
    part="base"
    ?disabled=${m.disabled}
    role=${single ? 'radiogroup' : nothing}
    aria-required=${single ? required : nothing}
    aria-invalid=${single ? invalid(m.missing) : nothing}
    ?data-missing=${single && m.missing}
    ><legend part="legend">${m.legend}</legend>${m.responses.length === 0
      ? m.empty(m.s.noResponses)
      : single
        ? renderOptions(m, 0)
        : groups.map(
            (topic, g) =>
              html`<fieldset
                part="group"
                role="radiogroup"
                aria-required=${required}
                aria-invalid=${invalid(!m.chosen(topic))}
                ?data-missing=${!m.chosen(topic)}
                ><legend part="topic">${m.topicLabel(topic)}</legend>${renderOptions(m, g, topic)}</fieldset
              >`,
          )}</fieldset
  >`;
}
