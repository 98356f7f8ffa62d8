import { css } from 'lit';
import { plainFieldset } from '../../core/fieldset-styles.js';

/**
 * The rater's own styles for its form, over the shared host styles. They travel with the templates
 * (views.ts) and are adopted just after the host styles, before anything of the rater renders, so a
 * subclass's own styles still come after them. The summary's (its list, the gap table) come with the
 * summary (satisfaction-rater.summary.ts). The fieldset without frame or padding comes from
 * core/fieldset-styles.ts (not choice-styles.ts, which holds the choice cards the rater never shows).
 */
export const raterStyles = css`
  ${plainFieldset}
  fieldset {
    margin: 0 0 var(--_space-m);
  }
  legend {
    margin-block-end: var(--_space-s);
  }
  [part='item'] {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
  }
  [part='item'] > legend {
    padding: 0 var(--_space-xs);
  }
  .points {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  [part='point'] {
    display: flex;
    flex: var(--taiwa-satisfaction-rater-point-flex, 1 1 6rem);
    flex-direction: column;
    align-items: center;
    gap: 0.125rem;
    padding: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    text-align: center;
    cursor: pointer;
  }
  [part='point']:has(:checked) {
    border-color: var(--_color-selected-border);
    box-shadow: inset 0 0 0 1px var(--_color-selected-border);
    background: var(--_color-accent-surface);
  }
  [part='point']:has(:focus-visible) {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: var(--_focus-ring-offset);
  }
  [part='point']:has(:disabled) {
    cursor: not-allowed;
    opacity: var(--_disabled-opacity);
  }
  input {
    margin: 0;
    accent-color: var(--_color-accent);
  }
  [part='point-label'],
  [part='status'],
  .muted {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  [part='point-value'] {
    font-weight: 600;
  }
  label.field {
    display: grid;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-m);
  }
  textarea,
  select {
    font: inherit;
    color: inherit;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
  }
  textarea {
    min-block-size: 4.5em;
    resize: vertical;
  }
  [part='submit'] {
    font: inherit;
    padding: var(--_space-s) var(--_space-l);
    border: 0;
    border-radius: var(--_radius-m);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    cursor: pointer;
  }
  [part='status'] {
    min-block-size: 1.5em;
    margin: 0 0 var(--_space-s);
  }
  .required {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  [part='problem'] {
    margin: 0 0 var(--_space-m);
    color: var(--_color-danger-text);
    font-weight: 600;
  }
  /* Who sees what: the switch stays next to its words, the sentence right above the button. */
  .share {
    margin: 0 0 var(--_space-m);
  }
  .switch {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    cursor: pointer;
  }
  .switch input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.1em;
  }
  [part~='who-sees'],
  [part='not-shared'] {
    margin: var(--_space-s) 0 0;
  }
  [part~='who-sees'],
  .switch span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* A phone (390 px): the scale is one point per row. */
  @media (max-width: 30rem) {
    .points {
      flex-direction: column;
    }
    [part='point'] {
      flex: none;
      flex-direction: row;
      text-align: start;
      gap: var(--_space-s);
    }
  }
  :host(:state(user-invalid)) [part='overall'] {
    outline: 1px solid var(--_color-danger);
    outline-offset: var(--_space-xs);
  }
`;
