import { css } from 'lit';

/**
 * The rater's own styles, over the shared host styles. They travel with the lazily loaded templates
 * (views.ts) and are adopted just after the host styles, before anything of the rater renders, so a
 * subclass's own styles still come after them.
 */
export const raterStyles = css`
  :host {
    --_accent: var(--taiwa-color-accent, #2f6fde);
    --_border: var(--taiwa-color-border, #d0d7de);
    --_radius: var(--taiwa-radius-m, 0.5rem);
    --_gap: var(--taiwa-space-s, 0.5rem);
    --_muted: var(--taiwa-color-text-muted, #57606a);
  }
  fieldset {
    margin: 0 0 var(--taiwa-space-m, 0.75rem);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_gap);
    font-weight: 600;
  }
  [part='item'] {
    padding: var(--_gap) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='item'] > legend {
    padding: 0 var(--taiwa-space-xs, 0.25rem);
  }
  .points {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  [part='point'] {
    display: flex;
    flex: var(--taiwa-satisfaction-rater-point-flex, 1 1 6rem);
    flex-direction: column;
    align-items: center;
    gap: 0.125rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--taiwa-color-surface, #ffffff);
    text-align: center;
    cursor: pointer;
  }
  [part='point']:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--taiwa-color-accent-surface, #eef4ff);
  }
  [part='point']:has(:focus-visible) {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  [part='point']:has(:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input {
    margin: 0;
    accent-color: var(--_accent);
  }
  [part='point-label'],
  [part='status'],
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='point-value'] {
    font-weight: 600;
  }
  label.field {
    display: grid;
    gap: var(--taiwa-space-xs, 0.25rem);
    margin-block-end: var(--taiwa-space-m, 0.75rem);
  }
  textarea,
  select {
    font: inherit;
    color: inherit;
    padding: var(--taiwa-space-xs, 0.25rem) var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    min-block-size: 4.5em;
    resize: vertical;
  }
  [part='submit'] {
    font: inherit;
    padding: var(--_gap) var(--taiwa-space-l, 1rem);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--taiwa-color-on-accent, #ffffff);
    cursor: pointer;
  }
  [part='status'] {
    min-block-size: 1.5em;
    margin: 0 0 var(--_gap);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, auto) 1fr;
    gap: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-m, 0.75rem);
    margin: 0 0 var(--taiwa-space-m, 0.75rem);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
  }
  table {
    border-collapse: collapse;
    margin-block-end: var(--_gap);
  }
  caption {
    text-align: start;
    padding-block-end: var(--taiwa-space-xs, 0.25rem);
  }
  th,
  td {
    padding: var(--taiwa-space-xs, 0.25rem) var(--_gap);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part='gap-note'] {
    margin: 0 0 var(--_gap);
    font-weight: 600;
  }
  blockquote {
    margin: 0 0 var(--taiwa-space-m, 0.75rem);
    padding-inline-start: var(--taiwa-space-m, 0.75rem);
    border-inline-start: 3px solid var(--_border);
    white-space: pre-wrap;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  [part='problem'] {
    margin: 0 0 var(--taiwa-space-m, 0.75rem);
    color: var(--taiwa-color-danger-text, #7a271a);
    font-weight: 600;
  }
  :host(:state(user-invalid)) [part='overall'] {
    outline: 1px solid var(--taiwa-color-danger, #b42318);
    outline-offset: var(--taiwa-space-xs, 0.25rem);
  }
`;
