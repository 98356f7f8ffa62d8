import { css } from 'lit';

// Loaded lazily with the templates and adopted after the host styles (see `static views`).
export const checkInStyles = css`
  :host {
    --_accent: var(--taiwa-color-accent, #2f6fde);
    --_border: var(--taiwa-color-border, #d0d7de);
    --_radius: var(--taiwa-radius-m, 0.5rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--taiwa-space-xs, 0.25rem);
    font-weight: 600;
  }
  [part='help'] {
    margin: 0 0 var(--taiwa-space-s, 0.5rem);
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
  .options {
    display: grid;
    gap: var(--taiwa-space-xs, 0.25rem);
    grid-template-columns: repeat(var(--taiwa-level-check-in-columns, 1), minmax(0, 1fr));
  }
  .option {
    display: flex;
    gap: var(--taiwa-space-s, 0.5rem);
    align-items: flex-start;
    padding: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--taiwa-color-surface, #ffffff);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    background: var(--taiwa-color-accent-surface, #eef4ff);
  }
  .option:has(:focus-visible) {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  fieldset:disabled .option {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input {
    margin: 0.3rem 0 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .texts {
    display: grid;
  }
  [part='description'] {
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--taiwa-space-m, 0.75rem);
    align-items: center;
    margin-block-start: var(--taiwa-space-m, 0.75rem);
  }
  [part='submit'] {
    padding: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--taiwa-color-on-accent, #ffffff);
    font: inherit;
    cursor: pointer;
  }
  [part='submit']:focus-visible {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  [part='submit']:disabled,
  [part='submit'][aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  [part='status'] {
    min-height: 1.5em;
    margin: 0;
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
  [part='problem'] {
    margin: var(--taiwa-space-m, 0.75rem) 0 0;
    color: var(--taiwa-color-danger-text, #7a271a);
    font-weight: 600;
  }
  :host(:state(user-invalid)) fieldset {
    outline: 1px solid var(--taiwa-color-danger, #b42318);
    outline-offset: var(--taiwa-space-xs, 0.25rem);
  }
`;
