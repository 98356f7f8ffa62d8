import { css } from 'lit';

// Loaded lazily with the templates and adopted after the host styles (see `static views`).
export const styles = css`
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
    margin-block-end: var(--taiwa-space-s, 0.5rem);
    font-weight: 600;
  }
  [part='group'] {
    margin-block-start: var(--taiwa-space-m, 0.75rem);
    padding: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='topic'] {
    padding-inline: var(--taiwa-space-xs, 0.25rem);
  }
  .options {
    display: grid;
    gap: var(--taiwa-space-s, 0.5rem);
    grid-template-columns: repeat(
      var(--taiwa-response-selector-columns, auto-fill),
      minmax(min(100%, var(--taiwa-response-selector-min-width, 14rem)), 1fr)
    );
  }
  .option {
    display: flex;
    gap: var(--taiwa-space-s, 0.5rem);
    align-items: flex-start;
    padding: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--taiwa-color-surface, #ffffff);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--taiwa-color-accent-surface, #eef4ff);
  }
  .option:has(:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .option:has(:focus-visible) {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  input {
    margin: 0.3rem 0 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .texts {
    display: grid;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='description'] {
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
  :host(:state(user-invalid)) [data-missing] {
    outline: 1px solid var(--taiwa-color-danger, #b42318);
    outline-offset: var(--taiwa-space-xs, 0.25rem);
  }
`;
