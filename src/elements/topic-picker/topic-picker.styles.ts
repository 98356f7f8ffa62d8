import { css } from 'lit';

// Loaded lazily with the templates and adopted after the host styles (see `static views`).
export const styles = css`
  :host {
    --_accent: var(--taiwa-color-accent, #2f6fde);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    margin-block-end: var(--taiwa-space-s, 0.5rem);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: var(--taiwa-space-s, 0.5rem);
    grid-template-columns: repeat(
      var(--taiwa-topic-picker-columns, auto-fill),
      minmax(min(100%, var(--taiwa-topic-picker-min-width, 14rem)), 1fr)
    );
  }
  .option {
    display: flex;
    gap: var(--taiwa-space-s, 0.5rem);
    align-items: flex-start;
    padding: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem);
    border: 1px solid var(--taiwa-color-border, #d0d7de);
    border-radius: var(--taiwa-radius-m, 0.5rem);
    background: var(--taiwa-color-surface, #ffffff);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    background: var(--taiwa-color-accent-surface, #eef4ff);
  }
  .option:has(:disabled) {
    opacity: 0.6;
  }
  input {
    accent-color: var(--_accent);
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
  [part='status'] {
    min-height: 1.5em;
    margin: 0;
    color: var(--taiwa-color-text-muted, #57606a);
    font-size: 0.875em;
  }
  :host(:state(user-invalid)) fieldset {
    outline: 1px solid var(--taiwa-color-danger, #b42318);
    outline-offset: var(--taiwa-space-xs, 0.25rem);
  }
`;
