/**
 * The topic picker's form: the topics as radios (or checkboxes with `multiple`) and the status line.
 * Loaded lazily with the strings (see `static views`), so the element's up-front code stays small.
 * Every text is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Topic } from '../../model/schemas.js';
import type { Strings } from '../../core/locale.js';
import type en from '../../i18n/topic-picker/en.js';

export { styles } from './topic-picker.styles.js';

/** What the form reads, and where its events go (listeners run with the element as `this`). */
export interface PickerModel {
  s: Strings & typeof en;
  topics: Topic[];
  multiple: boolean;
  /** With `multiple`, the limit is reached: unchosen topics are disabled. */
  atMax: boolean;
  legend: string;
  disabled: boolean;
  values: readonly string[];
  status: string;
  empty: (message: string) => TemplateResult;
  onChange: (e: Event) => void;
}

/**
 * The inner inputs' own composed `input` events would reach the host a second time: stopped once, on
 * the fieldset, as their `change` events are handled there (one listener per picker, not two per option).
 *
 * Each input is named by its label text alone (`aria-labelledby`) and described by the description
 * (`aria-describedby`): the wrapping `<label>` would otherwise put the description in the name too,
 * and it would be read twice. The `<label>` stays, so a click anywhere on the card chooses it.
 */
const stop = (e: Event) => e.stopPropagation();

/** The ids of the options' texts, shared by every picker on the page (a picker holds none of its own). */
const labelIds: string[] = [];
const descriptionIds: string[] = [];
const idAt = (ids: string[], prefix: string, index: number) => (ids[index] ??= `${prefix}-${index}`);

export function renderPicker(m: PickerModel): TemplateResult {
  const { s, topics } = m;
  const type = m.multiple ? 'checkbox' : 'radio';
  // No whitespace between the elements (tags break lines inside, between attributes): it would be a
  // text node per gap, cloned, walked and styled in every option of every picker, and never shown.
  return html`<fieldset part="base" ?disabled=${m.disabled} @change=${m.onChange} @input=${stop}
    ><legend part="legend">${m.legend}</legend>${topics.length === 0
      ? m.empty(s.noTopics)
      : html`<div part="options" class="options">${topics.map((topic, index) => {
          const checked = m.values.includes(topic.id);
          const off = topic.disabled === true || (!checked && m.atMax);
          const named = idAt(labelIds, 'l', index);
          const described = idAt(descriptionIds, 'd', index);
          // One template per option, and one text part per text: an empty description is not shown (CSS).
          return html`<label part="option" class="option"
            ><input
              part="control"
              type=${type}
              name="topic"
              .value=${topic.id}
              .checked=${checked}
              ?disabled=${off}
              aria-labelledby=${named}
              aria-describedby=${topic.description ? described : nothing}
            /><span part="label" id=${named}>${topic.disabled ? html`${topic.label} <span class="off">(${s.unavailable})</span>` : topic.label}</span
            ><span part="description" id=${described}>${topic.description ?? ''}</span></label
          >`;
        })}</div>`}<p part="status" role="status">${m.status}</p></fieldset
  >`;
}
