import { css } from 'lit';

// Loaded lazily with the templates (hint-panel.views.ts) and adopted after the host styles.
export const styles = css`
  :host {
    --_border: 1px solid var(--_color-border);
    --_gap: var(--taiwa-hint-panel-gap, var(--_space-s));
    --_pad: var(--_space-s) var(--_space-m);
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
    color: var(--_color-text-muted);
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
    background: var(--_color-warning-surface);
  }
  [part='hint'] {
    list-style: none;
    padding: var(--_pad);
    border: var(--_border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }
  [part='hint']:has(:checked) {
    border-color: var(--_color-selected-border);
    box-shadow: inset 0 0 0 1px var(--_color-selected-border);
    background: var(--_color-accent-surface);
  }
  [part='hint']:has(:focus-visible) {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: var(--_focus-ring-offset);
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
    accent-color: var(--_color-accent);
  }
  [part='tag'] {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
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
    padding: var(--_space-xs) var(--_space-s);
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
