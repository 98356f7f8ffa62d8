import { css } from 'lit';

// Loaded lazily with the templates (hint-panel.views.ts) and adopted after the host styles.
export const styles = css`
  :host {
    --_accent: var(--taiwa-color-accent, #2f6fde);
    --_border: 1px solid var(--taiwa-color-border, #d0d7de);
    --_gap: var(--taiwa-hint-panel-gap, var(--taiwa-space-s, 0.5rem));
    --_muted: var(--taiwa-color-text-muted, #57606a);
    --_pad: var(--taiwa-space-s, 0.5rem) var(--taiwa-space-m, 0.75rem);
  }
  [part='base'],
  .hints {
    display: grid;
    gap: var(--_gap);
  }
  [part='heading'],
  summary {
    font-weight: 600;
  }
  [part='cell'],
  legend,
  [part='status'] {
    color: var(--_muted);
    font-weight: 400;
  }
  p,
  .hints,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: var(--_gap);
  }
  .weak {
    padding: var(--_pad);
    border-inline-start: 4px solid var(--taiwa-hint-panel-weak-color, #9a6700);
    background: var(--taiwa-color-warning-surface, #fff8c5);
  }
  [part='hint'] {
    list-style: none;
    padding: var(--_pad);
    border: var(--_border);
    border-radius: var(--taiwa-radius-m, 0.5rem);
    background: var(--taiwa-color-surface, #ffffff);
  }
  [part='hint']:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--taiwa-color-accent-surface, #eef4ff);
  }
  [part='hint']:has(:focus-visible) {
    outline: 2px solid var(--taiwa-color-focus, #2f6fde);
    outline-offset: 2px;
  }
  label {
    display: flex;
    gap: var(--_gap);
    align-items: flex-start;
    cursor: pointer;
  }
  [part='text'] {
    flex: 1;
  }
  input {
    margin: 0.3rem 0 0;
    accent-color: var(--_accent);
  }
  [part='tag'] {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--taiwa-color-on-accent, #ffffff);
    font-size: 0.75em;
  }
  details {
    border-block-start: var(--_border);
    padding-block-start: var(--_gap);
  }
  summary {
    cursor: pointer;
    margin-block-end: var(--_gap);
  }
  table {
    margin-block: var(--_gap);
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption,
  th,
  td {
    padding: var(--taiwa-space-xs, 0.25rem) var(--taiwa-space-s, 0.5rem);
    text-align: start;
    vertical-align: top;
  }
  th,
  td {
    border: var(--_border);
  }
  [part='status'] {
    min-height: 1.5em;
    font-size: 0.875em;
  }
`;
