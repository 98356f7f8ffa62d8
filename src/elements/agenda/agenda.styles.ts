import { css } from 'lit';

// Loaded lazily with the templates and adopted after the host styles (see `static views`).
export const styles = css`
  :host {
    --_accent: var(--taiwa-color-accent, #2f6fde);
    --_border: 1px solid var(--taiwa-color-border, #d0d7de);
    --_s: var(--taiwa-space-s, 0.5rem);
    --_m: var(--taiwa-space-m, 0.75rem);
    --_radius: var(--taiwa-radius-m, 0.5rem);
    --_surface: var(--taiwa-color-surface, #ffffff);
  }
  form,
  section,
  fieldset,
  [part='items'],
  .next {
    display: grid;
    gap: var(--taiwa-agenda-gap, 1rem);
    justify-items: stretch;
  }
  fieldset {
    gap: var(--_s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .next label {
    padding: 0;
    margin-block-end: var(--_s);
    font-weight: 600;
  }
  [part='item'] {
    padding: var(--_s) var(--_m) var(--_m);
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .active {
    border-inline-start: 4px solid var(--_accent);
  }
  [part='items'] {
    gap: var(--_s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  [part='proposed'],
  [part='visibility'],
  [part='submitted'],
  [part='note'],
  [part='status'],
  [part='memo-label'],
  .help {
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
  textarea,
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    padding: 0.25rem var(--_s);
    border: var(--_border);
    border-radius: var(--taiwa-radius-s, 0.25rem);
    background: var(--_surface);
    accent-color: var(--_accent);
  }
  textarea {
    resize: vertical;
  }
  [part='share'],
  .actions,
  [part='propose'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s);
    align-items: center;
  }
  .next {
    gap: 0.25rem;
    justify-items: start;
  }
  [part='memo-view'] {
    padding: var(--_s);
    border-radius: var(--_radius);
    background: var(--taiwa-color-surface-muted, #f6f8fa);
  }
  [part='memo-text'] {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  [part='problems'] {
    padding: var(--_s) var(--_m);
    border: 1px solid var(--taiwa-color-danger, #b42318);
    border-radius: var(--_radius);
    color: var(--taiwa-color-danger-text, #7a271a);
    background: var(--taiwa-color-danger-surface, #fef3f2);
  }
  ul {
    margin: 0;
  }
  button {
    border-color: var(--_accent);
    cursor: pointer;
  }
  [type='submit'] {
    background: var(--_accent);
    color: var(--taiwa-color-on-accent, #ffffff);
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  form + [part='status'],
  section + [part='status'] {
    margin-block-start: var(--_s);
  }
`;
